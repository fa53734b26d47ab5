/**
 * Notifications: other features notify a district's contacts, a university's coordinators or the central
 * contacts ({@link se.stockholm.vfu.notification.NotificationService}, with a
 * {@link se.stockholm.vfu.notification.Notice}); each user gets an in-app notification in their own language and
 * an e-mail in Swedish and English, sent only after the business transaction commits.
 */
package se.stockholm.vfu.notification;
