package se.stockholm.vfu.visit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Retention of bookings: the student's name, e-mail address and reference go (in the record and its history) once
 * the visit is older than the placements' limit; the booking itself stays for the counts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class VisitRetention {

    @PersistenceContext
    private EntityManager em;

    /** Anonymises bookings on visits dated before {@code before}; returns how many. */
    public int anonymise(LocalDate before, Instant now) {
        String oldVisits = " WHERE visit_id IN (SELECT v.id FROM observation_visit v WHERE v.visit_date < :before)";
        int done = em.createNativeQuery("UPDATE observation_booking SET student_name = NULL, student_email = NULL,"
                        + " student_ref = CONCAT('anon-', id), anonymised_at = :now, version = version + 1" + oldVisits
                        + " AND anonymised_at IS NULL")
                .setParameter("now", now).setParameter("before", before).executeUpdate();
        em.createNativeQuery("UPDATE observation_booking_aud SET student_name = NULL, student_email = NULL,"
                + " student_ref = CONCAT('anon-', id)" + oldVisits).setParameter("before", before).executeUpdate();
        return done;
    }
}
