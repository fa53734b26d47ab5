package se.stockholm.vfu.allocation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import se.stockholm.vfu.allocation.engine.AllocationOptions;
import se.stockholm.vfu.allocation.engine.AllocationProblem;
import se.stockholm.vfu.allocation.engine.Assignment;
import se.stockholm.vfu.allocation.engine.FixedAssignment;
import se.stockholm.vfu.allocation.engine.Place;
import se.stockholm.vfu.allocation.engine.Preference;
import se.stockholm.vfu.allocation.engine.Request;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.place.PlaceStatus;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.request.RequestStatus;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.supervisor.TrainingStatus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a term's requests, place offers and kept placements into the engine's problem, in six queries whatever the
 * number of students. Keys are readable so that a stored snapshot can be read by a person: a request's id, an
 * offer's id, district and area codes.
 * <p>
 * <b>Preferences.</b> A request ranks up to three districts and up to three areas of work. They reduce to one list:
 * first every (district, area) pair, by district rank and then area rank, so that a student who asked for both gets
 * both if possible; then the districts alone; then the areas alone. With districts only or areas only the list is
 * just those. "No preference" is an empty list that accepts any place.
 * <p>
 * <b>Who is in the pool.</b> Requests that are not withdrawn, except students whose placement this term was
 * interrupted: they had their field placement, and a new one is the central contact's decision, not a run's.
 * <p>
 * <b>Declined offers.</b> An offer whose district declined the student is an excluded place for that student.
 * <p>
 * <b>Kept placements.</b> Placements that are published or later, and locked proposals, are fixed assignments: a run
 * never moves them and they use their place's capacity.
 */
final class AllocationInput {

    /** What the engine is given, with the requests behind its keys and the names behind its codes. */
    record Snapshot(AllocationProblem problem, Map<String, StudentRequest> requests, Map<String, String> districtNames,
                    Map<String, String> areaNames) {
    }

    /** What the engine needs of an active offer (see {@link #load}). */
    record OfferRow(long id, String districtCode, String unitName, String areaCode, int places, String languages,
                    TrainingStatus supervisorTraining) {
    }

    private AllocationInput() {
    }

    /** Every district's name by its code, for the shortage of a run (stored with codes) or of a preview. */
    static Map<String, String> districtNames(EntityManager em) {
        return em.createQuery("SELECT d.code, d.name FROM District d", Tuple.class).getResultStream()
                .collect(Collectors.toMap(r -> r.get(0, String.class), r -> r.get(1, String.class)));
    }

    /**
     * Every area of work's Swedish name by its code, for the shortage of a run or of a preview: also an area no place
     * of the term is in, which a student may have asked for (the shortage said "EKB"). Pages name them in their
     * language ({@code ReferenceLists.areaName}).
     */
    static Map<String, String> areaNames(EntityManager em) {
        return em.createQuery("SELECT a.code, a.nameSv FROM AreaOfWork a", Tuple.class).getResultStream()
                .collect(Collectors.toMap(r -> r.get(0, String.class), r -> r.get(1, String.class)));
    }

