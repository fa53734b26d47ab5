package se.stockholm.vfu.recruitment;

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
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.unit.Unit;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Trainee posts; their candidates are {@link CandidateService}'s. Only the city's roles take part: a district contact
 * reports and changes its own district's posts, the central contact (and the administrator) sees and changes all; a
 * university coordinator sees no post (only the funnel's aggregates, {@link FunnelService}). Another district's post
 * is "not found" to a district contact, on every channel.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.DISTRICT_NAME})
public class RecruitmentService {

    private static final Map<String, String> POST_SORTABLE = Map.of(
            "districtName", "d.name",
            "unitName", "u.name",
            "periodStart", "p.periodStart",
            "posts", "p.posts",
            "status", "p.status");

    private static final String POST_ROW = """
            SELECT NEW se.stockholm.vfu.recruitment.PostRow(p.id, p.version, d.id, d.name, u.id, u.name, a.id, a.nameSv,
                   a.nameEn, p.periodStart, p.periodEnd, p.posts, p.status,
                   (SELECT COUNT(c) FROM Candidate c WHERE c.post = p),
                   (SELECT COUNT(c2) FROM Candidate c2 WHERE c2.post = p AND c2.hiredOn IS NOT NULL),
                   p.changedAt, p.changedBy)""";
    private static final String POST_FROM = " FROM TraineePost p JOIN p.district d JOIN p.unit u JOIN p.area a";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RecruitmentAccess access;

    @Inject
    private Clock clock;

    /** The caller's posts: a district's own, all (or one district's, filter {@code districtId}) for central. */
    public Page<PostRow> findPosts(@NotNull PageRequest page) {
        Caller caller = access.caller();
        Filters.Choice<PostStatus> status = Filters.oneOf(PostStatus.class, page.filter("status"));
        if (status.matchesNothing()) {
            return Page.empty();
        }
        String where = " WHERE (:district IS NULL OR d.id = :district) AND (:status IS NULL OR p.status = :status)"
                + page.containsCondition("text", "u.name", "d.name");
        TypedQuery<PostRow> rows = em.createQuery(POST_ROW + POST_FROM + where
                + page.orderBy(POST_SORTABLE, "p.periodStart", "p.id"), PostRow.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p)" + POST_FROM + where, Long.class);
        Long district = caller.districtScope(page.filter("districtId"));
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("district", district);
            query.setParameter("status", status.orNull());
            page.bindContains(query, "text");
        }
        return new Page<>(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    public PostRow getPost(long id) {
        access.readablePost(id);
        return em.createQuery(POST_ROW + POST_FROM + " WHERE p.id = :id", PostRow.class).setParameter("id", id)
                .getSingleResult();
    }

    /** A new post: a district contact's in its own district, the central contact's in the district the form names. */
    public long createPost(@NotNull @Valid PostForm form) {
        Caller caller = access.caller();
        long districtId = caller.role() == Role.DISTRICT ? caller.districtId() : requireDistrictChoice(form);
        District district = em.find(District.class, districtId);
        if (district == null) {
            throw new InvalidInputException("district", "recruitment.error.districtRequired");
        }
        TraineePost post = new TraineePost(district, unit(form.getUnitId()), area(form.getAreaId()),
                form.getPeriodStart(), form.getPeriodEnd(), form.getPosts(), form.getStatus(), caller.username(),
                clock.instant());
        em.persist(post);
        em.flush();
        return post.getId();
    }

    public PostRow updatePost(long id, @NotNull @Valid PostForm form) {
        TraineePost post = access.readablePost(id);
        post.requireVersion(form.getVersion());
        post.change(unit(form.getUnitId()), area(form.getAreaId()), form.getPeriodStart(), form.getPeriodEnd(),
                form.getPosts(), form.getStatus(), access.caller().username(), clock.instant());
        return getPost(id);
    }

    private static long requireDistrictChoice(PostForm form) {
        if (form.getDistrictId() == null) {
            throw new InvalidInputException("district", "recruitment.error.districtRequired");
        }
        return form.getDistrictId();
    }

    private Unit unit(Long id) {
        Unit unit = id == null ? null : em.find(Unit.class, id);
        if (unit == null) {
            throw new InvalidInputException("unit", "recruitment.error.required");
        }
        return unit;
    }

    private AreaOfWork area(Long id) {
        AreaOfWork area = id == null ? null : em.find(AreaOfWork.class, id);
        if (area == null) {
            throw new InvalidInputException("area", "recruitment.error.areaRequired");
        }
        return area;
    }
}
