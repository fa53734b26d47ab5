package se.stockholm.vfu.term;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hibernate.jpa.HibernateHints;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.security.Role;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reads terms for everyone signed in; the central contact and administrators open and change them. */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.DISTRICT_NAME, Role.UNIVERSITY_NAME})
public class TermService {

    @PersistenceContext
    private EntityManager em;

    /** All terms, newest first. */
    public List<Term> all() {
        return em.createQuery("SELECT t FROM Term t ORDER BY t.vfuStart DESC", Term.class).getResultList();
    }

    public Term byId(long id) {
        Term term = em.find(Term.class, id);
        if (term == null) {
            throw new NotFoundException();
        }
        return term;
    }

    public Optional<Term> byCode(String code) {
        return em.createQuery("SELECT t FROM Term t WHERE t.code = :code", Term.class)
                .setParameter("code", Term.codeOf(code))
                .getResultStream().findFirst();
    }

    /** The id of the term with this code (e.g. "VT2027", any case): the one way a URL's term becomes an id, or a 404. */
    public long idOf(String code) {
        // from the query cache: every call of a term's JSON lists names its term by code (persistence.xml)
        return em.createQuery("SELECT t.id FROM Term t WHERE t.code = :code", Long.class)
                .setParameter("code", Term.codeOf(code))
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
    }

    /** The term with this code (any case), or a 404: the term a URL names, for services that act within it. */
    public Term named(String code) {
        return byCode(code).orElseThrow(NotFoundException::new);
    }

    /** Opens a new term; there is one term per season and year. */
    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public long open(@NotNull @Valid TermForm form) {
        if (byCode(Term.codeOf(form.getSeason(), form.getYear())).isPresent()) {
            throw new InvalidInputException("year", "term.error.exists");
        }
        Term term = new Term(form.getSeason(), form.getYear(), form.getVfuStart(), form.getVfuEnd(),
                form.getReportingDeadline(), form.getRequestDeadline());
        term.setTargetPlaces(Math.toIntExact(form.getTargetPlaces()));
        term.changeStatus(form.getStatus());
        em.persist(term);
        em.flush();
        return term.getId();
    }

    /** Changes a term's period, deadlines, target and status (season and year stay), as read at the form's version. */
    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public void change(long termId, @NotNull @Valid TermForm form) {
        Term term = byId(termId);
        term.requireVersion(form.getVersion());
        term.reschedule(form.getVfuStart(), form.getVfuEnd(), form.getReportingDeadline(), form.getRequestDeadline());
        term.setTargetPlaces(Math.toIntExact(form.getTargetPlaces()));
        term.changeStatus(form.getStatus());
    }

    /**
     * The term people are working on today: the earliest one open for reporting or being allocated;
     * failing that, the latest that has not ended; failing that, the latest of all.
     */
    public Optional<Term> current(LocalDate today) {
        List<Term> terms = all();
        Optional<Term> inPreparation = terms.stream()
                .filter(t -> t.getStatus() == TermStatus.OPEN || t.getStatus() == TermStatus.ALLOCATION)
                .min(Comparator.comparing(Term::getVfuStart));
        if (inPreparation.isPresent()) {
            return inPreparation;
        }
        return terms.stream().filter(t -> !t.getVfuEnd().isBefore(today)).findFirst()
                .or(() -> terms.stream().findFirst());
    }
}
