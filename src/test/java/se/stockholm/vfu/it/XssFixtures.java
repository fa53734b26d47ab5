package se.stockholm.vfu.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.apitoken.ApiToken;
import se.stockholm.vfu.apitoken.ApiTokens;
import se.stockholm.vfu.evaluation.EvaluationInvitation;
import se.stockholm.vfu.evaluation.EvaluationService;
import se.stockholm.vfu.evaluation.EvaluationTokens;
import se.stockholm.vfu.evaluation.Respondent;
import se.stockholm.vfu.inquiry.Inquiry;
import se.stockholm.vfu.network.DocumentForm;
import se.stockholm.vfu.network.EventForm;
import se.stockholm.vfu.network.EventKind;
import se.stockholm.vfu.network.NetworkDocumentService;
import se.stockholm.vfu.network.NetworkEventService;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.recruitment.Candidate;
import se.stockholm.vfu.recruitment.CandidateStatus;
import se.stockholm.vfu.recruitment.CandidateStep;
import se.stockholm.vfu.recruitment.PostStatus;
import se.stockholm.vfu.recruitment.TraineePost;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.RequestData;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.support.Concern;
import se.stockholm.vfu.support.Meeting;
import se.stockholm.vfu.supervisor.Supervisor;
import se.stockholm.vfu.supervisor.TrainingChange;
import se.stockholm.vfu.supervisor.TrainingStatus;
import se.stockholm.vfu.term.Season;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.TermStatus;
import se.stockholm.vfu.training.TrainingCourse;
import se.stockholm.vfu.training.TrainingReport;
import se.stockholm.vfu.unit.Unit;
import se.stockholm.vfu.user.AppUser;
import se.stockholm.vfu.visit.Booking;
import se.stockholm.vfu.visit.ObservationVisit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A term of the XSS corpus test's own (years from 4000 on), in which every free-text field a user can fill holds a
 * script or markup payload: Södermalm's unit (name, contact), its supervisor (name, title), its place offer (notes),
 * Stockholms universitet's student requests (name, home university, notes), one of them placed and confirmed, an
 * inquiry Södermalm forwarded to SU (student, home university, message) and SU's training report (course, summary);
 * and the fields added later: the placement's concern (text) and three-way meeting (teacher, place), an observation
 * visit in Södermalm's unit (note) with an SU student's booking (name, reference), a trainee post at the unit with a
 * candidate from the placement who withdrew (name, reason), the supervisor's evaluation of the placement (free text),
 * a network meeting for everyone (title, place, link, agenda), a network document shared with everyone (title,
 * description, file name) and an expired API token of each fixture user (name; expired, so no user's limit of active
 * tokens is touched). Each payload carries the attribute {@code data-xss}: an element that has it in a rendered page is markup that
 * escaped its text, whether or not the Content-Security-Policy stopped its script.
 */
@Stateless
@PermitAll
public class XssFixtures {

    /** Payloads, each short enough for a name field; {@code xss#{6*7}x} shows an evaluated expression as xss42x. */
    public static final List<String> PAYLOADS = List.of(
            "<img src=x data-xss=1 onerror=window.__xss=1>",
            "\"><svg data-xss=2 onload=window.__xss=2>",
            "'><b data-xss=3 onmouseover=window.__xss=3>b</b>",
            "</textarea></script><script data-xss=4>window.__xss=4</script>",
            "<a data-xss=5 href=javascript:window.__xss=5>a</a>",
            "xss#{6*7}x ${6*7} {{6*7}}");

    /**
     * The term and unit, the placement (for the support page), the values stored in the later fields that a test
     * looks for, and the ids of the records whose history a test exports.
     */
    public record Scenario(String termCode, String unitName, long placementId, long bookingId, long concernId,
                           String visitNote, String bookingName, String bookingRef, String candidateName,
                           String eventTitle, String documentTitle, String documentFileName, String tokenName,
                           String evaluationText) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NetworkEventService events;

    @Inject
    private NetworkDocumentService documents;

    @Inject
    private EvaluationService evaluations;

