/** The user administration page. */
package se.stockholm.vfu.user.view;
