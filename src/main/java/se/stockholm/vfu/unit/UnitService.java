package se.stockholm.vfu.unit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.stockholm.vfu.common.Filters;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A district's units: listed, created, changed and deactivated by its own contact, read city-wide by the
 * central contact. The caller's district is part of every query and checked before every change, so a page,
 * a table row and an API id all meet the same rule.
 */
@Stateless
@RolesAllowed({Role.DISTRICT_NAME, Role.CENTRAL_NAME, Role.ADMIN_NAME})
public class UnitService {

    private static final Logger LOG = Logger.getLogger(UnitService.class.getName());

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "u.name",
            "area", "a.nameSv",
            "district", "d.name",
            "contactName", "u.contactName",
            "active", "u.active");

    private static final String ROW = """
            SELECT NEW se.stockholm.vfu.unit.UnitRow(u.id, u.version, d.id, d.name, a.id, a.code, a.nameSv, a.nameEn,
                   u.name, u.contactName, u.contactEmail, u.active, u.deactivatedAt, u.deactivatedBy,
                   u.reactivatedAt, u.reactivatedBy)
            FROM Unit u JOIN u.district d JOIN u.area a""";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    /**
     * One page of units: a district contact's own, the central contact's city-wide. Filters: {@code text}
     * (name or contact), {@code area} and {@code district} (ids), {@code active} (true/false).
     */
    public Page<UnitRow> find(@NotNull PageRequest page) {
        Long district = currentUser.get().districtScope(page.filter("district"));
        String where = " WHERE (:district IS NULL OR d.id = :district)"
                + page.containsCondition("text", "u.name", "u.contactName")
                + " AND (:area IS NULL OR a.id = :area)"
                + " AND (:active IS NULL OR u.active = :active)";
        TypedQuery<UnitRow> rows = em.createQuery(ROW + where + page.orderBy(SORTABLE, "u.name", "u.id"), UnitRow.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(u) FROM Unit u JOIN u.district d JOIN u.area a" + where,
                Long.class);
        Long area = Filters.id(page.filter("area"));
        Boolean active = Filters.bool(page.filter("active"));
        for (TypedQuery<?> query : List.<TypedQuery<?>>of(rows, count)) {
            page.bindContains(query, "text")
                    .setParameter("district", district)
                    .setParameter("area", area)
                    .setParameter("active", active);
        }
        return new Page<>(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    public UnitRow get(long id) {
        List<UnitRow> found = em.createQuery(ROW + " WHERE u.id = :id", UnitRow.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        currentUser.get().requireDistrict(found.get(0).districtId());
        return found.get(0);
    }

    /** The active units a form may choose from: the caller's own district's, or the named district's for the city. */
    public List<UnitChoice> choices(Long districtId) {
        Caller caller = currentUser.get();
        long district = caller.isCityWide() && districtId != null ? districtId : ownDistrict(caller);
        caller.requireDistrict(district);
        return em.createQuery("""
                SELECT NEW se.stockholm.vfu.unit.UnitChoice(u.id, u.name, u.area.id) FROM Unit u
                WHERE u.district.id = :district AND u.active = TRUE ORDER BY u.name""", UnitChoice.class)
                .setParameter("district", district).getResultList();
    }

    public long create(@NotNull @Valid UnitForm form) {
        Caller caller = currentUser.get();
        // a district contact naming another district is refused as any other cross-district write, not ignored
        long districtId = form.getDistrictId() != null ? form.getDistrictId() : ownDistrict(caller);
        caller.requireDistrict(districtId);
        District district = em.find(District.class, districtId);
        if (district == null) {
            throw new InvalidInputException("district", "error.notFound");
        }
        requireNameFree(districtId, form.getName(), null);
        Unit unit = new Unit(district, area(form.getAreaId()), form.getName());
        unit.setContact(form.getContactName(), form.getContactEmail());
        em.persist(unit);
        em.flush();
        LOG.info(() -> "Unit " + unit.getId() + " created in district " + districtId + " by " + caller.username());
        return unit.getId();
    }

    public UnitRow update(long id, @NotNull @Valid UnitForm form) {
        Unit unit = unit(id);
        requireSameDistrict(unit, form.getDistrictId());
        unit.requireVersion(form.getVersion());
        requireNameFree(unit.getDistrict().getId(), form.getName(), unit.getId());
        unit.change(area(form.getAreaId()), form.getName());
        unit.setContact(form.getContactName(), form.getContactEmail());
        return get(id);
    }

    /** Takes a unit out of use; its supervisors and place offers stay, as history. */
    public UnitRow deactivate(long id) {
        Unit unit = unit(id);
        String by = currentUser.get().username();
        unit.deactivate(by, clock.instant());
        LOG.info(() -> "Unit " + id + " deactivated by " + by);
        return get(id);
    }

    /** Takes a deactivated unit into use again; its deactivation stays on record beside the reactivation. */
    public UnitRow reactivate(long id) {
        Unit unit = unit(id);
        String by = currentUser.get().username();
        unit.reactivate(by, clock.instant());
        LOG.info(() -> "Unit " + id + " reactivated by " + by);
        return get(id);
    }

    /** The unit, if the caller may change it. */
    Unit unit(long id) {
        Unit unit = em.find(Unit.class, id);
        if (unit == null) {
            throw new NotFoundException();
        }
        currentUser.get().requireDistrict(unit.getDistrict().getId());
        return unit;
    }

    /**
     * A unit never moves to another district: a change naming another one is refused, not ignored (403 for a district
     * contact, as any write to another district; a 400 for the city, which may write there but not move the unit).
     */
    private void requireSameDistrict(Unit unit, Long named) {
        if (named == null || named.equals(unit.getDistrict().getId())) {
            return;
        }
        currentUser.get().requireDistrict(named);
        throw new InvalidInputException("district", "district.unit.error.districtFixed");
    }

    private void requireNameFree(long districtId, String name, Long except) {
        Long same = em.createQuery("""
                SELECT COUNT(u) FROM Unit u WHERE u.district.id = :district AND LOWER(u.name) = :name
                AND (:except IS NULL OR u.id <> :except)""", Long.class)
                .setParameter("district", districtId)
                .setParameter("name", name.trim().toLowerCase())
                .setParameter("except", except)
                .getSingleResult();
        if (same > 0) {
            throw new InvalidInputException("name", "district.unit.error.nameTaken");
        }
    }

    private AreaOfWork area(Long id) {
        AreaOfWork area = id == null ? null : em.find(AreaOfWork.class, id);
        if (area == null) {
            throw new InvalidInputException("area", "district.error.required");
        }
        return area;
    }

    private static long ownDistrict(Caller caller) {
        if (caller.role() != Role.DISTRICT || caller.districtId() == null) {
            throw new InvalidInputException("district", "district.error.districtRequired");
        }
        return caller.districtId();
    }
}
