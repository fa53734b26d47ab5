package se.stockholm.vfu.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.common.NotFoundException;

import java.util.List;

/** Reads the reference data every signed-in user may see: universities, districts and areas of work. */
@Stateless
@PermitAll
public class ReferenceDataService {

    @PersistenceContext
    private EntityManager em;

    public List<University> universities() {
        return em.createQuery("SELECT u FROM University u WHERE u.active = TRUE ORDER BY u.code", University.class)
                .getResultList();
    }

    public List<District> districts() {
        return em.createQuery("SELECT d FROM District d WHERE d.active = TRUE ORDER BY d.name", District.class)
                .getResultList();
    }

    public List<AreaOfWork> areasOfWork() {
        return em.createQuery("SELECT a FROM AreaOfWork a WHERE a.active = TRUE ORDER BY a.nameSv", AreaOfWork.class)
                .getResultList();
    }

    public District district(long id) {
        District district = em.find(District.class, id);
        if (district == null) {
            throw new NotFoundException();
        }
        return district;
    }

    public University university(long id) {
        University university = em.find(University.class, id);
        if (university == null) {
            throw new NotFoundException();
        }
        return university;
    }

    public AreaOfWork areaOfWork(long id) {
        AreaOfWork area = em.find(AreaOfWork.class, id);
        if (area == null) {
            throw new NotFoundException();
        }
        return area;
    }
}
