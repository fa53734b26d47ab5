/**
 * Support during the placement: each placement's three-way meeting (student, supervisor, university teacher) and
 * the concerns the student's university or the placement's district raise on it. Visible only to the central
 * contact, the student's university and the placement's district; the service checks that on every channel.
 */
package se.stockholm.vfu.support;
