package se.stockholm.vfu.inquiry;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.config.DemoData;
import se.stockholm.vfu.config.DemoLogins;
import se.stockholm.vfu.notification.Notification;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.TermStatus;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Students' direct inquiries in the embedded demo, on its first start only (when {@link DemoData} was loaded now):
 * students, most of them from other Swedish universities, who wrote to Södermalm, Rinkeby-Kista, Kungsholmen and
 * Hässelby-Vällingby for a VFU place, forwarded to each of the three universities. For the open term two wait to be
 * acknowledged, two are acknowledged, one is declined with its reason and one became a request in the university's
 * list; the latest finished term's became a request or were declined (retention, config.DemoRetention, takes their
 * names a year after). The coordinators got the notice {@link InquiryService} gives, read once they acknowledged.
 * Each step is by the district's or university's demo login, or the system where it has none.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoInquiries {

    private static final Logger LOG = Logger.getLogger(DemoInquiries.class.getName());
    /** The demo students' e-mail domain, as their requests'. */
    private static final String STUDENT_DOMAIN = "@student.demo.se";

    @EJB
    private DemoData demoData;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    private Instant now;

    @PostConstruct
    void loadIfDemoWasLoaded() {
        if (!demoData.wasLoadedNow()) {
            return;
        }
        now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, StockholmTime.ZONE);
        List<Inquiry> inquiries = new ArrayList<>();
        term(TermStatus.OPEN, "ASC").ifPresent(open -> {
            String term = open.getCode();
            inquiries.add(forward("SO", "SU", "Tove Hellström", "Umeå universitet", "Hej! Jag läser termin 4 på "
                    + "socionomprogrammet i Umeå och flyttar till Stockholm. Finns det en VFU-plats på Södermalm " + term
                    + ", gärna inom barn och unga?", today.minusDays(3)));
            inquiries.add(forward("RK", "SH", "Nadia Rahimi", "Göteborgs universitet", "Jag söker VFU " + term
                    + " i Rinkeby-Kista. Jag talar arabiska och somaliska och vill helst arbeta med mottagning eller "
                    + "ekonomiskt bistånd.", today.minusDays(9)));
            Inquiry karlstad = forward("RK", "SU", "Edvin Strömberg", "Karlstads universitet", "Min sambo har fått jobb "
                    + "i Kista och jag söker därför VFU i Stockholm " + term + ", gärna inom socialpsykiatri.",
                    today.minusDays(16));
            karlstad.acknowledge(at(today.minusDays(13)));
            inquiries.add(karlstad);
            Inquiry linne = forward("KU", "ESBH", "Lovisa Ekman", "Linnéuniversitetet", "Jag vill göra min VFU inom "
                    + "äldreomsorg eller funktionsnedsättning " + term + " och kan börja redan i januari.",
                    today.minusDays(12));
            linne.acknowledge(at(today.minusDays(10)));
            inquiries.add(linne);
            Inquiry early = forward("SO", "SH", "Viktor Lindahl", null, "Jag går termin 3 och vill gärna komma ut i "
                    + "praktik på Södermalm redan " + term + ".", today.minusDays(30));
            early.decline("VFU ingår i termin 5. Vi har tipsat om auskultation under termin 3 och om att söka VFU inför "
                    + "termin 5.", DemoLogins.university("SH"), at(today.minusDays(24)));
            inquiries.add(early);
            // made a request yesterday: the day DemoTerms dates the open term's requests to
            request(open, "SU", 2).ifPresent(request -> inquiries.add(madeRequest(request, "SO", "Jag läser termin 4 och "
                    + "vill göra min VFU på Södermalm, gärna inom ekonomiskt bistånd.", today.minusDays(40),
                    today.minusDays(1))));
        });
        term(TermStatus.CLOSED, "DESC").ifPresent(past -> {
            LocalDate deadline = past.getRequestDeadline();
            request(past, "SH", 0).ifPresent(request -> inquiries.add(madeRequest(request, "RK", "Jag vill göra VFU i "
                    + "Rinkeby-Kista " + past.getCode() + ", gärna inom barn och unga.", deadline.minusWeeks(8),
                    deadline.minusDays(5))));
            Inquiry placed = forward("HV", "SU", "Alicia Nyberg", "Mittuniversitetet", "Finns det VFU-platser i "
                    + "Hässelby-Vällingby " + past.getCode() + "?", deadline.minusWeeks(6));
            placed.decline("Studenten har fått VFU-plats genom sitt eget lärosäte.", DemoLogins.university("SU"),
                    at(deadline.minusWeeks(4)));
            inquiries.add(placed);
        });
        inquiries.forEach(this::persistAndTell);
        LOG.info(() -> "Demo inquiries written: " + inquiries.size());
    }

    /** An inquiry from the university's own student that the university made a request of: the request's student. */
    private Inquiry madeRequest(StudentRequest request, String district, String message, LocalDate received,
                                LocalDate made) {
        Inquiry inquiry = new Inquiry(district(district), request.getStudentName(), request.getStudentEmail(), null,
                message, received, request.getUniversity(), DemoLogins.district(district), at(received.plusDays(1)));
        inquiry.acknowledge(at(received.plusDays(3)));
        inquiry.turnedInto(request.getId(), DemoLogins.university(request.getUniversity().getCode()), at(made));
        return inquiry;
    }

    private Inquiry forward(String district, String university, String student, String homeUniversity, String message,
                            LocalDate received) {
        String email = Normalizer.normalize(student, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace(' ', '.') + STUDENT_DOMAIN;
        return new Inquiry(district(district), student, email, homeUniversity, message, received,
                em.createQuery("SELECT u FROM University u WHERE u.code = :code", University.class)
                        .setParameter("code", university).getSingleResult(),
                DemoLogins.district(district), at(received.plusDays(1)));
    }

    /** The inquiry, and the service's notice to its university's coordinators, read once they acknowledged it. */
    private void persistAndTell(Inquiry inquiry) {
        em.persist(inquiry);
        for (String coordinator : em.createQuery("SELECT u.username FROM AppUser u WHERE u.enabled = TRUE"
                        + " AND u.role = :role AND u.university = :university", String.class)
                .setParameter("role", Role.UNIVERSITY).setParameter("university", inquiry.getUniversity())
                .getResultList()) {
            Notification notice = new Notification(coordinator, InquiryService.forwardedNotice(inquiry),
                    inquiry.getForwardedAt());
            if (inquiry.getAcknowledgedAt() != null) {
                notice.markRead(inquiry.getAcknowledgedAt());
            }
            em.persist(notice);
        }
    }

    private Optional<Term> term(TermStatus status, String order) {
        return em.createQuery("SELECT t FROM Term t WHERE t.status = :status ORDER BY t.vfuStart " + order, Term.class)
                .setParameter("status", status).setMaxResults(1).getResultStream().findFirst();
    }

    private Optional<StudentRequest> request(Term term, String university, int index) {
        return em.createQuery("SELECT r FROM StudentRequest r WHERE r.term = :term AND r.university.code = :code"
                        + " ORDER BY r.id", StudentRequest.class).setParameter("term", term)
                .setParameter("code", university).setFirstResult(index).setMaxResults(1).getResultStream().findFirst();
    }

    private District district(String code) {
        return em.createQuery("SELECT d FROM District d WHERE d.code = :code", District.class)
                .setParameter("code", code).getSingleResult();
    }

    /** Ten in the morning of the day, or now if that is later: nothing in the demo happens in the future. */
    private Instant at(LocalDate day) {
        Instant morning = day.atTime(10, 0).atZone(StockholmTime.ZONE).toInstant();
        return morning.isAfter(now) ? now : morning;
    }
}
