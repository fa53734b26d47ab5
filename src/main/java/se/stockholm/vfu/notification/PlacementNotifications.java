package se.stockholm.vfu.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import se.stockholm.vfu.placement.PlacementChanged;
import se.stockholm.vfu.security.Role;

/**
 * Tells people about placements: the district contacts when offers are published to their district, the student's
 * university when a district confirms or declines (saying who did, when it was the central contact or the administrator
 * for the district: {@link ActedBy}), the district when an offered or confirmed placement is cancelled.
 * A notice naming the student carries their request's id (the data-subject export finds it by that). Observed inside
 * the placement's transaction, so the in-app notice is kept only if the change is; the e-mail follows
 * after the commit (see {@link NotificationMailer}).
 */
@ApplicationScoped
public class PlacementNotifications {

    @Inject
    private NotificationService notificationService;

    void on(@Observes PlacementChanged change) {
        switch (change.status()) {
            case OFFERED -> notificationService.notifyDistrict(change.districtId(),
                    Notice.offersPublished(change.termCode(), change.count(), "/placements.xhtml"));
            case CONFIRMED -> notificationService.notifyUniversity(change.universityId(),
                    Notice.placementConfirmed(change.studentName(), change.districtName(), change.termCode(),
                            forTheDistrict(change), "/placements.xhtml").about(change.requestId()));
            case DECLINED -> notificationService.notifyUniversity(change.universityId(),
                    Notice.placementDeclined(change.studentName(), change.districtName(), change.termCode(),
                            change.reason(), forTheDistrict(change), "/placements.xhtml").about(change.requestId()));
            case CANCELLED -> notificationService.notifyDistrict(change.districtId(),
                    Notice.placementCancelled(change.studentName(), change.termCode(), change.reason(),
                            "/placements.xhtml").about(change.requestId()));
            default -> {
                // other steps are followed on the placements page
            }
        }
    }

    /** A district's answer: its own contact's, or the central contact's or the administrator's for it. */
    private static ActedBy forTheDistrict(PlacementChanged change) {
        return ActedBy.of(change.by(), Role.DISTRICT);
    }
}
