/** The notifications page and the unread count in the page header. */
package se.stockholm.vfu.notification.view;
