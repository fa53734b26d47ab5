package se.stockholm.vfu.overview;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import se.stockholm.vfu.common.JpqlLiterals;
import se.stockholm.vfu.place.PlaceStatus;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.ReferenceLists;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.RequestStatus;
import se.stockholm.vfu.supervisor.TrainingStatus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dashboard's figures of one term, each from one grouped aggregate query (by district, university, area of work
 * or status), so their number stays fixed whatever the number of districts or rows ({@link DashboardTrend} has the
 * figures over the last terms). Optional district and university arguments narrow a figure to that scope;
 * {@link DashboardService} decides which scope a caller gets.
 */
@RequestScoped
class DashboardFigures {

    private static final String SUPERVISING = JpqlLiterals.of(Set.of(PlacementStatus.CONFIRMED,
            PlacementStatus.STARTED, PlacementStatus.COMPLETED));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReferenceLists referenceLists;

    Map<Long, Long> reportedByDistrict(long termId) {
        Map<Long, Long> reported = new HashMap<>();
        em.createQuery("""
                        SELECT p.district.id, SUM(p.places) FROM PlaceOffer p
                        WHERE p.term.id = :term AND p.status = :active GROUP BY p.district.id""", Tuple.class)
                .setParameter("term", termId)
                .setParameter("active", PlaceStatus.ACTIVE)
                .getResultList()
                .forEach(row -> reported.put(row.get(0, Long.class), row.get(1, Number.class).longValue()));
        return reported;
    }

    /** Requests (not withdrawn) by the district they name first: where students want to go. */
    Map<Long, Long> firstChoicesByDistrict(long termId) {
        Map<Long, Long> wanted = new HashMap<>();
        em.createQuery("""
                        SELECT r.district1.id, COUNT(r) FROM StudentRequest r
                        WHERE r.term.id = :term AND r.status <> :withdrawn AND r.district1 IS NOT NULL
                        GROUP BY r.district1.id""", Tuple.class)
                .setParameter("term", termId)
                .setParameter("withdrawn", RequestStatus.WITHDRAWN)
                .getResultList()
                .forEach(row -> wanted.put(row.get(0, Long.class), row.get(1, Long.class)));
        return wanted;
    }

    Map<Long, Long> requestsByUniversity(long termId) {
        Map<Long, Long> requests = new HashMap<>();
        em.createQuery("""
                        SELECT r.university.id, COUNT(r) FROM StudentRequest r
                        WHERE r.term.id = :term AND r.status <> :withdrawn GROUP BY r.university.id""", Tuple.class)
                .setParameter("term", termId)
                .setParameter("withdrawn", RequestStatus.WITHDRAWN)
                .getResultList()
                .forEach(row -> requests.put(row.get(0, Long.class), row.get(1, Long.class)));
        return requests;
    }

    /**
     * Placement counts by status, grouped by {@code groupBy}; optionally only a district's or a university's. Without
     * {@code withProposals} the proposals the central contact has not published are left out: districts and
     * universities do not see them in their placements lists ({@code PlacementService}), so their dashboards must
     * not count them either, not even in the city's total beside a district's own figures.
     */
    Map<Long, Map<PlacementStatus, Long>> placementsBy(String groupBy, long termId, Long districtId,
                                                       Long universityId, boolean withProposals) {
        Map<Long, Map<PlacementStatus, Long>> counts = new HashMap<>();
        StringBuilder jpql = new StringBuilder("SELECT " + groupBy + ", pl.status, COUNT(pl) FROM Placement pl"
                + " WHERE pl.term.id = :term");
        if (!withProposals) {
            jpql.append(" AND pl.status <> :proposed");
        }
        if (districtId != null) {
            jpql.append(" AND pl.district.id = :district");
        }
        if (universityId != null) {
            jpql.append(" AND pl.university.id = :university");
        }
        jpql.append(" GROUP BY ").append(groupBy).append(", pl.status");
        var query = em.createQuery(jpql.toString(), Tuple.class).setParameter("term", termId);
        if (districtId != null) {
            query.setParameter("district", districtId);
        }
        if (universityId != null) {
            query.setParameter("university", universityId);
        }
        if (!withProposals) {
            query.setParameter("proposed", PlacementStatus.PROPOSED);
        }
        query.getResultList().forEach(row -> counts
                .computeIfAbsent(row.get(0, Long.class), key -> new EnumMap<>(PlacementStatus.class))
                .put(row.get(1, PlacementStatus.class), row.get(2, Long.class)));
        return counts;
    }

