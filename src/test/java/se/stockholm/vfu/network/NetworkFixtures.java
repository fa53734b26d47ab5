package se.stockholm.vfu.network;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.placement.PlacementChanged;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.term.Season;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.unit.Unit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The network tests' own data (term years 2055–2059): an event and a document that only Rinkeby-Kista and
 * Södertörn are invited to / shared with (the scope matrix's records), and the introduction-day term VT2056 with a
 * place offer in Rinkeby-Kista to which a test can add published placements.
 */
@Singleton
@Startup
@DependsOn("Fixtures")
@PermitAll
public class NetworkFixtures {

    public static final String SCOPED_EVENT = "IT Nätverk endast RK och SH";
    public static final String SCOPED_DOCUMENT = "IT Dokument endast RK och SH";
    /** The term whose introduction day follows placements in the tests. */
    public static final String INTRO_TERM = "VT2056";
    /** The term the browser journey creates an introduction day for. */
    public static final String BROWSER_TERM = "HT2057";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DocumentStorage storage;

    @Inject
    private Event<PlacementChanged> changes;

    @PostConstruct
    void create() {
        // the browser journey creates the introduction day of its term anew at each run
        em.createQuery("DELETE FROM EventInvitee i WHERE i.event IN (SELECT e FROM NetworkEvent e WHERE e.term.code = :c)")
                .setParameter("c", BROWSER_TERM).executeUpdate();
        em.createQuery("DELETE FROM NetworkEvent e WHERE e.term.id IN (SELECT t.id FROM Term t WHERE t.code = :c)")
                .setParameter("c", BROWSER_TERM).executeUpdate();
        if (em.createQuery("SELECT COUNT(e) FROM NetworkEvent e WHERE e.title = :t", Long.class)
                .setParameter("t", SCOPED_EVENT).getSingleResult() > 0) {
            return;
        }
        Instant now = Instant.now();
        NetworkEvent event = new NetworkEvent(EventKind.NETWORK_MEETING, null, "it", now);
        event.describe(SCOPED_EVENT, Instant.parse("2055-02-01T08:00:00Z"), Instant.parse("2055-02-01T10:00:00Z"),
                "IT Rum 1", null, "IT dagordning", "it", now);
        event.invite(List.of(district("RK")), List.of(university("SH")));
        em.persist(event);
        NetworkDocument document = new NetworkDocument(SCOPED_DOCUMENT, "IT", "it", now);
        document.shareWith(List.of(district("RK")), List.of(university("SH")));
        em.persist(document);
        byte[] text = "IT rutin\n".getBytes(StandardCharsets.UTF_8);
        em.persist(document.addVersion("it-rutin.txt", DocumentType.TXT, text.length, storage.store(text), "0".repeat(64),
                "it", now));
        Term intro = new Term(Season.VT, 2056, LocalDate.of(2056, 1, 17), LocalDate.of(2056, 6, 2),
                LocalDate.of(2055, 12, 1), LocalDate.of(2055, 12, 8));
        em.persist(intro);
        em.persist(new Term(Season.HT, 2057, LocalDate.of(2057, 8, 27), LocalDate.of(2058, 1, 14),
                LocalDate.of(2057, 5, 15), LocalDate.of(2057, 5, 29)));
        AreaOfWork area = em.createQuery("SELECT a FROM AreaOfWork a WHERE a.code = 'BOU'", AreaOfWork.class)
                .getSingleResult();
        Unit unit = new Unit(district("RK"), area, "IT Nätverk RK enhet");
        em.persist(unit);
        em.persist(new PlaceOffer(intro, unit, area, 50));
    }

    /**
     * A published placement in Rinkeby-Kista of a new student of {@code university} in {@link #INTRO_TERM}, announced
     * as publishing does (after this call commits, the introduction day follows). Answers the placement id and the
     * request id.
     */
    public long[] placeStudent(String university, String name) {
        Term term = em.createQuery("SELECT t FROM Term t WHERE t.code = :c", Term.class)
                .setParameter("c", INTRO_TERM).getSingleResult();
        PlaceOffer offer = em.createQuery("SELECT o FROM PlaceOffer o WHERE o.term = :t", PlaceOffer.class)
                .setParameter("t", term).getResultList().get(0);
        String ref = "it-nw-" + UUID.randomUUID().toString().substring(0, 8);
        StudentRequest request = new StudentRequest(term, university(university), ref, name, ref + "@it.example");
        em.persist(request);
        Placement placement = Placement.propose(request, offer, null, 0, "it", Instant.now());
        placement.publish("it", Instant.now());
        em.persist(placement);
        em.flush();
        changes.fire(new PlacementChanged(PlacementStatus.OFFERED, INTRO_TERM, offer.getUnit().getDistrict().getId(),
                null, null, null, offer.getUnit().getDistrict().getName(), 1, null, Role.CENTRAL));
        return new long[] {placement.getId(), request.getId()};
    }

    /** The requests the introduction day's invitation was mailed to. */
    @SuppressWarnings("unchecked")
    public List<Long> mailed(long eventId) {
        List<Number> ids = em.createNativeQuery("SELECT request_id FROM network_event_student_mail WHERE event_id = ?1")
                .setParameter(1, eventId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    public long placementVersion(long placementId) {
        return em.find(Placement.class, placementId).getVersion();
    }

    public long eventId(String title) {
        return em.createQuery("SELECT e.id FROM NetworkEvent e WHERE e.title = :t", Long.class).setParameter("t", title)
                .getSingleResult();
    }

    public long documentId(String title) {
        return em.createQuery("SELECT d.id FROM NetworkDocument d WHERE d.title = :t", Long.class)
                .setParameter("t", title).getSingleResult();
    }

    /** The names a document's versions are stored under. */
    public List<String> storageNames(long documentId) {
        return em.createQuery("SELECT v.storageName FROM DocumentVersion v WHERE v.document.id = :d", String.class)
                .setParameter("d", documentId).getResultList();
    }

    public long termId(String code) {
        return em.createQuery("SELECT t.id FROM Term t WHERE t.code = :c", Long.class).setParameter("c", code)
                .getSingleResult();
    }

    public long documentVersions() {
        return em.createQuery("SELECT COUNT(v) FROM DocumentVersion v", Long.class).getSingleResult();
    }

    public long documents() {
        return em.createQuery("SELECT COUNT(d) FROM NetworkDocument d", Long.class).getSingleResult();
    }

    private District district(String code) {
        return em.createQuery("SELECT d FROM District d WHERE d.code = :c", District.class).setParameter("c", code)
                .getSingleResult();
    }

    private University university(String code) {
        return em.createQuery("SELECT u FROM University u WHERE u.code = :c", University.class).setParameter("c", code)
                .getSingleResult();
    }
}
