package se.stockholm.vfu.config;

import jakarta.persistence.EntityManager;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.security.PasswordHasher;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.user.AppUser;

import java.util.ArrayList;
import java.util.List;

/**
 * The load test's data set (README, "Lasttest / Load test"): started with {@code VFU_DEMO_DATA=city} on an empty
 * embedded database, the demo loader writes the demo's story at city scale instead ({@link DemoTerms.Scale#CITY}):
 * ten finished terms HT2021–VT2026, the running HT2026 and the open VT2027, 14 districts, three universities, about
 * 150 places and 150 requests a term with their allocation runs, placements, placement histories and the districts'
 * notifications. Before that, this class adds what the demo does not have: the fourteenth district the letter of
 * intent counts (the city has had 13 since 2020, so the fourteenth is a stand-in, {@link #EXTRA_DISTRICT_CODE}) and
 * the load test's logins, all with {@link #PASSWORD}.
 */
final class CityScaleData {

    /** The load test's logins' password: a test data set only, like the demo's. */
    static final String PASSWORD = "vfu-load-test-2026";
    /** Central contacts {@code load-central-01…05}. */
    static final int CENTRAL_LOGINS = 5;
    /** District contacts {@code load-district-01…28}: two per district, in the order of the districts' ids. */
    static final int DISTRICT_LOGINS = 28;
    /** University coordinators {@code load-university-01…15}: five per university, in the order of their ids. */
    static final int UNIVERSITY_LOGINS = 15;
    static final String EXTRA_DISTRICT_CODE = "LT";

    private CityScaleData() {
    }

    /** The fourteenth district and the load test's logins (one bcrypt hash for all: cost 12 is slow on purpose). */
    static void districtsAndLogins(EntityManager em) {
        List<District> districts = em.createQuery("SELECT d FROM District d ORDER BY d.id", District.class)
                .getResultList();
        if (districts.size() < 14) {
            District extra = new District(EXTRA_DISTRICT_CODE, "Lasttest-SDF (fjortonde)");
            em.persist(extra);
            districts = new ArrayList<>(districts);
            districts.add(extra);
        }
        List<University> universities = em.createQuery("SELECT u FROM University u ORDER BY u.id", University.class)
                .getResultList();
        String hash = PasswordHasher.hash(PASSWORD.toCharArray());
        for (int i = 1; i <= CENTRAL_LOGINS; i++) {
            login(em, "load-central-%02d".formatted(i), Role.CENTRAL, null, null, hash);
        }
        for (int i = 1; i <= DISTRICT_LOGINS; i++) {
            login(em, "load-district-%02d".formatted(i), Role.DISTRICT, districts.get((i - 1) % districts.size()), null,
                    hash);
        }
        for (int i = 1; i <= UNIVERSITY_LOGINS; i++) {
            login(em, "load-university-%02d".formatted(i), Role.UNIVERSITY, null,
                    universities.get((i - 1) % universities.size()), hash);
        }
        em.flush();
    }

    private static void login(EntityManager em, String username, Role role, District district, University university,
                              String hash) {
        AppUser user = new AppUser(username, "Lasttest " + username, username + "@load.vfu.stockholm.se", hash);
        user.assign(role, district, university);
        em.persist(user);
    }
}
