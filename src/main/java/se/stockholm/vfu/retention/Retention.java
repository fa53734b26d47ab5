package se.stockholm.vfu.retention;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.config.PortalSettings;
import se.stockholm.vfu.support.SupportRetention;
import se.stockholm.vfu.visit.VisitRetention;
import se.stockholm.vfu.evaluation.EvaluationRetention;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Anonymises students' personal data past its retention limit ({@link RetentionLimits}) in the records and in their
 * change history (the {@code _aud} rows) in one transaction, so that no trace of the student's identity is left
 * behind in either; the read log points to students by internal id and needs no rewrite. Written as plain SQL so
 * the anonymisation adds no new history rows that would carry the data again.
 * <p>
 * Server-side only: no page, resource or remote view reaches it; the nightly {@link RetentionJob} and the
 * administrator's {@link RetentionService#runNow()} call it.
 */
@Stateless
@PermitAll
public class Retention {

    /** What an anonymised student is called: a placeholder, the same for everyone. */
    public static final String ANONYMISED_NAME = "Anonymiserad";
    /** The placeholder e-mail's domain: .invalid never resolves (RFC 2606). */
    public static final String ANONYMISED_DOMAIN = "@anonymised.invalid";

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());
    /** Ids per statement: keeps IN lists and transactions of a large first run to a sane size. */
    private static final int CHUNK = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortalSettings settings;

    @Inject
    private SupportRetention supportRetention;

    @Inject
    private VisitRetention visitRetention;

    @Inject
    private EvaluationRetention evaluationRetention;

    /** Anonymises what is older than the limits at {@code now}; records and returns what it did. */
    public RetentionReport run(Instant now, String trigger, String by) {
        RetentionLimits limits = RetentionLimits.at(now, settings);
        int requests = requests(limits, now);
        int placements = placements(limits, now);
        // concerns go with their placement's free text, bookings once their visit is as old (counted in the log line)
        int concerns = supportRetention.anonymise(limits.placementsBefore(), now);
        int bookings = visitRetention.anonymise(limits.placementsBefore(), now);
        int inquiries = inquiries(limits, now);
        int notifications = em.createNativeQuery("DELETE FROM notification WHERE created_at < :before")
                .setParameter("before", RetentionLimits.startOf(limits.notificationsBefore())).executeUpdate();
        int evaluations = evaluationRetention.run(now);
        if (evaluations > 0) {
            LOG.info(() -> "Retention: " + evaluations + " evaluation invitation(s) removed, their answers anonymised");
        }
        int candidates = candidates(now);
        RetentionRun run = new RetentionRun(now, by, trigger, limits, requests, placements, inquiries, notifications);
        run.setCandidates(candidates);
        em.persist(run);
        em.flush();
        RetentionReport report = run.toReport();
        LOG.info(() -> "Retention run " + report.id() + " (" + trigger + "): anonymised " + report.summary()
                + " concerns=" + concerns + " bookings=" + bookings);
        return report;
    }

    /** Student requests of terms that ended before the limit: identity, contact, free text and exclusions. */
    private int requests(RetentionLimits limits, Instant now) {
        List<Long> ids = ids("""
                SELECT r.id FROM student_request r JOIN term t ON t.id = r.term_id
                WHERE t.vfu_end < :before AND r.anonymised_at IS NULL ORDER BY r.id""", limits.requestsBefore());
        for (List<Long> chunk : chunks(ids)) {
            String identity = """
                    student_ref = CONCAT('anon-', id), student_name = :name,
                    student_email = CONCAT('anon-', id, :domain), home_university = NULL,
                    extra_support_note = NULL, notes = NULL, withdrawal_reason = NULL""";
            // the version moves on, so a form still open on the old values cannot write them back; naming no tables
            // (no synchronized query space), the update makes Hibernate drop every cached query (RetentionIT)
            em.createNativeQuery("UPDATE student_request SET " + identity
                            + ", anonymised_at = :now, version = version + 1 WHERE id IN (:ids)")
                    .setParameter("name", ANONYMISED_NAME).setParameter("domain", ANONYMISED_DOMAIN)
                    .setParameter("now", now).setParameter("ids", chunk).executeUpdate();
            em.createNativeQuery("UPDATE student_request_aud SET " + identity + " WHERE id IN (:ids)")
                    .setParameter("name", ANONYMISED_NAME).setParameter("domain", ANONYMISED_DOMAIN)
                    .setParameter("ids", chunk).executeUpdate();
            // where the student has worked or been a client: sensitive, and of no use once the term is long over
            em.createNativeQuery("DELETE FROM student_request_exclusion WHERE request_id IN (:ids)")
                    .setParameter("ids", chunk).executeUpdate();
            em.createNativeQuery("DELETE FROM student_request_exclusion_aud WHERE request_id IN (:ids)")
                    .setParameter("ids", chunk).executeUpdate();
        }
        return ids.size();
    }

    /** Placements of terms that ended before the limit: the free-text reasons, in the placement and its events. */
    private int placements(RetentionLimits limits, Instant now) {
        List<Long> ids = ids("""
                SELECT p.id FROM placement p JOIN term t ON t.id = p.term_id
                WHERE t.vfu_end < :before AND p.anonymised_at IS NULL ORDER BY p.id""", limits.placementsBefore());
        for (List<Long> chunk : chunks(ids)) {
            em.createNativeQuery("UPDATE placement SET reason = NULL, anonymised_at = :now, version = version + 1"
                    + " WHERE id IN (:ids)").setParameter("now", now).setParameter("ids", chunk).executeUpdate();
            em.createNativeQuery("UPDATE placement_aud SET reason = NULL WHERE id IN (:ids)")
                    .setParameter("ids", chunk).executeUpdate();
            em.createNativeQuery("UPDATE placement_event SET reason = NULL WHERE placement_id IN (:ids)")
                    .setParameter("ids", chunk).executeUpdate();
        }
        return ids.size();
    }

    /** Inquiries closed (or, never closed, forwarded) before the limit: the student's name, e-mail and message. */
    private int inquiries(RetentionLimits limits, Instant now) {
        List<Long> ids = ids("""
                SELECT i.id FROM inquiry i
                WHERE COALESCE(i.closed_at, i.forwarded_at) < :before AND i.anonymised_at IS NULL ORDER BY i.id""",
                RetentionLimits.startOf(limits.inquiriesBefore()));
        for (List<Long> chunk : chunks(ids)) {
            String identity = """
                    student_name = :name, student_email = CONCAT('anon-', id, :domain), home_university = NULL,
                    message = '', decline_reason = NULL""";
            em.createNativeQuery("UPDATE inquiry SET " + identity + ", anonymised_at = :now, version = version + 1"
                            + " WHERE id IN (:ids)")
                    .setParameter("name", ANONYMISED_NAME).setParameter("domain", ANONYMISED_DOMAIN)
                    .setParameter("now", now).setParameter("ids", chunk).executeUpdate();
            em.createNativeQuery("UPDATE inquiry_aud SET " + identity + " WHERE id IN (:ids)")
                    .setParameter("name", ANONYMISED_NAME).setParameter("domain", ANONYMISED_DOMAIN)
                    .setParameter("ids", chunk).executeUpdate();
        }
        return ids.size();
    }

    /**
     * Trainee-post candidates (recruitment) whose last step is older than their limit: name, e-mail, student reference
     * and the reasons of their steps, in the record, its history and its steps. Status, dates and the link to the
     * placement stay, so the funnel's figures do not change.
     */
    private int candidates(Instant now) {
        java.time.LocalDate before = java.time.LocalDate.ofInstant(now, se.stockholm.vfu.common.StockholmTime.ZONE)
                .minusMonths(settings.retentionMonths(PortalSettings.Retention.CANDIDATES));
        List<Long> ids = ids("SELECT c.id FROM candidate c WHERE c.status_on < :before AND c.anonymised_at IS NULL"
                + " ORDER BY c.id", before);
        for (List<Long> chunk : chunks(ids)) {
            em.createNativeQuery("UPDATE candidate SET name = :name, email = NULL, student_ref = NULL, left_reason = NULL,"
                            + " anonymised_at = :now, version = version + 1 WHERE id IN (:ids)")
                    .setParameter("name", ANONYMISED_NAME).setParameter("now", now).setParameter("ids", chunk)
                    .executeUpdate();
            em.createNativeQuery("UPDATE candidate_aud SET name = :name, email = NULL, student_ref = NULL,"
                            + " left_reason = NULL WHERE id IN (:ids)")
                    .setParameter("name", ANONYMISED_NAME).setParameter("ids", chunk).executeUpdate();
            em.createNativeQuery("UPDATE candidate_step SET reason = NULL WHERE candidate_id IN (:ids)")
                    .setParameter("ids", chunk).executeUpdate();
        }
        return ids.size();
    }

    private List<Long> ids(String sql, Object before) {
        List<?> rows = em.createNativeQuery(sql).setParameter("before", before).getResultList();
        return rows.stream().map(row -> ((Number) Objects.requireNonNull(row)).longValue()).toList();
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return chunks;
    }
}