    List<Breakdown> byArea(long termId, Long districtId, Long universityId) {
        Map<Long, Long> reported = new HashMap<>();
        if (universityId == null) {
            var query = em.createQuery("SELECT p.area.id, SUM(p.places) FROM PlaceOffer p WHERE p.term.id = :term"
                            + " AND p.status = :active" + (districtId == null ? "" : " AND p.district.id = :district")
                            + " GROUP BY p.area.id", Tuple.class)
                    .setParameter("term", termId)
                    .setParameter("active", PlaceStatus.ACTIVE);
            if (districtId != null) {
                query.setParameter("district", districtId);
            }
            query.getResultList()
                    .forEach(row -> reported.put(row.get(0, Long.class), row.get(1, Number.class).longValue()));
        }
        // only placed and completed are read, which a proposal never is
        Map<Long, Map<PlacementStatus, Long>> placed = placementsBy("pl.offer.area.id", termId, districtId,
                universityId, true);
        List<Breakdown> lines = new ArrayList<>();
        em.createQuery("SELECT a.id, a.code, a.nameSv FROM AreaOfWork a ORDER BY a.nameSv", Tuple.class)
                .getResultList().forEach(row -> {
                    long id = row.get(0, Long.class);
                    Map<PlacementStatus, Long> statuses = placed.getOrDefault(id, Map.of());
                    Long places = universityId == null ? reported.getOrDefault(id, 0L) : null;
                    if ((places != null && places > 0) || !statuses.isEmpty()) {
                        lines.add(new Breakdown(id, row.get(1, String.class), row.get(2, String.class), places, null,
                                placed(statuses), statuses.getOrDefault(PlacementStatus.COMPLETED, 0L)));
                    }
                });
        return lines;
    }

    /** Supervisor-training coverage per district (or the one district), in two grouped queries. */
    List<TrainingCoverage> training(long termId, Long districtId) {
        String scope = districtId == null ? "" : " AND s.unit.district.id = :district";
        Map<Long, long[]> all = new HashMap<>();
        var active = em.createQuery("""
                        SELECT s.unit.district.id, COUNT(s), SUM(CASE WHEN s.trainingStatus <> :none THEN 1 ELSE 0 END)
                        FROM Supervisor s WHERE s.active = TRUE""" + scope + " GROUP BY s.unit.district.id", Tuple.class)
                .setParameter("none", TrainingStatus.NONE);
        var supervising = em.createQuery("""
                        SELECT s.unit.district.id, COUNT(s), SUM(CASE WHEN s.trainingStatus <> :none THEN 1 ELSE 0 END)
                        FROM Supervisor s WHERE EXISTS (SELECT pl FROM Placement pl WHERE pl.supervisor = s
                              AND pl.term.id = :term AND pl.status IN %s)""".formatted(SUPERVISING) + scope
                        + " GROUP BY s.unit.district.id", Tuple.class)
                .setParameter("none", TrainingStatus.NONE)
                .setParameter("term", termId);
        if (districtId != null) {
            active.setParameter("district", districtId);
            supervising.setParameter("district", districtId);
        }
        active.getResultList().forEach(row -> {
            long[] counts = all.computeIfAbsent(row.get(0, Long.class), id -> new long[4]);
            counts[0] = row.get(1, Long.class);
            counts[1] = row.get(2, Number.class).longValue();
        });
        supervising.getResultList().forEach(row -> {
            long[] counts = all.computeIfAbsent(row.get(0, Long.class), id -> new long[4]);
            counts[2] = row.get(1, Long.class);
            counts[3] = row.get(2, Number.class).longValue();
        });
        List<TrainingCoverage> lines = new ArrayList<>();
        for (District district : districts()) {
            if (districtId == null || district.getId().equals(districtId)) {
                long[] counts = all.getOrDefault(district.getId(), new long[4]);
                lines.add(new TrainingCoverage(district.getCode(), district.getName(), counts[0], counts[1], counts[2],
                        counts[3]));
            }
        }
        return lines;
    }

    List<District> districts() {
        return referenceLists.getDistricts();
    }

    List<University> universities() {
        return referenceLists.getUniversities();
    }

    static long placed(Map<PlacementStatus, Long> statuses) {
        return PlacementStatus.PLACED.stream().mapToLong(s -> statuses.getOrDefault(s, 0L)).sum();
    }

    static long sum(Map<Long, Long> values) {
        return values.values().stream().mapToLong(Long::longValue).sum();
    }

    static Map<PlacementStatus, Long> total(Map<Long, Map<PlacementStatus, Long>> grouped) {
        Map<PlacementStatus, Long> total = new EnumMap<>(PlacementStatus.class);
        grouped.values().forEach(statuses -> statuses.forEach((status, count) -> total.merge(status, count, Long::sum)));
        return total;
    }
}
