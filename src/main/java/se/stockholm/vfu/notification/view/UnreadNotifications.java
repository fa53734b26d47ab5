package se.stockholm.vfu.notification.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.notification.NotificationService;

/** The unread count in the page header, asked once per request. */
@Named
@RequestScoped
public class UnreadNotifications {

    @Inject
    private NotificationService notificationService;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = notificationService.unreadCount();
        }
        return count;
    }
}
