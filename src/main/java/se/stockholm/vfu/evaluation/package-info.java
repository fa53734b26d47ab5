/**
 * Evaluations after the placement: when a placement is completed its student and its supervisor each get a
 * personal, single-use, expiring link to a short evaluation (scaled questions and free text), answered on a public
 * page outside the login that creates no session; a reminder before the link expires; results per district, unit,
 * area of work and university over terms, never for a group of fewer than five answers, the free text only to the
 * central contact.
 */
package se.stockholm.vfu.evaluation;
