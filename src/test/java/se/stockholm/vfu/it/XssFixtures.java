package se.stockholm.vfu.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.inquiry.Inquiry;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.RequestData;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.supervisor.Supervisor;
import se.stockholm.vfu.supervisor.TrainingChange;
import se.stockholm.vfu.supervisor.TrainingStatus;
import se.stockholm.vfu.term.Season;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.TermStatus;
import se.stockholm.vfu.training.TrainingCourse;
import se.stockholm.vfu.training.TrainingReport;
import se.stockholm.vfu.unit.Unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A term of the XSS corpus test's own (years from 4000 on), in which every free-text field a user can fill holds a
 * script or markup payload: Södermalm's unit (name, contact), its supervisor (name, title), its place offer (notes),
 * Stockholms universitet's student requests (name, home university, notes), one of them placed and confirmed, an
 * inquiry Södermalm forwarded to SU (student, home university, message) and SU's training report (course, summary).
 * Each payload carries the attribute {@code data-xss}: an element that has it in a rendered page is markup that
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

    public record Scenario(String termCode, String unitName) {
    }

    @PersistenceContext
    private EntityManager em;

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
            }
        }
        em.persist(new Inquiry(sodermalm, payload(5), "xss-inquiry-" + year + "@it.example", payload(0),
                String.join(" ", PAYLOADS), LocalDate.now().minusDays(1), su, "sodermalm", now));
        TrainingReport report = new TrainingReport(term, su);
        report.update(List.of(new TrainingCourse(payload(1), LocalDate.of(year, 2, 1), LocalDate.of(year, 3, 1), 10)),
                4, 1, String.join(" ", PAYLOADS), "it", now);
        em.persist(report);
        em.flush();
        return new Scenario(term.getCode(), unitName);
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
