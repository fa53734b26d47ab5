package se.stockholm.vfu.allocation.engine;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Random problems for the properties, drawn from few districts, areas and languages so that
 * preferences collide, exclusions and language requirements bite and capacity runs short.
 * Keys are given by position after generation, so every generated problem is valid.
 */
final class ProblemArbitraries {

    private static final List<String> DISTRICTS = List.of("Kungsholmen", "Rinkeby-Kista", "Skärholmen");
    private static final List<String> AREAS = List.of("Barn och unga", "Ekonomiskt bistånd");
    private static final List<Set<String>> LANGUAGE_SETS = List.of(Set.of("sv"), Set.of("sv", "en"), Set.of("en"));
    private static final List<Set<String>> REQUIRED_LANGUAGES = List.of(Set.of("sv"), Set.of("sv", "en"), Set.of());

    private ProblemArbitraries() {
    }

    static Arbitrary<AllocationProblem> problems(int maxStudents, int maxPlaces, int maxCapacity, int maxPreferences) {
        return problems(maxStudents, maxPlaces, maxCapacity, maxPreferences, false);
    }

    /**
     * Problems where three requests in four accept unranked places and half of those rank nothing
     * at all ("no preference"), so that several requests share each hub of the engine and hub
     * members compete with ranked requests for the same places.
     */
    static Arbitrary<AllocationProblem> mostlyOpenProblems(int maxStudents, int maxPlaces, int maxCapacity,
                                                           int maxPreferences) {
        return problems(maxStudents, maxPlaces, maxCapacity, maxPreferences, true);
    }

    private static Arbitrary<AllocationProblem> problems(int maxStudents, int maxPlaces, int maxCapacity,
                                                         int maxPreferences, boolean mostlyOpen) {
        return Combinators.combine(
                        place(maxCapacity).list().ofMaxSize(maxPlaces),
                        request(maxPlaces, maxPreferences, mostlyOpen).list().ofMaxSize(maxStudents),
                        fixedPick(maxStudents, maxPlaces).list().ofMaxSize(2),
                        Arbitraries.longs())
                .as(ProblemArbitraries::assemble);
    }

    private static Arbitrary<Place> place(int maxCapacity) {
        return Combinators.combine(
                        Arbitraries.of(DISTRICTS),
                        Arbitraries.of(AREAS),
                        Arbitraries.integers().between(0, maxCapacity),
                        Arbitraries.of(LANGUAGE_SETS),
                        Arbitraries.of(true, false))
                .as((district, area, capacity, languages, trained) ->
                        new Place("unkeyed", district, "Enhet", area, capacity, languages, trained));
    }

    private static Arbitrary<Request> request(int maxPlaces, int maxPreferences, boolean mostlyOpen) {
        Arbitrary<Preference> preference = Arbitraries.oneOf(
                Arbitraries.of(DISTRICTS).map(Preference.InDistrict::new),
                Arbitraries.of(AREAS).map(Preference.InArea::new),
                Combinators.combine(Arbitraries.of(DISTRICTS), Arbitraries.of(AREAS))
                        .as(Preference.InDistrictAndArea::new),
                Arbitraries.integers().between(0, maxPlaces).map(i -> new Preference.SinglePlace("P" + i)));
        Arbitrary<Boolean> acceptsUnranked = mostlyOpen
                ? Arbitraries.frequency(Tuple.of(1, false), Tuple.of(3, true))
                : Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true));
        Arbitrary<Boolean> ranksNothing = mostlyOpen ? Arbitraries.of(true, false) : Arbitraries.just(false);
        Arbitrary<Set<String>> excluded = mostlyOpen
                ? Arbitraries.of(Set.<String>of(), Set.of(DISTRICTS.get(0)))
                : Arbitraries.of(DISTRICTS).set().ofMaxSize(2);
        return Combinators.combine(
                        preference.list().ofMaxSize(maxPreferences),
                        acceptsUnranked,
                        ranksNothing,
                        excluded,
                        Arbitraries.of(REQUIRED_LANGUAGES),
                        Arbitraries.of(true, false))
                .as((preferences, unranked, nothing, excludedDistricts, languages, extraSupport) ->
                        new Request("unkeyed", unranked && nothing ? List.of() : preferences, unranked,
                                excludedDistricts, languages, extraSupport));
    }

    private static Arbitrary<int[]> fixedPick(int maxStudents, int maxPlaces) {
        return Combinators.combine(
                        Arbitraries.integers().between(0, maxStudents),
                        Arbitraries.integers().between(0, Math.max(0, maxPlaces - 1)))
                .as((student, place) -> new int[] {student, place});
    }

    /**
     * Keys places and students by position. A fixed pick names a student beyond the requests as
     * someone placed outside the portal; picks that would break capacity or fix a student twice are
     * dropped.
     */
    private static AllocationProblem assemble(List<Place> unkeyedPlaces, List<Request> unkeyedRequests,
                                              List<int[]> fixedPicks, long seed) {
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < unkeyedPlaces.size(); i++) {
            Place p = unkeyedPlaces.get(i);
            places.add(new Place("P" + i, p.district(), p.unit(), p.area(), p.capacity(), p.languages(),
                    p.supervisorTrained()));
        }
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < unkeyedRequests.size(); i++) {
            Request r = unkeyedRequests.get(i);
            requests.add(new Request("S" + i, r.preferences(), r.acceptsUnrankedPlaces(), r.excludedDistricts(),
                    r.requiredLanguages(), r.needsExtraSupport()));
        }
        Map<Integer, Integer> used = new HashMap<>();
        Set<String> fixedStudents = new HashSet<>();
        List<FixedAssignment> fixed = new ArrayList<>();
        for (int[] pick : fixedPicks) {
            String student = pick[0] < requests.size() ? "S" + pick[0] : "Outside" + pick[0];
            int place = pick[1];
            if (place < places.size() && used.getOrDefault(place, 0) < places.get(place).capacity()
                    && fixedStudents.add(student)) {
                used.merge(place, 1, Integer::sum);
                fixed.add(new FixedAssignment(student, "P" + place));
            }
        }
        return new AllocationProblem(requests, places, fixed, new AllocationOptions(seed));
    }
}
