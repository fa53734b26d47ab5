/** The support page: a placement's three-way meeting and concerns, and the term's concerns in the caller's scope. */
package se.stockholm.vfu.support.view;
