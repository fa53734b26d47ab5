package se.stockholm.vfu.it;

import jakarta.persistence.EntityManager;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.unit.Unit;

/**
 * A browser scenario's own unit in Rinkeby-Kista (the test contact's district), in child and youth care: found by its
 * name, or made on the first run, as the test database outlives runs. Its own, so the scenario's places, supervisors
 * and placements never add to the units other tests look up.
 */
final class RinkebyUnits {

    private RinkebyUnits() {
    }

    static Unit named(EntityManager em, String name) {
        return em.createQuery("SELECT u FROM Unit u WHERE u.name = :name", Unit.class).setParameter("name", name)
                .getResultStream().findFirst().orElseGet(() -> {
                    District rinkeby = em.createQuery("SELECT d FROM District d WHERE d.code = 'RK'", District.class)
                            .getSingleResult();
                    AreaOfWork area = em.createQuery("SELECT a FROM AreaOfWork a WHERE a.code = 'BOU'",
                            AreaOfWork.class).getSingleResult();
                    Unit made = new Unit(rinkeby, area, name);
                    em.persist(made);
                    return made;
                });
    }
}
