package se.stockholm.vfu.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.common.SwedishWorkingDays;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.support.Concern;
import se.stockholm.vfu.support.Meeting;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.unit.Unit;
import se.stockholm.vfu.visit.Booking;
import se.stockholm.vfu.visit.ObservationVisit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;

/**
 * Shows support during the placement and observation visits on first start: three-way meetings and a couple of
 * concerns on whatever running placements the demo has, and observation visits in several districts of each demo
 * term with some bookings, one visit fully booked. Runs only when the demo data was loaded at this start. Each is made
 * by a demo user who may make it (the SU coordinator on SU's students, Södermalm's contact on Södermalm's placement)
 * and falls on a working day.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoSupport {

    private static final Logger LOG = Logger.getLogger(DemoSupport.class.getName());

    @EJB
    private DemoData demoData;

    @PersistenceContext
    private EntityManager em;

    /** Stockholm's: the visits and meetings fall on the city's calendar days, whatever the server's zone. */
    @Inject
    private Clock clock;

    @PostConstruct
    void writeIfDemoWasLoaded() {
        if (!demoData.wasLoadedNow()) {
            return;
        }
        Instant now = clock.instant();
        meetingsAndConcerns(now);
        for (Term term : em.createQuery("SELECT t FROM Term t ORDER BY t.vfuStart DESC", Term.class)
                .setMaxResults(2).getResultList()) {
            visits(term, now);
        }
        LOG.info("Demo support and observation visits written");
    }

    private void meetingsAndConcerns(Instant now) {
        List<Placement> su = running("SU", null);
        LocalDate day = LocalDate.now(clock).plusDays(7);
        for (int i = 0; i < su.size(); i++) {
            day = SwedishWorkingDays.onOrAfter(day);
            Placement placement = su.get(i);
            Meeting meeting = new Meeting(placement);
            meeting.set(i % 2 == 0 ? "Birgitta Ståhl" : "Olof Norén", LocalDateTime.of(day, LocalTime.of(10, 0)),
                    i % 2 == 0 ? "https://meet.example.se/trepart-" + (i + 1) : "Enhetens mötesrum", false, "su", now);
            em.persist(meeting);
            day = day.plusDays(1);
        }
        if (!su.isEmpty()) {
            em.persist(Concern.raise(su.get(0), "Studenten har varit sjuk en vecka och kan behöva förlängd tid.",
                    Role.UNIVERSITY, "su", now.minus(2, ChronoUnit.DAYS)));
        }
        running(null, "SO").stream().findFirst().ifPresent(placement -> {
            Concern handled = Concern.raise(placement, "Handledaren är föräldraledig från nästa månad.",
                    Role.DISTRICT, DemoLogins.district("SO"), now.minus(5, ChronoUnit.DAYS));
            handled.handle("central", now.minus(1, ChronoUnit.DAYS));
            em.persist(handled);
        });
    }

    /** The first running placements of a university's students, or of a district. */
    private List<Placement> running(String university, String district) {
        return em.createQuery("""
                        SELECT p FROM Placement p WHERE p.status IN :running
                        AND (:university IS NULL OR p.university.code = :university)
                        AND (:district IS NULL OR p.district.code = :district) ORDER BY p.id""", Placement.class)
                .setParameter("running", List.of(PlacementStatus.CONFIRMED, PlacementStatus.STARTED))
                .setParameter("university", university).setParameter("district", district)
                .setMaxResults(6).getResultList();
    }

    /** Visits at a unit of three districts; the first one full, the second half booked. */
    private void visits(Term term, Instant now) {
        LocalDate base = term.getVfuStart().isAfter(LocalDate.now(clock)) ? term.getVfuStart()
                : LocalDate.now(clock).plusDays(14);
        University su = university("SU");
        University sh = university("SH");
        int n = 0;
        for (String district : List.of("SO", "RK", "HV")) {
            Unit unit = em.createQuery("SELECT u FROM Unit u WHERE u.district.code = :d AND u.active = TRUE ORDER BY u.id",
                    Unit.class).setParameter("d", district).setMaxResults(1).getResultStream().findFirst().orElse(null);
            if (unit == null) {
                continue;
            }
            ObservationVisit visit = new ObservationVisit(term, unit,
                    SwedishWorkingDays.onOrAfter(base.plusDays(7L * n + 2)), n == 0 ? 2 : 4,
                    n == 0 ? "Samling i receptionen 9.00." : null, "central", now);
            em.persist(visit);
            if (n == 0) {
                em.persist(Booking.of(visit, su, "Alva Hedberg", "alva.hedberg@student.example", null, "su", now));
                em.persist(Booking.of(visit, sh, null, null, "SH-T2-0417", "sh", now));
            } else if (n == 1) {
                em.persist(Booking.of(visit, su, "Bo Lindahl", "bo.lindahl@student.example", null, "su", now));
            }
            n++;
        }
    }

    private University university(String code) {
        return em.createQuery("SELECT u FROM University u WHERE u.code = :code", University.class)
                .setParameter("code", code).getSingleResult();
    }
}
