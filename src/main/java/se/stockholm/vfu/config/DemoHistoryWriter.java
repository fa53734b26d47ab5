package se.stockholm.vfu.config;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.unit.Unit;

import java.time.Instant;
import java.util.List;

/** The demo users' changes that {@link DemoHistory} writes, one transaction per method. Demo start-up only. */
@Stateless
@PermitAll
public class DemoHistoryWriter {

    @PersistenceContext
    private EntityManager em;

    public void districtUpdatesItsOffer() {
        PlaceOffer offer = em.createQuery("SELECT p FROM PlaceOffer p WHERE p.unit.name = :unit", PlaceOffer.class)
                .setParameter("unit", "Beroendeenheten Södermalm").getSingleResult();
        offer.setLanguages(List.of("sv", "en"));
        offer.setNotes("Välkommen till Beroendeenheten! Engelsktalande student går bra.");
        Unit unit = offer.getUnit();
        unit.setContact("Maria Sandell", "maria.sandell@demo.vfu.stockholm.se");
    }

    public void centralUpdatesAUnitsContact() {
        Unit unit = em.createQuery("SELECT u FROM Unit u WHERE u.name = :name", Unit.class)
                .setParameter("name", "Ekonomiskt bistånd Kungsholmen").getSingleResult();
        unit.setContact("Kim Holmberg", "kim.holmberg@demo.vfu.stockholm.se");
    }

    public void universityWithdrawsARequest() {
        StudentRequest request = em.createQuery("SELECT r FROM StudentRequest r WHERE r.studentRef = :ref",
                StudentRequest.class).setParameter("ref", "su-vt2027-10").getSingleResult();
        Instant now = Instant.now();
        request.withdraw("Studenten gör VFU nästa termin i stället.", now);
        request.recordChange("su", now, false);
    }
}
