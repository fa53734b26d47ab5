package se.stockholm.vfu.allocation.engine.bench;

import se.stockholm.vfu.allocation.engine.AllocationOptions;
import se.stockholm.vfu.allocation.engine.AllocationProblem;
import se.stockholm.vfu.allocation.engine.Place;
import se.stockholm.vfu.allocation.engine.Preference;
import se.stockholm.vfu.allocation.engine.Request;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random but plausible allocation problems. Districts are not equally popular (a few central ones
 * draw most wishes), so capacity runs short where students want to go even when there is enough of
 * it overall, which is the case that separates an optimal allocation from a greedy one. A share of
 * students need extra support, require English besides Swedish or exclude a district; a share given
 * by the caller have no preference at all.
 */
final class InstanceGenerator {

    static final List<String> DISTRICTS = List.of("Rinkeby-Kista", "Spånga-Tensta", "Hässelby-Vällingby", "Bromma",
            "Kungsholmen", "Norrmalm", "Östermalm", "Södermalm", "Enskede-Årsta-Vantör", "Skarpnäck", "Farsta",
            "Älvsjö", "Hägersten-Liljeholmen", "Skärholmen");
    static final List<String> AREAS = List.of("Barn och unga", "Ekonomiskt bistånd", "Vuxna/missbruk",
            "Socialpsykiatri", "Funktionsnedsättning", "Äldreomsorg", "Mottagning");

    private static final double EXTRA_SUPPORT_SHARE = 0.10;
    private static final double ENGLISH_SHARE = 0.10;
    private static final double EXCLUSION_SHARE = 0.10;
    private static final double TRAINED_SUPERVISOR_SHARE = 0.6;
    private static final double ENGLISH_PLACE_SHARE = 0.3;

    private final Random random;

    InstanceGenerator(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Students ranking districts and areas, the form the portal asks for, against the city's 100
     * places a term spread over the districts.
     */
    AllocationProblem districtsAndAreas(int students, int placesPerDistrict, int preferences,
                                        double noPreferenceShare) {
        List<Place> places = new ArrayList<>();
        for (String district : DISTRICTS) {
            for (int unit = 0; unit < placesPerDistrict; unit++) {
                places.add(place(places.size(), district, 1 + random.nextInt(2)));
            }
        }
        List<Request> requests = new ArrayList<>();
        for (int student = 0; student < students; student++) {
            Set<Preference> ranked = new LinkedHashSet<>();
            while (ranked.size() < preferences) {
                ranked.add(switch (random.nextInt(3)) {
                    case 0 -> new Preference.InDistrict(popularDistrict());
                    case 1 -> new Preference.InArea(AREAS.get(random.nextInt(AREAS.size())));
                    default -> new Preference.InDistrictAndArea(popularDistrict(),
                            AREAS.get(random.nextInt(AREAS.size())));
                });
            }
            requests.add(request(student, new ArrayList<>(ranked), noPreferenceShare));
        }
        return new AllocationProblem(requests, places, List.of(), new AllocationOptions(random.nextLong()));
    }

    /**
     * Students ranking single places, the general form. Capacities of 1 to 9 give about as much room
     * as there are students when there are five times as many students as places.
     */
    AllocationProblem singlePlaces(int students, int placeCount, int preferences, double noPreferenceShare) {
        List<Place> places = new ArrayList<>();
        List<List<Integer>> placesByDistrict = new ArrayList<>();
        DISTRICTS.forEach(district -> placesByDistrict.add(new ArrayList<>()));
        for (int number = 0; number < placeCount; number++) {
            int district = random.nextInt(DISTRICTS.size());
            placesByDistrict.get(district).add(number);
            places.add(place(number, DISTRICTS.get(district), 1 + random.nextInt(9)));
        }
        List<Request> requests = new ArrayList<>();
        for (int student = 0; student < students; student++) {
            Set<Preference> ranked = new LinkedHashSet<>();
            while (ranked.size() < Math.min(preferences, placeCount)) {
                List<Integer> inDistrict = placesByDistrict.get(DISTRICTS.indexOf(popularDistrict()));
                if (!inDistrict.isEmpty()) {
                    int place = inDistrict.get(random.nextInt(inDistrict.size()));
                    ranked.add(new Preference.SinglePlace(places.get(place).key()));
                }
            }
            requests.add(request(student, new ArrayList<>(ranked), noPreferenceShare));
        }
        return new AllocationProblem(requests, places, List.of(), new AllocationOptions(random.nextLong()));
    }

    private Place place(int number, String district, int capacity) {
        Set<String> languages = random.nextDouble() < ENGLISH_PLACE_SHARE ? Set.of("sv", "en") : Set.of("sv");
        return new Place("P" + number, district, "Enhet " + number, AREAS.get(random.nextInt(AREAS.size())),
                capacity, languages, random.nextDouble() < TRAINED_SUPERVISOR_SHARE);
    }

    private Request request(int number, List<Preference> ranked, double noPreferenceShare) {
        boolean noPreference = random.nextDouble() < noPreferenceShare;
        Set<String> excluded = random.nextDouble() < EXCLUSION_SHARE
                ? Set.of(DISTRICTS.get(random.nextInt(DISTRICTS.size()))) : Set.of();
        Set<String> languages = random.nextDouble() < ENGLISH_SHARE ? Set.of("sv", "en") : Set.of("sv");
        return new Request("S" + number, noPreference ? List.of() : ranked, noPreference, excluded, languages,
                random.nextDouble() < EXTRA_SUPPORT_SHARE);
    }

    /** A district drawn with weight 1/(position+1): the first in the list are wanted the most. */
    private String popularDistrict() {
        double total = 0;
        for (int i = 0; i < DISTRICTS.size(); i++) {
            total += 1.0 / (i + 1);
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < DISTRICTS.size(); i++) {
            draw -= 1.0 / (i + 1);
            if (draw < 0) {
                return DISTRICTS.get(i);
            }
        }
        return DISTRICTS.get(DISTRICTS.size() - 1);
    }
}
