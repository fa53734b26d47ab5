package se.stockholm.vfu.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.placement.PlacementEvent;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.supervisor.Supervisor;
import se.stockholm.vfu.term.Season;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.unit.Unit;
import se.stockholm.vfu.visit.Booking;
import se.stockholm.vfu.visit.ObservationVisit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Records of the support tests' own, in the term HT2060 (years 2060-2064 are these tests'): a running placement of
 * an SU student in Södermalm with its meeting and an open concern, an observation visit at a Södermalm unit with an SU
 * booking. Each call makes new ones, with names of their own, so tests never share a record they change.
 */
@Stateless
@PermitAll
public class SupportFixtures {

    public static final String TERM = "HT2060";
    public static final LocalDate VFU_START = LocalDate.of(2060, 8, 30);
    public static final LocalDate VFU_END = LocalDate.of(2061, 1, 14);

    /** What {@link #scenario()} made. */
    public record Scenario(String termCode, long termId, long placementId, String studentName, long concernId,
                           long visitId, long bookingId, String unitName) {
    }

    /** A record's state, to show that a refused change left it as it was. */
    public record State(String teacherName, long meetingVersion, ConcernStatus concern, long concerns, int visitBooked,
                        long bookings, boolean bookingExists) {
    }

    @PersistenceContext
    private EntityManager em;

    public Scenario scenario() {
        Term term = term();
        Placement placement = placement(term, "SO", "SU", null);
        Meeting meeting = new Meeting(placement);
        meeting.set("IT Lärare", LocalDateTime.of(2060, 9, 15, 10, 0), "https://meet.example/it", false, "it-su",
                Instant.now());
        em.persist(meeting);
        Concern concern = Concern.raise(placement, "IT: farhåga " + UUID.randomUUID(), Role.UNIVERSITY, "it-su",
                Instant.now());
        em.persist(concern);
        ObservationVisit visit = visit(term, "SO", 3, LocalDate.of(2060, 10, 5));
        Booking booking = Booking.of(visit, university("SU"), "IT Auskultant", "it-ausk@it.example", null, "it-su",
                Instant.now());
        em.persist(booking);
        em.flush();
        return new Scenario(term.getCode(), term.getId(), placement.getId(), placement.getRequest().getStudentName(),
                concern.getId(), visit.getId(), booking.getId(), visit.getUnit().getName());
    }

    /** A visit of its own at a new unit of the district, in HT2060. */
    public long newVisit(String district, int seats) {
        return newVisit(district, seats, LocalDate.of(2060, 10, 5));
    }

    /** As {@link #newVisit(String, int)} on a given date. */
    public long newVisit(String district, int seats, LocalDate date) {
        ObservationVisit visit = visit(term(), district, seats, date);
        em.flush();
        return visit.getId();
    }

    public String unitNameOf(long visitId) {
        return em.find(ObservationVisit.class, visitId).getUnit().getName();
    }

    /**
     * A placement of the university's student in the district, started (its history dates the start now, before the
     * term's VFU period, so it counts from the VFU start) and completed on {@code completed} unless null (then still
     * running). Its steps are dated now: MySQL's TIMESTAMP columns of the history end in 2038, before these terms.
     */
    public long startedPlacement(String district, String university, LocalDate completed) {
        Placement placement = placement(term(), district, university, completed);
        em.flush();
        return placement.getId();
    }

    public State state(long placementId, long concernId, long visitId, long bookingId) {
        Meeting meeting = em.createQuery("SELECT m FROM Meeting m WHERE m.placement.id = :p", Meeting.class)
                .setParameter("p", placementId).getSingleResult();
        Concern concern = em.find(Concern.class, concernId);
        ObservationVisit visit = em.find(ObservationVisit.class, visitId);
        em.refresh(meeting);
        em.refresh(concern);
        em.refresh(visit);
        long concerns = em.createQuery("SELECT COUNT(c) FROM Concern c WHERE c.placement.id = :p", Long.class)
                .setParameter("p", placementId).getSingleResult();
        return new State(meeting.getTeacherName(), meeting.getVersion(), concern.getStatus(), concerns,
                visit.getBooked(), bookings(visitId), em.find(Booking.class, bookingId) != null);
    }

    public int booked(long visitId) {
        ObservationVisit visit = em.find(ObservationVisit.class, visitId);
        em.refresh(visit);
        return visit.getBooked();
    }

    public long bookings(long visitId) {
        return em.createQuery("SELECT COUNT(b) FROM Booking b WHERE b.visit.id = :v", Long.class)
                .setParameter("v", visitId).getSingleResult();
    }

    public Term term() {
        return em.createQuery("SELECT t FROM Term t WHERE t.code = :code", Term.class).setParameter("code", TERM)
                .getResultStream().findFirst().orElseGet(() -> {
                    Term term = new Term(Season.HT, 2060, VFU_START, VFU_END, LocalDate.of(2060, 5, 14),
                            LocalDate.of(2060, 5, 28));
                    em.persist(term);
                    return term;
                });
    }

    private Placement placement(Term term, String districtCode, String universityCode, LocalDate completed) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        AreaOfWork area = em.createQuery("SELECT a FROM AreaOfWork a WHERE a.code = 'BOU'", AreaOfWork.class)
                .getSingleResult();
        Unit unit = new Unit(district(districtCode), area, "IT Stöd " + districtCode + " " + key);
        em.persist(unit);
        Supervisor supervisor = new Supervisor(unit, "IT Handledare " + key, "it-stod-" + key + "@it.example");
        em.persist(supervisor);
        PlaceOffer offer = new PlaceOffer(term, unit, area, 1);
        em.persist(offer);
        StudentRequest request = new StudentRequest(term, university(universityCode), "it-stod-" + key,
                "IT Stödstudent " + key, "it-stod-" + key + "@it.example");
        em.persist(request);
        Instant startedAt = Instant.now();
        Placement placement = Placement.propose(request, offer, null, 1, "it", startedAt.minusSeconds(300));
        em.persist(placement);
        placement.publish("it", startedAt.minusSeconds(200));
        em.persist(PlacementEvent.of(placement));
        placement.confirm(supervisor, "it", startedAt.minusSeconds(100));
        em.persist(PlacementEvent.of(placement));
        placement.start("it", startedAt);
        em.persist(PlacementEvent.of(placement));
        if (completed != null) {
            // reported the day it happened, and started (by its history) before the period: the rule counts from the VFU start
            placement.complete(completed, LocalDate.ofInstant(startedAt, StockholmTime.ZONE), completed, "it",
                    startedAt.plusSeconds(100));
            em.persist(PlacementEvent.of(placement));
        }
        return placement;
    }

    private ObservationVisit visit(Term term, String districtCode, int seats, LocalDate date) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        AreaOfWork area = em.createQuery("SELECT a FROM AreaOfWork a WHERE a.code = 'MOT'", AreaOfWork.class)
                .getSingleResult();
        Unit unit = new Unit(district(districtCode), area, "IT Auskultation " + districtCode + " " + key);
        em.persist(unit);
        ObservationVisit visit = new ObservationVisit(term, unit, date, seats, "IT", "it-central",
                Instant.now());
        em.persist(visit);
        return visit;
    }

    private District district(String code) {
        return em.createQuery("SELECT d FROM District d WHERE d.code = :code", District.class)
                .setParameter("code", code).getSingleResult();
    }

    private University university(String code) {
        return em.createQuery("SELECT u FROM University u WHERE u.code = :code", University.class)
                .setParameter("code", code).getSingleResult();
    }
}
