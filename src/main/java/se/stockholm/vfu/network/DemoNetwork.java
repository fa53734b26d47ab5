package se.stockholm.vfu.network;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.common.SwedishWorkingDays;
import se.stockholm.vfu.config.DemoData;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.TermStatus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;

/**
 * The network in the demo, on the first start of the embedded default only: network meetings and workshops of the
 * past years with their attendance (one district that never comes), the current term's introduction day, a meeting
 * ahead that may be deleted, and two shared documents with versions written to the document directory. Being
 * audited, all of it shows in the change history from the start. Every event is on a working day (the usual date,
 * or the next working day when that is a weekend or a holiday).
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoNetwork {

    private static final Logger LOG = Logger.getLogger(DemoNetwork.class.getName());
    private static final String BY = "central";
    /** The demo's district that never attends: the attendance table marks it. */
    private static final String ABSENT_DISTRICT = "SKH";

    @EJB
    private DemoData demoData;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DocumentStorage storage;

    @Inject
    private Clock clock;

    @PostConstruct
    void loadIfDemoWasLoaded() {
        if (!demoData.wasLoadedNow()) {
            return;
        }
        Instant now = clock.instant();
        List<District> districts = em.createQuery("SELECT d FROM District d WHERE d.active = TRUE ORDER BY d.name",
                District.class).getResultList();
        List<University> universities = em.createQuery("SELECT u FROM University u WHERE u.active = TRUE ORDER BY u.code",
                University.class).getResultList();
        NetworkDocument routine = routine(now);
        int thisYear = LocalDate.now(clock).getYear();
        for (int year = thisYear - 3; year < thisYear; year++) {
            past(EventKind.NETWORK_MEETING, "Nätverksträff februari " + year, LocalDate.of(year, 2, 14), districts,
                    universities, year, now, null);
            past(EventKind.NETWORK_MEETING, "Nätverksträff oktober " + year, LocalDate.of(year, 10, 10), districts,
                    universities, year + 1, now, year == thisYear - 1 ? routine : null);
            past(EventKind.WORKSHOP, "Workshop inför hösten " + year, LocalDate.of(year, 6, 2), districts,
                    universities, year + 2, now, null);
        }
        currentTerm().ifPresent(term -> introductionDay(term, universities, now));
        upcoming(districts, universities, now);
        LOG.info("Demo network events and documents written");
    }

    private void past(EventKind kind, String title, LocalDate usualDay, List<District> districts,
                      List<University> universities, int seed, Instant now, NetworkDocument minutes) {
        LocalDate day = SwedishWorkingDays.onOrAfter(usualDay);
        NetworkEvent event = new NetworkEvent(kind, null, BY, now);
        event.describe(title, at(day, 9), at(day, kind == EventKind.WORKSHOP ? 16 : 12), "Socialförvaltningen, "
                + "Swedenborgsgatan 20, Stockholm", kind == EventKind.NETWORK_MEETING ? "https://meet.example.se/vfu" : null,
                kind == EventKind.WORKSHOP ? "1. Förra årets VFU\n2. Handledarutbildning\n3. Planering inför hösten"
                        : "1. Platser kommande termin\n2. Rutiner\n3. Övrigt", BY, now);
        event.invite(districts, universities);
        event.invitationsSent(at(day.minusWeeks(3), 9));
        if (minutes != null) {
            event.attachMinutes(minutes, BY, now);
        }
        em.persist(event);
        em.flush();
        int i = seed;
        for (EventInvitee invitee : event.getInvitees()) {
            boolean never = invitee.getDistrict() != null && ABSENT_DISTRICT.equals(invitee.getDistrict().getCode());
            Attendance attendance = never || (i++ % 4 == 0) ? Attendance.ABSENT : Attendance.ATTENDED;
            event.recordAttendance(invitee.getId(), attendance, BY, now);
        }
    }

    /**
     * A meeting ahead whose invitations went out and nobody attended yet: the one the demo's central contact can
     * delete (its invitees are then told it is cancelled); the past ones, with attendance, are refused.
     */
    private void upcoming(List<District> districts, List<University> universities, Instant now) {
        LocalDate day = SwedishWorkingDays.onOrAfter(LocalDate.now(clock).plusWeeks(3));
        NetworkEvent event = new NetworkEvent(EventKind.NETWORK_MEETING, null, BY, now);
        event.describe("Extra nätverksträff om handledarutbildning", at(day, 13), at(day, 15), null,
                "https://meet.example.se/vfu", "1. Platser på " + nextTrainingCourse(day) + " handledarutbildning"
                        + "\n2. Övrigt", BY, now);
        event.invite(districts, universities);
        event.invitationsSent(now);
        em.persist(event);
    }

    /**
     * The supervisor training a meeting on {@code day} plans for: the next one to start, the spring's (January) for a
     * meeting from August on, else the autumn's (September).
     */
    static String nextTrainingCourse(LocalDate day) {
        return day.getMonthValue() >= 8 ? "vårens" : "höstens";
    }

    /** As TermService.current, which is for signed-in users: the earliest term in preparation, else the next to end. */
    private java.util.Optional<Term> currentTerm() {
        List<Term> preparing = em.createQuery("SELECT t FROM Term t WHERE t.status IN :s ORDER BY t.vfuStart", Term.class)
                .setParameter("s", List.of(TermStatus.OPEN, TermStatus.ALLOCATION)).getResultList();
        if (!preparing.isEmpty()) {
            return java.util.Optional.of(preparing.get(0));
        }
        return em.createQuery("SELECT t FROM Term t WHERE t.vfuEnd >= :today ORDER BY t.vfuEnd", Term.class)
                .setParameter("today", LocalDate.now(clock)).getResultStream().findFirst();
    }

    private void introductionDay(Term term, List<University> universities, Instant now) {
        NetworkEvent day = new NetworkEvent(EventKind.INTRODUCTION_DAY, term, BY, now);
        LocalDate date = SwedishWorkingDays.onOrAfter(term.getVfuStart());
        day.describe("Introduktionsdag för VFU-studenter " + term.getCode(), at(date, 9), at(date, 12),
                "Stadshuset, Hantverkargatan 1, Stockholm", null,
                "Välkommen till Stockholms stad\nSocialtjänstens organisation\nHandledning och stöd under VFU", BY, now);
        day.invite(List.of(), universities);
        em.persist(day);
    }

    private NetworkDocument routine(Instant now) {
        NetworkDocument routine = new NetworkDocument("Rutin för mottagande av VFU-studenter",
                "Gemensam rutin för stadsdelsförvaltningarna, beslutad i nätverket.", BY, now);
        share(routine);
        em.persist(routine);
        version(routine, "rutin-mottagande.txt", "Rutin för mottagande av VFU-studenter\n\n1. Utse handledare.\n", now);
        version(routine, "rutin-mottagande.txt", "Rutin för mottagande av VFU-studenter (rev. 2)\n\n1. Utse handledare."
                + "\n2. Boka trepartssamtal.\n3. Introducera hela enheten.\n", now);
        NetworkDocument letter = new NetworkDocument("Avsiktsförklaring om VFU",
                "Avsiktsförklaringen mellan staden och lärosätena (bilaga 4 till handlingsplanen).", BY, now);
        share(letter);
        em.persist(letter);
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        DocumentVersion v = letter.addVersion("avsiktsforklaring.pdf", DocumentType.PDF, pdf.length(),
                storage.store(pdf.getBytes(StandardCharsets.US_ASCII)), sha256(pdf), BY, now);
        em.persist(v);
        return routine;
    }

    private void share(NetworkDocument document) {
        document.shareWith(em.createQuery("SELECT d FROM District d WHERE d.active = TRUE", District.class)
                .getResultList(), em.createQuery("SELECT u FROM University u WHERE u.active = TRUE", University.class)
                .getResultList());
    }

    private void version(NetworkDocument document, String name, String text, Instant now) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        em.persist(document.addVersion(name, DocumentType.TXT, content.length, storage.store(content), sha256(text),
                BY, now));
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(StockholmTime.ZONE).toInstant();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
