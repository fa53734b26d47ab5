package se.stockholm.vfu.config;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.notification.ActedBy;
import se.stockholm.vfu.notification.Notice;
import se.stockholm.vfu.notification.Notification;
import se.stockholm.vfu.notification.RequestNotifications;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.request.RequestData;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.unit.Unit;

import java.time.Instant;
import java.util.List;

/** The demo users' changes that {@link DemoHistory} writes, one transaction per method. Demo start-up only. */
@Stateless
@PermitAll
public class DemoHistoryWriter {

    @PersistenceContext
    private EntityManager em;

    public void districtUpdatesItsOffer() {
        PlaceOffer offer = em.createQuery("SELECT p FROM PlaceOffer p WHERE p.unit.name = :unit", PlaceOffer.class)
                .setParameter("unit", "Beroendeenheten Södermalm").getSingleResult();
        offer.setLanguages(List.of("sv", "en"));
        offer.setNotes("Välkommen till Beroendeenheten! Engelsktalande student går bra.");
        Unit unit = offer.getUnit();
        unit.setContact("Maria Sandell", "maria.sandell@demo.vfu.stockholm.se");
    }

    public void centralUpdatesAUnitsContact() {
        Unit unit = em.createQuery("SELECT u FROM Unit u WHERE u.name = :name", Unit.class)
                .setParameter("name", "Ekonomiskt bistånd Kungsholmen").getSingleResult();
        unit.setContact("Kim Holmberg", "kim.holmberg@demo.vfu.stockholm.se");
    }

    /**
     * The central contact adds a note to one of SU's requests for the open term, and SU's coordinators have the notice
     * {@code notification.RequestNotifications} gives them of a change they did not make.
     */
    public void centralChangesARequest() {
        StudentRequest request = em.createQuery("SELECT r FROM StudentRequest r WHERE r.studentRef = :ref",
                StudentRequest.class).setParameter("ref", "su-vt2027-32").getSingleResult();
        RequestData data = request.toData();
        request.change(new RequestData(data.studentRef(), data.studentName(), data.studentEmail(), data.homeUniversity(),
                        data.noPreference(), data.areaIds(), data.districtIds(), data.languages(), data.extraSupport(),
                        data.extraSupportNote(), data.exclusionIds(), "Studenten kan börja först vecka 36."),
                request.getAreaPreferences(), request.getDistrictPreferences(), request.getExclusions());
        Instant now = Instant.now();
        request.recordChange("central", now, false);
        Notice notice = Notice.requestChanged(request.getStudentName(), request.getTerm().getCode(), ActedBy.CENTRAL,
                RequestNotifications.PAGE + request.getId()).about(request.getId());
        em.createQuery("SELECT u.username FROM AppUser u WHERE u.enabled = TRUE AND u.role = :role"
                        + " AND u.university = :university", String.class)
                .setParameter("role", Role.UNIVERSITY).setParameter("university", request.getUniversity())
                .getResultList().forEach(coordinator -> em.persist(new Notification(coordinator, notice, now)));
    }

    public void universityWithdrawsARequest() {
        StudentRequest request = em.createQuery("SELECT r FROM StudentRequest r WHERE r.studentRef = :ref",
                StudentRequest.class).setParameter("ref", "su-vt2027-10").getSingleResult();
        Instant now = Instant.now();
        request.withdraw("Studenten gör VFU nästa termin i stället.", now);
        request.recordChange("su", now, false);
    }
}
