package se.stockholm.vfu.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import se.stockholm.vfu.request.RequestChanged;
import se.stockholm.vfu.security.Role;

/**
 * Tells a university when someone outside it (the central contact, the administrator) changed or withdrew one of its
 * students' requests: its coordinators would otherwise not know that a request they sent is no longer as they left it.
 * A coordinator's own change tells no one: the university made it. Observed inside the request's transaction, like
 * {@link PlacementNotifications}: the notice is kept only if the change is.
 */
@ApplicationScoped
public class RequestNotifications {

    /** The request's own page, where the university's coordinators see it as it is now (a request id follows). */
    public static final String PAGE = "/university/request.xhtml?id=";

    @Inject
    private NotificationService notificationService;

    void on(@Observes RequestChanged change) {
        ActedBy actedBy = ActedBy.of(change.by(), Role.UNIVERSITY);
        if (!actedBy.forTheParty()) {
            return;
        }
        String page = PAGE + change.requestId();
        Notice notice = change.withdrawn()
                ? Notice.requestWithdrawn(change.studentName(), change.termCode(), change.reason(), actedBy, page)
                : Notice.requestChanged(change.studentName(), change.termCode(), actedBy, page);
        // it names the student: the data-subject export finds it by the request's id
        notificationService.notifyUniversity(change.universityId(), notice.about(change.requestId()));
    }
}
