package se.stockholm.vfu.place;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.stockholm.vfu.common.Filters;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.supervisor.Supervisor;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.TermService;
import se.stockholm.vfu.unit.Unit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Place offers for a term. A district contact reports, changes and withdraws its own district's offers until
 * the term's reporting deadline (the last day included, in Stockholm); after it only the central contact may,
 * and such changes are marked and kept as "after deadline" with who and when. Every change leaves a
 * {@link PlaceChange}. The caller's district is in every query and checked before every change.
 */
@Stateless
@RolesAllowed({Role.DISTRICT_NAME, Role.CENTRAL_NAME, Role.ADMIN_NAME})
public class PlaceService {

    private static final Logger LOG = Logger.getLogger(PlaceService.class.getName());

    private static final Map<String, String> SORTABLE = Map.of(
            "unit", "u.name",
            "area", "a.nameSv",
            "district", "d.name",
            "places", "p.places",
            "supervisor", "s.name",
            "status", "p.status");

    private static final String ROW = """
            SELECT NEW se.stockholm.vfu.place.PlaceRow(p.id, p.version, t.code, d.id, d.name, u.id, u.name, u.active,
                   a.id, a.code, a.nameSv, a.nameEn, p.places, p.languages, p.notes, s.id, s.name, s.trainingStatus,
                   p.status, p.withdrawnReason, p.withdrawnAt, p.withdrawnBy, p.changedAfterDeadline)
            FROM PlaceOffer p JOIN p.term t JOIN p.district d JOIN p.unit u JOIN p.area a LEFT JOIN p.supervisor s""";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Inject
    private TermService terms;

