package se.stockholm.vfu.overview;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import se.stockholm.vfu.place.PlaceStatus;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.request.RequestStatus;
import se.stockholm.vfu.term.Term;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dashboard's trend: its scope's places reported, requests, placed and completed students over the last terms, in
 * three grouped queries whatever the number of terms (the chart and its table; {@link DashboardFigures} has the
 * figures of one term). Optional district and university arguments narrow it to that scope.
 */
@RequestScoped
class DashboardTrend {

    /** How many terms a trend shows, ending with the term of the dashboard. */
    static final int TERMS = 8;

    @PersistenceContext
    private EntityManager em;

    /**
     * The terms of a trend, by the id of the term it ends with: the central overview's two trend charts (the city's
     * and one district's) come from two service calls in one request and share them. Request scope, so never stale.
     */
    private final Map<Long, List<Term>> trendTerms = new HashMap<>();

    /** The scope's figures over the last {@link #TERMS} terms up to {@code term}, in three grouped queries. */
    List<TrendPoint> of(Term term, Long districtId, Long universityId) {
        List<Term> terms = trendTerms.computeIfAbsent(term.getId(), id -> em.createQuery(
                        "SELECT t FROM Term t WHERE t.vfuStart <= :start ORDER BY t.vfuStart DESC", Term.class)
                .setParameter("start", term.getVfuStart()).setMaxResults(TERMS).getResultList());
        // the trend's terms as the range of their starts, not as a list of ids: a list parameter would make
        // Hibernate translate each query again on every call (common.JpqlLiterals); a term of the range beyond the
        // last TERMS (two starting the same day) only adds a row that no point reads
        LocalDate oldest = terms.get(terms.size() - 1).getVfuStart();
        LocalDate newest = terms.get(0).getVfuStart();
        Map<Long, Long> reported = new HashMap<>();
        var reportedQuery = em.createQuery("SELECT t.id, SUM(p.places) FROM PlaceOffer p JOIN p.term t"
                        + " WHERE t.vfuStart BETWEEN :oldest AND :newest"
                        + " AND p.status = :active" + (districtId == null ? "" : " AND p.district.id = :district")
                        + " GROUP BY t.id", Tuple.class)
                .setParameter("oldest", oldest).setParameter("newest", newest)
                .setParameter("active", PlaceStatus.ACTIVE);
        if (districtId != null) {
            reportedQuery.setParameter("district", districtId);
        }
        reportedQuery.getResultList()
                .forEach(row -> reported.put(row.get(0, Long.class), row.get(1, Number.class).longValue()));
        Map<Long, Long> requests = new HashMap<>();
        String requestScope = districtId != null ? " AND r.district1.id = :scope"
                : universityId != null ? " AND r.university.id = :scope" : "";
        var requestQuery = em.createQuery("SELECT t.id, COUNT(r) FROM StudentRequest r JOIN r.term t"
                        + " WHERE t.vfuStart BETWEEN :oldest AND :newest"
                        + " AND r.status <> :withdrawn" + requestScope + " GROUP BY t.id", Tuple.class)
                .setParameter("oldest", oldest).setParameter("newest", newest)
                .setParameter("withdrawn", RequestStatus.WITHDRAWN);
        if (districtId != null || universityId != null) {
            requestQuery.setParameter("scope", districtId != null ? districtId : universityId);
        }
        requestQuery.getResultList().forEach(row -> requests.put(row.get(0, Long.class), row.get(1, Long.class)));
        Map<Long, Map<PlacementStatus, Long>> placements = new HashMap<>();
        String placementScope = districtId != null ? " AND pl.district.id = :scope"
                : universityId != null ? " AND pl.university.id = :scope" : "";
        var placementQuery = em.createQuery("SELECT t.id, pl.status, COUNT(pl) FROM Placement pl JOIN pl.term t"
                        + " WHERE t.vfuStart BETWEEN :oldest AND :newest" + placementScope
                        + " GROUP BY t.id, pl.status", Tuple.class)
                .setParameter("oldest", oldest).setParameter("newest", newest);
        if (districtId != null || universityId != null) {
            placementQuery.setParameter("scope", districtId != null ? districtId : universityId);
        }
        placementQuery.getResultList().forEach(row -> placements
                .computeIfAbsent(row.get(0, Long.class), id -> new EnumMap<>(PlacementStatus.class))
                .put(row.get(1, PlacementStatus.class), row.get(2, Long.class)));
        List<TrendPoint> points = new ArrayList<>();
        for (int i = terms.size() - 1; i >= 0; i--) {
            Term t = terms.get(i);
            Map<PlacementStatus, Long> statuses = placements.getOrDefault(t.getId(), Map.of());
            points.add(new TrendPoint(t.getCode(), t.getTargetPlaces(),
                    universityId == null ? reported.getOrDefault(t.getId(), 0L) : null,
                    requests.getOrDefault(t.getId(), 0L), DashboardFigures.placed(statuses),
                    statuses.getOrDefault(PlacementStatus.COMPLETED, 0L)));
        }
        return points;
    }
}
