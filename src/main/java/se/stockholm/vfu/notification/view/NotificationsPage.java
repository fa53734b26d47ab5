package se.stockholm.vfu.notification.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.notification.NotificationRow;
import se.stockholm.vfu.notification.NotificationService;
import se.stockholm.vfu.web.Language;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;

/** The signed-in user's notifications page: their own, newest first, each marked read or all at once. */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NotificationService notificationService;

    @Inject
    private Language language;

    private PagedTable<NotificationRow> notifications;

    public void load() {
        NotificationService service = notificationService;
        Language reader = language;
        notifications = PagedTable.byId(page -> service.find(page, reader.getLocale()), NotificationRow::id);
    }

    public PagedTable<NotificationRow> getNotifications() {
        return notifications;
    }

    public void markRead(NotificationRow row) {
        notificationService.markRead(row.id(), language.getLocale());
        Messages.info("notification.markedRead");
    }

    public void markAllRead() {
        int marked = notificationService.markAllRead();
        Messages.info("notification.markedAllRead", marked);
    }
}
