package se.stockholm.vfu.support;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Retention of concerns: a concern's text is about the student, so it goes with the placement's free text, once the
 * placement's term ended before the placements' limit (in the record and its history). Status, who and when stay.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SupportRetention {

    /** What an anonymised concern says. */
    public static final String ANONYMISED_TEXT = "-";

    @PersistenceContext
    private EntityManager em;

    /** Clears the text of concerns on placements of terms that ended before {@code before}; returns how many. */
    public int anonymise(LocalDate before, Instant now) {
        String ofOldTerms = " WHERE placement_id IN (SELECT p.id FROM placement p JOIN term t ON t.id = p.term_id"
                + " WHERE t.vfu_end < :before)";
        int done = em.createNativeQuery("UPDATE placement_concern SET text = :text, anonymised_at = :now,"
                        + " version = version + 1" + ofOldTerms + " AND anonymised_at IS NULL")
                .setParameter("text", ANONYMISED_TEXT).setParameter("now", now).setParameter("before", before)
                .executeUpdate();
        em.createNativeQuery("UPDATE placement_concern_aud SET text = :text" + ofOldTerms)
                .setParameter("text", ANONYMISED_TEXT).setParameter("before", before).executeUpdate();
        return done;
    }
}
