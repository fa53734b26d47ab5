package se.stockholm.vfu.compensation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import se.stockholm.vfu.common.JpqlLiterals;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.common.SwedishOrder;
import se.stockholm.vfu.placement.PlacementEvent;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.term.Term;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The compensation basis of a term: supervised student-weeks per district and university, from the placements that
 * started (the date of their "started" step in the history), ended by completion or interruption on their end date,
 * inside the term's VFU period. The central contact sees every district; a district contact its own rows; a
 * university coordinator the rows of its own students. Figures only: no student is named.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.DISTRICT_NAME, Role.UNIVERSITY_NAME})
public class CompensationService {

    private static final Long NOTHING = -1L;
    private static final String SUPERVISED = JpqlLiterals.of(Set.of(PlacementStatus.STARTED, PlacementStatus.COMPLETED,
            PlacementStatus.INTERRUPTED));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    /** The term's rows in the caller's scope, by district and university. */
    public List<CompensationRow> rows(long termId) {
        Term term = em.find(Term.class, termId);
        if (term == null) {
            throw new NotFoundException();
        }
        Caller caller = currentUser.get();
        Long district = caller.role() == Role.DISTRICT ? Objects.requireNonNullElse(caller.districtId(), NOTHING) : null;
        Long university = caller.role() == Role.UNIVERSITY
                ? Objects.requireNonNullElse(caller.universityId(), NOTHING) : null;
        List<Tuple> placements = em.createQuery("""
                        SELECT d.id, d.name, un.code, pl.status, pl.endedOn, %s
                        FROM Placement pl JOIN pl.district d JOIN pl.university un
                        WHERE pl.term.id = :term AND pl.status IN %s
                        AND (:district IS NULL OR d.id = :district) AND (:university IS NULL OR un.id = :university)"""
                        .formatted(PlacementEvent.startedAt("pl"), SUPERVISED), Tuple.class)
                .setParameter("term", termId)
                .setParameter("district", district).setParameter("university", university)
                .getResultList();
        LocalDate today = LocalDate.now(clock.withZone(StockholmTime.ZONE));
        record Key(String districtName, long districtId, String universityCode) {
        }
        Map<Key, long[]> sums = new TreeMap<>(Comparator.comparing(Key::districtName, SwedishOrder.names())
                .thenComparing(Key::universityCode));
        for (Tuple row : placements) {
            PlacementStatus status = row.get(3, PlacementStatus.class);
            Instant startedAt = row.get(5, Instant.class);
            // an interruption the history shows no start for ended before anyone was supervised
            LocalDate started = startedAt == null && status == PlacementStatus.INTERRUPTED ? null
                    : PlacementEvent.startedOn(startedAt, term);
            int days = SupervisedWeeks.workdays(term.getVfuStart(), term.getVfuEnd(), started, row.get(4, LocalDate.class),
                    today);
            Key key = new Key(row.get(1, String.class), row.get(0, Long.class), row.get(2, String.class));
            long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
            if (days > 0) {
                sum[0]++;
                sum[1] += days;
            }
        }
        List<CompensationRow> rows = new ArrayList<>();
        sums.forEach((key, sum) -> {
            if (sum[0] > 0) {
                rows.add(new CompensationRow(key.districtId(), key.districtName(), key.universityCode(), (int) sum[0],
                        sum[1], SupervisedWeeks.weeks(sum[1])));
            }
        });
        return rows;
    }
}
