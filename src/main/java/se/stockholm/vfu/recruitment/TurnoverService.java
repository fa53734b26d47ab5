package se.stockholm.vfu.recruitment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Staff turnover per district, year and staff group. A district contact enters and reads its own district's figures
 * and the city's; the central contact (and administrator) enters any district's and the city's as reported, and reads
 * all. A university coordinator has no part in it. The city's figure of a year is the one reported for the city, or
 * else the sum of the districts'.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.DISTRICT_NAME})
public class TurnoverService {

    /** The fewest districts whose figures a district contact may see summed as the city's. */
    public static final int FEWEST_DISTRICTS_IN_A_SUM = 3;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TurnoverEntries entries;

    @Inject
    private Clock clock;

    /** The figures the caller may read (a district's own, or all for central), newest year first; no city sums. */
    public List<TurnoverRow> rows(Long districtFilter) {
        Caller caller = caller();
        Long district = caller.isCityWide() ? districtFilter : caller.districtId();
        return em.createQuery("""
                        SELECT t FROM StaffTurnover t LEFT JOIN FETCH t.district
                        WHERE t.district IS NOT NULL AND (:district IS NULL OR t.district.id = :district)
                        ORDER BY t.year DESC, t.scopeKey, t.group""", StaffTurnover.class)
                .setParameter("district", district).getResultStream()
                .filter(t -> t.getDistrict() != null).map(TurnoverRow::of).toList();
    }

    /**
     * The city's figures per year and group: as reported for the city, or the districts' sum. Newest first. A district
     * contact gets a sum only where at least {@link #FEWEST_DISTRICTS_IN_A_SUM} districts reported: a sum of one is
     * another district's own figures, and from a sum of two either district can take its own away.
     */
    public List<TurnoverRow> cityTotals() {
        Caller caller = caller();
        int fewestDistricts = caller.isCityWide() ? 1 : FEWEST_DISTRICTS_IN_A_SUM;
        List<StaffTurnover> all = em.createQuery("SELECT t FROM StaffTurnover t LEFT JOIN FETCH t.district",
                StaffTurnover.class).getResultList();
        Map<String, TurnoverRow> totals = new TreeMap<>(Comparator.reverseOrder());
        all.stream().filter(t -> t.getDistrict() == null)
                .forEach(t -> totals.put(t.getYear() + "/" + t.getGroup(), TurnoverRow.of(t)));
        Map<String, List<StaffTurnover>> byKey = all.stream().filter(t -> t.getDistrict() != null)
                .collect(Collectors.groupingBy(t -> t.getYear() + "/" + t.getGroup()));
        byKey.entrySet().removeIf(group -> group.getValue().size() < fewestDistricts);
        byKey.forEach((key, rows) -> totals.computeIfAbsent(key, k -> {
            int staff = rows.stream().mapToInt(StaffTurnover::getPermanentStaff).sum();
            int left = rows.stream().mapToInt(StaffTurnover::getLeft).sum();
            int moved = rows.stream().mapToInt(StaffTurnover::getMovedInCity).sum();
            return new TurnoverRow(null, 0, null, null, rows.get(0).getYear(), rows.get(0).getGroup(), staff, left,
                    moved, TurnoverRate.percent(left, staff), true, null, null);
        }));
        return new ArrayList<>(totals.values());
    }

    /** Enters (or corrects, on the version read) one year's figures: of the current year or one before it. */
    public TurnoverRow save(@NotNull @Valid TurnoverForm form) {
        Caller caller = caller();
        int thisYear = LocalDate.now(clock).getYear();
        if (form.year() > thisYear) {
            throw new InvalidInputException("year", "recruitment.error.futureYear", String.valueOf(thisYear));
        }
        District district = district(caller, form);
        StaffTurnover turnover = entries.enter(district, form, true, caller.username(), clock.instant());
        em.flush();
        return TurnoverRow.of(turnover);
    }