    static Snapshot load(EntityManager em, long termId, long seed) {
        List<StudentRequest> requests = em.createQuery("""
                        SELECT r FROM StudentRequest r LEFT JOIN FETCH r.university
                        LEFT JOIN FETCH r.area1 LEFT JOIN FETCH r.area2 LEFT JOIN FETCH r.area3
                        LEFT JOIN FETCH r.district1 LEFT JOIN FETCH r.district2 LEFT JOIN FETCH r.district3
                        WHERE r.term.id = :term AND r.status <> :withdrawn
                        AND NOT EXISTS (SELECT pl FROM Placement pl WHERE pl.request = r AND pl.status = :interrupted)
                        ORDER BY r.id""", StudentRequest.class)
                .setParameter("term", termId).setParameter("withdrawn", RequestStatus.WITHDRAWN)
                .setParameter("interrupted", PlacementStatus.INTERRUPTED).getResultList();
        Map<Long, Set<String>> exclusions = new HashMap<>();
        em.createQuery("SELECT r.id, d.code FROM StudentRequest r JOIN r.exclusions d WHERE r.term.id = :term",
                        Tuple.class).setParameter("term", termId).getResultList()
                .forEach(row -> exclusions.computeIfAbsent(row.get(0, Long.class), id -> new HashSet<>())
                        .add(row.get(1, String.class)));
        Map<Long, Set<String>> declined = declinedOffers(em, termId);
        // the offers as rows, not entities: a term can hold thousands, and the engine needs a few columns of each;
        // loading them as entities (with district, unit, area and supervisor) was most of a summary's time, and
        // every later query and the commit then dirty-checked them all (docs/performance.md)
        List<OfferRow> offers = em.createQuery("""
                        SELECT p.id, d.code, u.name, a.code, p.places, p.languages, s.trainingStatus
                        FROM PlaceOffer p JOIN p.district d JOIN p.unit u JOIN p.area a LEFT JOIN p.supervisor s
                        WHERE p.term.id = :term AND p.status = :active ORDER BY p.id""", Tuple.class)
                .setParameter("term", termId).setParameter("active", PlaceStatus.ACTIVE).getResultList().stream()
                .map(row -> new OfferRow(row.get(0, Long.class), row.get(1, String.class), row.get(2, String.class),
                        row.get(3, String.class), row.get(4, Integer.class), row.get(5, String.class),
                        row.get(6, TrainingStatus.class)))
                .toList();
        List<Tuple> kept = em.createQuery("""
                        SELECT pl.request.id, pl.offer.id FROM Placement pl WHERE pl.term.id = :term
                        AND (pl.status IN :committed OR (pl.status = :proposed AND pl.locked = TRUE))
                        ORDER BY pl.id""", Tuple.class)
                .setParameter("term", termId).setParameter("committed", PlacementStatus.COMMITTED)
                .setParameter("proposed", PlacementStatus.PROPOSED).getResultList();

        Map<String, StudentRequest> requestByKey = requests.stream()
                .collect(Collectors.toMap(AllocationInput::key, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        Set<String> offerKeys = new HashSet<>();
        // every district and area by name, not only those with places: a shortage names the ones asked for
        Map<String, String> districtNames = districtNames(em);
        Map<String, String> areaNames = areaNames(em);
        List<Place> places = new ArrayList<>();
        for (OfferRow offer : offers) {
            String key = String.valueOf(offer.id());
            offerKeys.add(key);
            places.add(new Place(key, offer.districtCode(), offer.unitName(), offer.areaCode(), offer.places(),
                    new HashSet<>(PlaceOffer.languageList(offer.languages())),
                    offer.supervisorTraining() == TrainingStatus.COMPLETED));
        }
        List<FixedAssignment> fixed = new ArrayList<>();
        for (Tuple placement : kept) {
            String student = String.valueOf(placement.get(0, Long.class));
            String place = String.valueOf(placement.get(1, Long.class));
            // a kept placement on an offer withdrawn since cannot be given to the engine; withdrawal is refused
            // while an offer holds placements, so this only guards against data changed outside the portal
            if (requestByKey.containsKey(student) && offerKeys.contains(place)) {
                fixed.add(new FixedAssignment(student, place));
            }
        }
        List<Request> engineRequests = requests.stream()
                .map(r -> request(r, exclusions.getOrDefault(r.getId(), Set.of()),
                        declined.getOrDefault(r.getId(), Set.of()))).toList();
        return new Snapshot(new AllocationProblem(engineRequests, places, fixed, new AllocationOptions(seed)),
                requestByKey, districtNames, areaNames);
    }

    /**
     * The offers behind the places a run proposes, by the engine's place key, in one query: the snapshot reads every
     * offer as a row, and a proposal needs the entity of its own offer only (it takes a seat of it).
     */
    static Map<String, PlaceOffer> proposedOffers(EntityManager em, long termId, Collection<Assignment> assignments) {
        List<Long> ids = assignments.stream().filter(a -> !a.fixed()).map(a -> Long.valueOf(a.placeKey()))
                .distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT p FROM PlaceOffer p WHERE p.term.id = :term AND p.id IN :ids", PlaceOffer.class)
                .setParameter("term", termId).setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(offer -> String.valueOf(offer.getId()), Function.identity()));
    }

    static String key(StudentRequest request) {
        return String.valueOf(request.getId());
    }

    /** Per request of the term, the offers whose district declined the student: never proposed there again. */
    static Map<Long, Set<String>> declinedOffers(EntityManager em, long termId) {
        Map<Long, Set<String>> declined = new HashMap<>();
        em.createQuery("SELECT pl.request.id, pl.offer.id FROM Placement pl WHERE pl.term.id = :term"
                        + " AND pl.status = :declined", Tuple.class)
                .setParameter("term", termId).setParameter("declined", PlacementStatus.DECLINED).getResultList()
                .forEach(row -> declined.computeIfAbsent(row.get(0, Long.class), id -> new HashSet<>())
                        .add(String.valueOf(row.get(1, Long.class))));
        return declined;
    }

    /**
     * The engine's view of one request; see the class comment for how the ranked lists are merged. Offers a district
     * declined the student for are excluded places.
     */
    static Request request(StudentRequest request, Set<String> excludedDistricts, Set<String> declinedOffers) {
        List<String> districts = request.getDistrictPreferences().stream().filter(Objects::nonNull)
                .map(District::getCode).toList();
        List<String> areas = request.getAreaPreferences().stream().filter(Objects::nonNull)
                .map(AreaOfWork::getCode).toList();
        Set<Preference> preferences = new LinkedHashSet<>();
        for (String district : districts) {
            for (String area : areas) {
                preferences.add(new Preference.InDistrictAndArea(district, area));
            }
        }
        districts.forEach(district -> preferences.add(new Preference.InDistrict(district)));
        areas.forEach(area -> preferences.add(new Preference.InArea(area)));
        boolean noPreference = request.isNoPreference() || preferences.isEmpty();
        return new Request(key(request), List.copyOf(preferences), noPreference, excludedDistricts,
                new HashSet<>(request.getLanguages()), request.isExtraSupport(), declinedOffers);
    }
}