    /**
     * One page of a term's place offers in the caller's scope. Filters: {@code text} (unit or notes),
     * {@code district}, {@code area} and {@code unit} (ids), {@code status} (ACTIVE, WITHDRAWN) and
     * {@code supervisor} ({@code none} or {@code named}).
     */
    public Page<PlaceRow> find(long termId, @NotNull PageRequest page) {
        Filters.Choice<PlaceStatus> status = Filters.oneOf(PlaceStatus.class, page.filter("status"));
        if (status.matchesNothing()) {
            return Page.empty();
        }
        String supervisor = page.filter("supervisor");
        String where = " WHERE t.id = :term AND (:district IS NULL OR d.id = :district)"
                + page.containsCondition("text", "u.name", "p.notes")
                + " AND (:area IS NULL OR a.id = :area)"
                + " AND (:unit IS NULL OR u.id = :unit)"
                + " AND (:status IS NULL OR p.status = :status)"
                + ("none".equals(supervisor) ? " AND p.supervisor IS NULL" : "")
                + ("named".equals(supervisor) ? " AND p.supervisor IS NOT NULL" : "");
        TypedQuery<PlaceRow> rows = em.createQuery(ROW + where + page.orderBy(SORTABLE, "u.name", "p.id"),
                PlaceRow.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM PlaceOffer p JOIN p.term t JOIN p.district d"
                + " JOIN p.unit u JOIN p.area a" + where, Long.class);
        for (TypedQuery<?> query : List.<TypedQuery<?>>of(rows, count)) {
            page.bindContains(query, "text")
                    .setParameter("term", termId)
                    .setParameter("district", currentUser.get().districtScope(page.filter("district")))
                    .setParameter("area", Filters.id(page.filter("area")))
                    .setParameter("unit", Filters.id(page.filter("unit")))
                    .setParameter("status", status.orNull());
        }
        return new Page<>(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    /**
     * One offer of the given term (the one a page shows or a URL names), in the caller's scope: an offer of another
     * term is not found.
     */
    public PlaceRow get(long termId, long id) {
        offer(termId, id);
        return row(id);
    }

    private PlaceRow row(long id) {
        List<PlaceRow> found = em.createQuery(ROW + " WHERE p.id = :id", PlaceRow.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        currentUser.get().requireDistrict(found.get(0).districtId());
        return found.get(0);
    }

    /**
     * The active places of the caller's district (or, for the central contact, the named district or the
     * whole city) for a term, against the city's target.
     */
    public PlaceTotal total(long termId, Long districtId) {
        Term term = term(termId);
        Long district = currentUser.get().districtScope(districtId == null ? null : districtId.toString());
        Tuple sums = em.createQuery("""
                SELECT COALESCE(SUM(p.places), 0), COUNT(p),
                       COALESCE(SUM(CASE WHEN p.supervisor IS NULL THEN p.places ELSE 0 END), 0)
                FROM PlaceOffer p
                WHERE p.term.id = :term AND p.status = :active AND (:district IS NULL OR p.district.id = :district)""",
                        Tuple.class)
                .setParameter("term", termId)
                .setParameter("active", PlaceStatus.ACTIVE)
                .setParameter("district", district)
                .getSingleResult();
        return new PlaceTotal(term.getCode(), term.getTargetPlaces(), number(sums.get(0)), number(sums.get(1)),
                number(sums.get(2)), term.getReportingDeadline(), term.isReportingOpen(today()));
    }

    /** The districts that have not reported any active place for the term: the central contact's to-do list. */
    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public List<DistrictNotReported> districtsNotReported(long termId) {
        currentUser.get().requireCityWide();
        term(termId);
        return em.createQuery("""
                SELECT NEW se.stockholm.vfu.place.DistrictNotReported(d.id, d.code, d.name) FROM District d
                WHERE d.active = TRUE AND NOT EXISTS (SELECT p.id FROM PlaceOffer p
                      WHERE p.district = d AND p.term.id = :term AND p.status = :active)
                ORDER BY d.name""", DistrictNotReported.class)
                .setParameter("term", termId)
                .setParameter("active", PlaceStatus.ACTIVE)
                .getResultList();
    }

    public long create(long termId, @NotNull @Valid PlaceForm form) {
        return report(term(termId), form).getId();
    }

    /** Reports an offer in the term a URL names (a 404 if there is none) and returns it as read back. */
    public PlaceRow create(String termCode, @NotNull @Valid PlaceForm form) {
        return row(report(terms.named(termCode), form).getId());
    }

    private PlaceOffer report(Term term, PlaceForm form) {
        Unit unit = em.find(Unit.class, form.getUnitId());
        if (unit == null) {
            throw new InvalidInputException("unit", "district.error.required");
        }
        Caller caller = currentUser.get();
        caller.requireDistrict(unit.getDistrict().getId());
        boolean afterDeadline = requireMayChange(term, caller);
        PlaceOffer offer = new PlaceOffer(term, unit, area(form.getAreaId()), form.getPlaces());
        fill(offer, form);
        if (afterDeadline) {
            offer.markChangedAfterDeadline();
        }
        em.persist(offer);
        em.persist(new PlaceChange(offer, PlaceChange.Action.CREATED, afterDeadline, caller.username(), clock.instant()));
        em.flush();
        LOG.info(() -> "Place offer " + offer.getId() + " (" + offer.getPlaces() + ") reported for " + term.getCode()
                + " by " + caller.username() + (afterDeadline ? " after the deadline" : ""));
        return offer;
    }

    /** Changes an offer of the given term; an offer of another term is not found. */
    public PlaceRow update(long termId, long id, @NotNull @Valid PlaceForm form) {
        return change(offer(termId, id), form);
    }

    private PlaceRow change(PlaceOffer offer, PlaceForm form) {
        Caller caller = currentUser.get();
        boolean afterDeadline = requireMayChange(offer.getTerm(), caller);
        offer.requireVersion(form.getVersion());
        if (form.getUnitId() != null && !form.getUnitId().equals(offer.getUnit().getId())) {
            throw new InvalidInputException("unit", "district.place.error.unitFixed");
        }
        offer.changePlaces(form.getPlaces());
        offer.changeArea(area(form.getAreaId()));
        fill(offer, form);
        if (afterDeadline) {
            offer.markChangedAfterDeadline();
        }
        em.persist(new PlaceChange(offer, PlaceChange.Action.CHANGED, afterDeadline, caller.username(), clock.instant()));
        return row(offer.getId());
    }

    /**
     * Withdraws an offer of the given term (an offer of another term is not found) with a reason; it stays,
     * withdrawn, with who and when.
     */
    public PlaceRow withdraw(long termId, long id, @NotNull Withdrawal withdrawal) {
        return withdraw(offer(termId, id), withdrawal);
    }

    private PlaceRow withdraw(PlaceOffer offer, Withdrawal withdrawal) {
        long id = offer.getId();
        Caller caller = currentUser.get();
        boolean afterDeadline = requireMayChange(offer.getTerm(), caller);
        offer.requireVersion(withdrawal.getVersion());
        Instant now = clock.instant();
        offer.withdraw(withdrawal.getReason(), caller.username(), now);
        if (afterDeadline) {
            offer.markChangedAfterDeadline();
        }
        em.persist(new PlaceChange(offer, PlaceChange.Action.WITHDRAWN, afterDeadline, caller.username(), now));
        LOG.info(() -> "Place offer " + id + " withdrawn by " + caller.username());
        return row(id);
    }

    /** The history of an offer of the given term, oldest first; an offer of another term is not found. */
    public List<PlaceChangeRow> history(long termId, long id) {
        offer(termId, id);
        return em.createQuery("""
                SELECT NEW se.stockholm.vfu.place.PlaceChangeRow(c.id, c.action, c.places, s.name, c.reason,
                       c.afterDeadline, c.changedAt, c.changedBy)
                FROM PlaceChange c LEFT JOIN c.supervisor s
                WHERE c.offer.id = :id ORDER BY c.changedAt, c.id""", PlaceChangeRow.class)
                .setParameter("id", id).getResultList();
    }

    /**
     * Whether the change comes after the term's reporting deadline; refuses it then unless the caller is the
     * central contact (or an administrator).
     */
    private boolean requireMayChange(Term term, Caller caller) {
        boolean passed = !term.isReportingOpen(today());
        if (passed && !caller.isCityWide()) {
            throw new DeadlinePassedException(term.getReportingDeadline());
        }
        return passed;
    }

    private void fill(PlaceOffer offer, PlaceForm form) {
        offer.setLanguages(form.getLanguages());
        offer.setNotes(form.getNotes());
        offer.assignSupervisor(form.getSupervisorId() == null ? null : supervisor(form.getSupervisorId()));
    }

    private PlaceOffer offer(long id) {
        PlaceOffer offer = em.find(PlaceOffer.class, id);
        if (offer == null) {
            throw new NotFoundException();
        }
        currentUser.get().requireDistrict(offer.getDistrict().getId());
        return offer;
    }

    /** The offer in the caller's scope (refused first, as always) and then in the given term (else not found). */
    private PlaceOffer offer(long termId, long id) {
        PlaceOffer offer = offer(id);
        offer.getTerm().requireId(termId);
        return offer;
    }

    private Supervisor supervisor(long id) {
        Supervisor supervisor = em.find(Supervisor.class, id);
        if (supervisor == null) {
            throw new InvalidInputException("supervisor", "error.notFound");
        }
        currentUser.get().requireDistrict(supervisor.getUnit().getDistrict().getId());
        return supervisor;
    }

    private AreaOfWork area(Long id) {
        AreaOfWork area = id == null ? null : em.find(AreaOfWork.class, id);
        if (area == null) {
            throw new InvalidInputException("area", "district.error.required");
        }
        return area;
    }

    private Term term(long id) {
        Term term = em.find(Term.class, id);
        if (term == null) {
            throw new NotFoundException();
        }
        return term;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