    /**
     * A district's chart over the years: its rate per staff group beside the city's, and its recruitment (trainees
     * started and permanent hires that year on its posts). A district contact gets its own district whatever it asks.
     */
    public List<TurnoverPoint> series(Long districtId) {
        Long district = seriesDistrict(districtId);
        return series(district, rows(district), cityTotals());
    }

    /**
     * The same chart from figures the caller has read already: {@code rows} as {@link #rows} answered (for any
     * districts; the chart's are picked out) and {@code cityTotals} as {@link #cityTotals} did. The turnover page shows
     * both tables beside the chart, so it does not read them twice.
     */
    public List<TurnoverPoint> series(Long districtId, List<TurnoverRow> rows, List<TurnoverRow> cityTotals) {
        Long district = seriesDistrict(districtId);
        Map<String, TurnoverRow> own = rows.stream().filter(r -> district.equals(r.districtId()))
                .collect(Collectors.toMap(r -> r.year() + "/" + r.group(), r -> r));
        Map<String, TurnoverRow> city = cityTotals.stream()
                .collect(Collectors.toMap(r -> r.year() + "/" + r.group(), r -> r));
        Map<Integer, Long> trainees = countByYear("c.traineeOn", district);
        Map<Integer, Long> hires = countByYear("c.hiredOn", district);
        TreeSet<Integer> years = new TreeSet<>();
        own.values().forEach(r -> years.add(r.year()));
        years.addAll(trainees.keySet());
        years.addAll(hires.keySet());
        List<TurnoverPoint> points = new ArrayList<>();
        for (int year : years) {
            points.add(new TurnoverPoint(year, rate(own, year, StaffGroup.CASE_WORKER), rate(city, year, StaffGroup.CASE_WORKER),
                    rate(own, year, StaffGroup.SOCIAL_SECRETARY), rate(city, year, StaffGroup.SOCIAL_SECRETARY),
                    trainees.getOrDefault(year, 0L), hires.getOrDefault(year, 0L)));
        }
        return points;
    }

    /** The chart's district: a district contact's own whatever was asked; central must name one. */
    private Long seriesDistrict(Long districtId) {
        Caller caller = caller();
        Long district = caller.isCityWide() ? districtId : caller.districtId();
        if (district == null) {
            throw new InvalidInputException("district", "recruitment.error.districtRequired");
        }
        return district;
    }

    private Map<Integer, Long> countByYear(String dateField, long districtId) {
        Map<Integer, Long> counts = new HashMap<>();
        em.createQuery("SELECT " + dateField + " FROM Candidate c WHERE c.post.district.id = :district AND "
                        + dateField + " IS NOT NULL", java.time.LocalDate.class)
                .setParameter("district", districtId).getResultStream()
                .forEach(d -> counts.merge(d.getYear(), 1L, Long::sum));
        return counts;
    }

    private static java.math.BigDecimal rate(Map<String, TurnoverRow> rows, int year, StaffGroup group) {
        TurnoverRow row = rows.get(year + "/" + group);
        return row == null ? null : row.rate();
    }

    /**
     * The district the caller may enter figures for (null: the city's): a district contact only its own, never the
     * city's, whether it names another district or says "city"; a form may not name a district and say "city".
     */
    private District district(Caller caller, TurnoverForm form) {
        Long districtId = form.districtId();
        if (form.saysCity() && districtId != null) {
            throw new InvalidInputException("district", "recruitment.error.cityOrDistrict");
        }
        if (caller.role() == Role.DISTRICT) {
            if (form.saysCity() || districtId != null && !districtId.equals(caller.districtId())) {
                throw new AccessDeniedException();
            }
            return em.find(District.class, caller.districtId());
        }
        if (districtId == null) {
            return null;
        }
        District district = em.find(District.class, districtId);
        if (district == null) {
            throw new InvalidInputException("district", "recruitment.error.districtRequired");
        }
        return district;
    }

    private Caller caller() {
        return entries.caller();
    }
}
