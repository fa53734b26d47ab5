package se.stockholm.vfu.evaluation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.config.DemoData;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.placement.PlacementStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;

import static se.stockholm.vfu.common.StockholmTime.ZONE;

/**
 * Gives the demo evaluation results on first start: for every placement the demo data completed, an answered
 * evaluation from the student and, most of the time, from the supervisor, with scores that differ a little by
 * district (a fixed seed, so every start looks the same) and a free text now and then. The links were "used", so
 * their tokens are thrown away. Logs a count only.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoEvaluations {

    private static final Logger LOG = Logger.getLogger(DemoEvaluations.class.getName());
    private static final String[] STUDENT_TEXTS = {
        "Mycket bra introduktion och en engagerad handledare.",
        "Jag hade önskat fler egna ärenden under andra halvan.",
        "Bra stämning i arbetsgruppen, lärde mig mycket om utredning.",
    };
    private static final String[] SUPERVISOR_TEXTS = {
        "Studenten var väl förberedd; mer kontakt med läraren hade hjälpt.",
        "Svårt att hinna med handledningen under semesterperioden.",
    };

    @EJB
    private DemoData demoData;

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void writeIfDemoWasLoaded() {
        if (!demoData.wasLoadedNow()) {
            return;
        }
        List<Placement> completed = em.createQuery("""
                        SELECT pl FROM Placement pl WHERE pl.status = :completed ORDER BY pl.id""", Placement.class)
                .setParameter("completed", PlacementStatus.COMPLETED).getResultList();
        Random random = new Random(12);
        int answers = 0;
        for (Placement placement : completed) {
            Instant ended = (placement.getEndedOn() == null ? placement.getTerm().getVfuEnd() : placement.getEndedOn())
                    .atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant();
            for (Respondent respondent : Respondent.values()) {
                if (respondent == Respondent.SUPERVISOR && (placement.getSupervisor() == null || random.nextInt(5) == 0)) {
                    continue;
                }
                EvaluationInvitation invitation = new EvaluationInvitation(placement, respondent,
                        EvaluationTokens.hash(EvaluationTokens.newToken()), ended, Duration.ofDays(30));
                em.persist(invitation);
                int lean = (int) (placement.getDistrict().getId() % 3);
                List<Integer> scores = List.of(score(random, lean), score(random, lean), score(random, lean),
                        score(random, lean));
                String[] texts = respondent == Respondent.STUDENT ? STUDENT_TEXTS : SUPERVISOR_TEXTS;
                String text = random.nextInt(3) == 0 ? texts[random.nextInt(texts.length)] : null;
                em.persist(EvaluationAnswer.of(invitation, scores, text,
                        ended.plus(Duration.ofDays(1 + random.nextInt(9)))));
                answers++;
            }
        }
        int written = answers;
        LOG.info(() -> "Demo evaluations written: " + written + " answer(s)");
    }

    /** A score of 1–5 around 3.5–4.5, a little lower or higher per district. */
    private static int score(Random random, int lean) {
        return Math.max(1, Math.min(5, 3 + lean / 2 + random.nextInt(3) - (random.nextInt(6) == 0 ? 2 : 0)));
    }
}
