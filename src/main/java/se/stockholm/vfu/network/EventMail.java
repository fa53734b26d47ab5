package se.stockholm.vfu.network;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.config.PortalSettings;
import se.stockholm.vfu.notification.Notice;
import se.stockholm.vfu.notification.NoticeTexts;
import se.stockholm.vfu.notification.NotificationService;
import se.stockholm.vfu.notification.OutgoingMail;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an event's invitees and students are told, and its calendar file: in-app notices and mail to the invited
 * districts' contacts and universities' coordinators, mail to an introduction day's students (who have no account),
 * and the event as an iCalendar file (RFC 5545), the same as the download and the mail's attachment. Part of
 * {@link NetworkEventService}, in its transaction; it checks no roles itself.
 */
@Dependent
class EventMail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(StockholmTime.ZONE);
    /** Where a notice about an event leads. */
    static final String LINK = "/network-events.xhtml";

    @Inject
    private NotificationService notifications;

    @Inject
    private Event<OutgoingMail> mail;

    @Inject
    private PortalSettings settings;

    /** The event as an iCalendar file. */
    String calendar(NetworkEvent event) {
        return Calendar.of(entry(event), host());
    }

    /**
     * In-app notice and mail to every invited district's contacts and university's coordinators; the mail carries
     * the event's calendar file (the same as the download), except when it is cancelled.
     */
    void tellInvitees(NetworkEvent event, String key) {
        Notice notice = new Notice(key + ".subject", key + ".body", arguments(event), LINK);
        OutgoingMail.Attachment ics = "notice.networkCancelled".equals(key) ? null : calendarFile(event);
        for (EventInvitee invitee : event.getInvitees()) {
            if (invitee.getDistrict() != null) {
                notifications.notifyDistrict(invitee.getDistrict().getId(), notice, ics);
            } else {
                notifications.notifyUniversity(invitee.getUniversity().getId(), notice, ics);
            }
        }
    }

    /** The event's .ics, named as the download names it. */
    private OutgoingMail.Attachment calendarFile(NetworkEvent event) {
        return new OutgoingMail.Attachment("vfu-event-" + event.getId() + ".ics", Calendar.CONTENT_TYPE,
                Calendar.of(entry(event), host()));
    }

    /**
     * Students have no account, only the e-mail address of their request: they get the mail alone, with the day's
     * time and place in the text and its calendar file attached. The log names only the notice (recipient id 0).
     */
    void mailStudents(NetworkEvent event, List<IntroductionStudent> students, String key) {
        if (students.isEmpty()) {
            return;
        }
        Notice notice = new Notice(key + ".subject", key + ".body", arguments(event), null);
        String subject = NoticeTexts.subject(notice, NoticeTexts.SWEDISH);
        String body = NoticeTexts.body(notice, NoticeTexts.SWEDISH) + "\n\n-- "
                + NoticeTexts.text(NoticeTexts.SWEDISH, "notification.mail.english", List.of()) + " --\n\n"
                + NoticeTexts.subject(notice, Locale.ENGLISH) + "\n\n" + NoticeTexts.body(notice, Locale.ENGLISH) + "\n";
        Set<String> addresses = new LinkedHashSet<>();
        List<OutgoingMail.Message> messages = new ArrayList<>();
        for (IntroductionStudent student : students) {
            if (student.studentEmail() != null && addresses.add(student.studentEmail())) {
                messages.add(new OutgoingMail.Message(0L, student.studentEmail(), subject, body));
            }
        }
        boolean stillInvited = !key.endsWith("Withdrawn") && !key.endsWith("Cancelled");
        mail.fire(new OutgoingMail(notice.subjectKey(), messages, stillInvited ? calendarFile(event) : null));
    }

    private List<String> arguments(NetworkEvent e) {
        String where = e.getPlace() == null ? "" : e.getPlace();
        String link = e.getLink() == null ? "" : e.getLink();
        return List.of(e.getTitle(), WHEN.format(e.getStartsAt()), WHEN.format(e.getEndsAt()).substring(11), where,
                link, e.getTerm() == null ? "" : e.getTerm().getCode(), e.getAgenda() == null ? "" : e.getAgenda());
    }

    private Calendar.Entry entry(NetworkEvent e) {
        return new Calendar.Entry(e.getId(), e.getVersion(), e.getTitle(), e.getStartsAt(), e.getEndsAt(),
                e.getPlace(), e.getLink(), e.getAgenda(), e.getChangedAt());
    }

    private String host() {
        String host = URI.create(settings.portalUrl()).getHost();
        return host == null ? "vfu-portalen" : host;
    }
}
