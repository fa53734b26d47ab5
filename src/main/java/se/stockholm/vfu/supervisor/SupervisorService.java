package se.stockholm.vfu.supervisor;

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
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.unit.Unit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A district's supervisors and their supervisor training: the district contact keeps its own, the central
 * contact reads them city-wide. Supervisors belong to a district through their unit; every query joins it
 * and every change checks it. Each training status change is kept as a {@link TrainingChange}.
 */
@Stateless
@RolesAllowed({Role.DISTRICT_NAME, Role.CENTRAL_NAME, Role.ADMIN_NAME})
public class SupervisorService {

    private static final Logger LOG = Logger.getLogger(SupervisorService.class.getName());

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "s.name",
            "email", "s.email",
            "unit", "u.name",
            "district", "d.name",
            "trainingStatus", "s.trainingStatus",
            "maxStudents", "s.maxStudents",
            "active", "s.active");

    private static final String ROW = """
            SELECT NEW se.stockholm.vfu.supervisor.SupervisorRow(s.id, s.version, d.id, d.name, u.id, u.name,
                   s.name, s.email, s.title, s.maxStudents, s.active, s.trainingStatus, s.trainingCourse,
                   tu.id, tu.code, s.trainingStart, s.trainingCompleted)
            FROM Supervisor s JOIN s.unit u JOIN u.district d LEFT JOIN s.trainingUniversity tu""";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    /**
     * One page of supervisors in the caller's scope. Filters: {@code text} (name or e-mail), {@code unit} and
     * {@code district} (ids), {@code trainingStatus} (NONE, ENROLLED, COMPLETED), {@code active} (true/false).
     */
    public Page<SupervisorRow> find(@NotNull PageRequest page) {
        Filters.Choice<TrainingStatus> training = Filters.oneOf(TrainingStatus.class, page.filter("trainingStatus"));
        if (training.matchesNothing()) {
            return Page.empty();
        }
        String where = " WHERE (:district IS NULL OR d.id = :district)"
                + page.containsCondition("text", "s.name", "s.email")
                + " AND (:unit IS NULL OR u.id = :unit)"
                + " AND (:training IS NULL OR s.trainingStatus = :training)"
                + " AND (:active IS NULL OR s.active = :active)";
        TypedQuery<SupervisorRow> rows = em.createQuery(ROW + where + page.orderBy(SORTABLE, "s.name", "s.id"),
                SupervisorRow.class);
        TypedQuery<Long> count = em.createQuery(
                "SELECT COUNT(s) FROM Supervisor s JOIN s.unit u JOIN u.district d" + where, Long.class);
        for (TypedQuery<?> query : List.<TypedQuery<?>>of(rows, count)) {
            page.bindContains(query, "text")
                    .setParameter("district", currentUser.get().districtScope(page.filter("district")))
                    .setParameter("unit", Filters.id(page.filter("unit")))
                    .setParameter("training", training.orNull())
                    .setParameter("active", Filters.bool(page.filter("active")));
        }
        return new Page<>(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    public SupervisorRow get(long id) {
        List<SupervisorRow> found = em.createQuery(ROW + " WHERE s.id = :id", SupervisorRow.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        currentUser.get().requireDistrict(found.get(0).districtId());
        return found.get(0);
    }

    /** The active supervisors of a district that may be named on its place offers. */
    public List<SupervisorChoice> choices(long districtId) {
        currentUser.get().requireDistrict(districtId);
        return em.createQuery("""
                SELECT NEW se.stockholm.vfu.supervisor.SupervisorChoice(s.id, s.name, u.name, s.trainingStatus)
                FROM Supervisor s JOIN s.unit u
                WHERE u.district.id = :district AND s.active = TRUE ORDER BY s.name, s.id""", SupervisorChoice.class)
                .setParameter("district", districtId).getResultList();
    }

    /** How many active supervisors are trained or enrolled: the caller's district, or the named one / the city. */
    public TrainingSummary trainingSummary(Long districtId) {
        Caller caller = currentUser.get();
        Long district = caller.districtScope(districtId == null ? null : districtId.toString());
        Tuple counts = em.createQuery("""
                SELECT COUNT(s), SUM(CASE WHEN s.trainingStatus = :enrolled THEN 1 ELSE 0 END),
                       SUM(CASE WHEN s.trainingStatus = :completed THEN 1 ELSE 0 END)
                FROM Supervisor s JOIN s.unit u
                WHERE s.active = TRUE AND (:district IS NULL OR u.district.id = :district)""", Tuple.class)
                .setParameter("enrolled", TrainingStatus.ENROLLED)
                .setParameter("completed", TrainingStatus.COMPLETED)
                .setParameter("district", district)
                .getSingleResult();
        return new TrainingSummary(counts.get(0, Long.class), number(counts.get(1)), number(counts.get(2)));
    }

    public long create(@NotNull @Valid SupervisorForm form) {
        Unit unit = unit(form.getUnitId());
        Supervisor supervisor = new Supervisor(unit, form.getName(), form.getEmail());
        supervisor.setTitle(form.getTitle());
        supervisor.setMaxStudents(form.getMaxStudents());
        em.persist(supervisor);
        em.flush();
        LOG.info(() -> "Supervisor " + supervisor.getId() + " created by " + currentUser.get().username());
        return supervisor.getId();
    }

    public SupervisorRow update(long id, @NotNull @Valid SupervisorForm form) {
        Supervisor supervisor = supervisor(id);
        supervisor.requireVersion(form.getVersion());
        supervisor.moveTo(unit(form.getUnitId()));
        supervisor.rename(form.getName(), form.getEmail());
        supervisor.setTitle(form.getTitle());
        supervisor.setMaxStudents(form.getMaxStudents());
        return get(id);
    }

    /** Changes the training status and keeps the change as history; a change to the same status keeps nothing. */
    public SupervisorRow changeTraining(long id, @NotNull @Valid TrainingForm form) {
        Supervisor supervisor = supervisor(id);
        supervisor.requireVersion(form.getVersion());
        University university = form.getUniversityId() == null ? null : em.find(University.class, form.getUniversityId());
        if (form.getUniversityId() != null && university == null) {
            throw new InvalidInputException("trainingUniversity", "error.notFound");
        }
        TrainingChange change = supervisor.changeTraining(form.getStatus(), form.getCourse(), university,
                form.getStart(), form.getCompleted(), currentUser.get().username(), clock.instant());
        if (change != null) {
            em.persist(change);
        }
        return get(id);
    }

    /** The supervisor's training history, oldest first. */
    public List<TrainingChangeRow> trainingHistory(long id) {
        supervisor(id);
        return em.createQuery("""
                SELECT NEW se.stockholm.vfu.supervisor.TrainingChangeRow(c.id, c.status, c.course, un.code,
                       c.startDate, c.completedDate, c.changedAt, c.changedBy)
                FROM TrainingChange c LEFT JOIN c.university un
                WHERE c.supervisor.id = :id ORDER BY c.changedAt, c.id""", TrainingChangeRow.class)
                .setParameter("id", id).getResultList();
    }

    public SupervisorRow deactivate(long id) {
        supervisor(id).deactivate();
        LOG.info(() -> "Supervisor " + id + " deactivated by " + currentUser.get().username());
        return get(id);
    }

    public SupervisorRow activate(long id) {
        supervisor(id).activate();
        return get(id);
    }

    private Supervisor supervisor(long id) {
        Supervisor supervisor = em.find(Supervisor.class, id);
        if (supervisor == null) {
            throw new NotFoundException();
        }
        currentUser.get().requireDistrict(supervisor.getUnit().getDistrict().getId());
        return supervisor;
    }

    private Unit unit(Long id) {
        Unit unit = id == null ? null : em.find(Unit.class, id);
        if (unit == null) {
            throw new InvalidInputException("unit", "district.error.required");
        }
        currentUser.get().requireDistrict(unit.getDistrict().getId());
        return unit;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