    public Scenario newTerm() {
        int year = 4000 + em.createQuery("SELECT COUNT(t) FROM Term t WHERE t.code LIKE 'HT4%'", Long.class)
                .getSingleResult().intValue();
        Term term = new Term(Season.HT, year, LocalDate.of(year, 8, 25), LocalDate.of(year + 1, 1, 16),
                LocalDate.of(year, 5, 15), LocalDate.of(year, 5, 29));
        term.changeStatus(TermStatus.OPEN);
        em.persist(term);
        Instant now = Instant.now();
        AreaOfWork area = em.createQuery("SELECT a FROM AreaOfWork a WHERE a.code = 'BOU'", AreaOfWork.class)
                .getSingleResult();
        District sodermalm = district("SO");
        University su = university("SU");

        String unitName = payload(0) + " " + year;
        Unit unit = new Unit(sodermalm, area, unitName);
        unit.setContact(payload(1), "xss-unit-" + year + "@it.example");
        em.persist(unit);
        Supervisor supervisor = new Supervisor(unit, payload(2) + " " + year, "xss-supervisor-" + year + "@it.example");
        supervisor.setTitle(payload(3));
        supervisor.setMaxStudents(2);
        TrainingChange training = supervisor.changeTraining(TrainingStatus.ENROLLED, payload(4), su,
                LocalDate.of(year, 1, 10), null, "it", now);
        em.persist(supervisor);
        em.persist(training);
        PlaceOffer offer = new PlaceOffer(term, unit, area, 2);
        offer.setNotes(String.join(" ", PAYLOADS));
        offer.assignSupervisor(supervisor);
        em.persist(offer);

        Placement placed = null;
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String ref = "it-xss-" + year + "-" + i;
            RequestData data = new RequestData(ref, payload(i), ref + "@it.example", payload(i + 1), false,
                    List.of(area.getId()), List.of(sodermalm.getId()), List.of("sv"), false, null, List.of(),
                    String.join(" ", PAYLOADS));
            StudentRequest request = StudentRequest.of(term, su, data, List.of(area), List.of(sodermalm), Set.of());
            em.persist(request);
            if (i == 0) {
                em.flush();
                Placement placement = Placement.propose(request, offer, null, 1, "it", now);
                placement.publish("it", now);
                placement.confirm(supervisor, "it", now);
                em.persist(placement);
                placed = placement;
            }
        }
        em.persist(new Inquiry(sodermalm, payload(5), "xss-inquiry-" + year + "@it.example", payload(0),
                String.join(" ", PAYLOADS), LocalDate.now().minusDays(1), su, "sodermalm", now));
        TrainingReport report = new TrainingReport(term, su);
        report.update(List.of(new TrainingCourse(payload(1), LocalDate.of(year, 2, 1), LocalDate.of(year, 3, 1), 10)),
                4, 1, String.join(" ", PAYLOADS), "it", now);
        em.persist(report);
        em.flush();
        return later(term, unit, area, su, placed, unitName, now);
    }

    /** The fields added after the corpus was first written, each holding a payload (the caller is the central contact). */
    private Scenario later(Term term, Unit unit, AreaOfWork area, University su, Placement placement, String unitName,
                           Instant now) {
        int year = term.getYear();
        Concern concern = Concern.raise(placement, String.join(" ", PAYLOADS), Role.DISTRICT, "it", now);
        em.persist(concern);
        Meeting meeting = new Meeting(placement);
        meeting.set(payload(2) + " " + year, LocalDateTime.of(year, 10, 1, 10, 0), payload(3), false, "it", now);
        em.persist(meeting);

        String visitNote = payload(4) + " " + year;
        ObservationVisit visit = new ObservationVisit(term, unit, LocalDate.of(year, 10, 5), 3, visitNote, "it", now);
        em.persist(visit);
        String bookingName = payload(1) + " " + year;
        String bookingRef = payload(4) + " " + year;
        Booking booking = Booking.of(visit, su, bookingName, "xss-booking-" + year + "@it.example", bookingRef, "it",
                now);
        em.persist(booking);

        TraineePost post = new TraineePost(unit.getDistrict(), unit, area, LocalDate.of(year + 1, 2, 1),
                LocalDate.of(year + 2, 1, 31), 1, PostStatus.OPEN, "it", now);
        em.persist(post);
        String candidateName = payload(5) + " " + year;
        Candidate candidate = new Candidate(post, placement, candidateName, "xss-candidate-" + year + "@it.example",
                false, LocalDate.of(year, 12, 1), "it", now);
        em.persist(candidate);
        em.persist(CandidateStep.of(candidate));
        candidate.moveTo(CandidateStatus.WITHDREW, LocalDate.of(year, 12, 2), payload(0), "it", now);
        em.persist(CandidateStep.of(candidate));

        String token = EvaluationTokens.newToken();
        em.persist(new EvaluationInvitation(placement, Respondent.SUPERVISOR, EvaluationTokens.hash(token), now,
                Duration.ofDays(30)));
        em.flush();
        String evaluationText = String.join(" ", PAYLOADS) + " " + year;
        evaluations.answer(token, List.of(4, 4, 4, 4), evaluationText);

        EventForm event = new EventForm();
        event.setKind(EventKind.NETWORK_MEETING);
        String eventTitle = payload(2) + " " + year;
        event.setTitle(eventTitle);
        event.setDate(LocalDate.of(year, 9, 1));
        event.setStartTime(LocalTime.of(9, 0));
        event.setEndTime(LocalTime.of(12, 0));
        event.setPlace(payload(3));
        event.setLink("https://example.org/" + payload(1));
        event.setAgenda(String.join(" ", PAYLOADS));
        events.create(event);

        DocumentForm document = new DocumentForm();
        // the documents list is sorted by title: '"' sorts before letters and digits, so it is on the first page
        String documentTitle = payload(1) + " " + year;
        document.setTitle(documentTitle);
        document.setDescription(String.join(" ", PAYLOADS));
        // a file name holds no folder or drive (DocumentRules): the payloads without '/' or ':'
        String fileName = payload(0) + " " + year + ".txt";
        byte[] content = "XSS corpus".getBytes(StandardCharsets.UTF_8);
        documents.create(document, fileName, content.length, new ByteArrayInputStream(content));

        String tokenName = payload(0) + " " + year;
        for (String username : List.of(Fixtures.CENTRAL, Fixtures.ADMIN, Fixtures.SODERMALM, Fixtures.SU)) {
            AppUser user = em.createQuery("SELECT u FROM AppUser u WHERE u.username = :username", AppUser.class)
                    .setParameter("username", username).getSingleResult();
            em.persist(new ApiToken(user, tokenName, ApiTokens.hash(ApiTokens.newToken()), now.minusSeconds(60)));
        }
        em.flush();
        return new Scenario(term.getCode(), unitName, placement.getId(), booking.getId(), concern.getId(), visitNote,
                bookingName, bookingRef, candidateName, eventTitle, documentTitle, fileName, tokenName, evaluationText);
    }

    private static String payload(int i) {
        return PAYLOADS.get(i % PAYLOADS.size());
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
