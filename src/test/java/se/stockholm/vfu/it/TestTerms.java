package se.stockholm.vfu.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.term.Term;

/**
 * Test deployments only: removes a term a test made through the pages and that holds nothing, so that the shared
 * test database is left as it was (a term of the demo's years would join the demo's terms, an open one would become
 * the term users start in).
 */
@Stateless
@PermitAll
public class TestTerms {

    @PersistenceContext
    private EntityManager em;

    /** Removes the term with this code, if there is one. */
    public void remove(String code) {
        em.createQuery("SELECT t FROM Term t WHERE t.code = :code", Term.class).setParameter("code", code)
                .getResultList().forEach(em::remove);
    }
}
