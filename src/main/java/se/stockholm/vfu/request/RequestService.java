package se.stockholm.vfu.request;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import org.hibernate.jpa.HibernateHints;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.Filters;
import se.stockholm.vfu.common.JpqlLiterals;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.readlog.ReadLog;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.retention.AnonymisedName;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.TermService;

import java.util.List;
import java.util.Map;

/**
 * Student requests for a term as the caller may read them: a university coordinator its own university's, the
 * central contact every university's and who has sent none. District contacts have no access: requests carry
 * personal data (and extra-support needs) that are not theirs. Every method checks the caller's university before it
 * reads, whatever id it is given. It also tells a page what the caller may do now ({@link #mayCreate},
 * {@link #mayChange}, {@link #isOpen}), by the rules ({@link RequestAccess}) that {@link RequestChanges} refuses by.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.UNIVERSITY_NAME})
public class RequestService {

    private static final Map<String, String> SORTABLE = Map.of(
            "studentRef", "r.studentRef",
            "studentName", "r.studentName",
            "studentEmail", "r.studentEmail",
            "universityCode", "un.code",
            "status", ShownStatus.order("r"));

    /**
     * The placement statuses of {@link PlacementStatus#BEGUN} as literals of the query, not as a list parameter: with a
     * list parameter Hibernate translates the query to SQL again on every call, even when its answer is cached.
     */
    private static final String BEGUN = JpqlLiterals.of(PlacementStatus.BEGUN);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReadLog readLog;

    @Inject
    private TermService terms;

    @Inject
    private RequestAccess access;

    /**
     * One page of a term's requests: a coordinator's own university's only (asking for another is refused), the
     * central contact's all, or one university's with the filter {@code university} (an id). Filters
     * {@code status} (as shown: {@link ShownStatus}) and {@code text} (name, student id or e-mail).
     */
    public Page<RequestRow> find(long termId, @NotNull PageRequest page) {
        Caller caller = currentUser.get();
        Long university = Filters.id(page.filter("university"));
        if (!caller.isCityWide()) {
            if (university != null && !university.equals(caller.universityId())) {
                throw new AccessDeniedException();
            }
            university = caller.universityId();
            caller.requireUniversity(university);
        }
        Filters.Choice<RequestStatus> status = Filters.oneOf(RequestStatus.class, page.filter("status"));
        if (status.matchesNothing()) {
            return Page.empty();
        }
        String where = " WHERE r.term.id = :term AND (:university IS NULL OR r.university.id = :university)"
                + status.value().map(shown -> " AND " + ShownStatus.is(shown, "r")).orElse("")
                + page.containsCondition("text", AnonymisedName.shownIn(page.language()), "r.studentName", "r.studentRef",
                        "r.studentEmail");
        // read with mayChange false and mayWithdraw "no placement of it has begun", in the page's one query (it was
        // a second query per page); the rules below narrow both to what this caller may do
        TypedQuery<RequestRow> rows = em.createQuery("SELECT NEW se.stockholm.vfu.request.RequestRow(r.id, un.id,"
                + " un.code, r.studentRef, r.studentName, r.studentEmail, r.homeUniversity, r.noPreference, "
                + ShownStatus.of("r") + ", r.lateChangeAt, FALSE, NOT EXISTS (SELECT pl.id FROM Placement pl"
                + " WHERE pl.liveRequestId = r.id AND pl.status IN " + BEGUN + "))"
                + " FROM StudentRequest r JOIN r.university un" + where
                + page.orderBy(SORTABLE, "r.studentName", "r.id"), RequestRow.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM StudentRequest r" + where, Long.class);
        for (TypedQuery<?> query : new TypedQuery<?>[] {rows, count}) {
            query.setParameter("term", termId);
            query.setParameter("university", university);
            page.bindContains(query, "text");
            // the JSON list's repeated call answers from the query cache (persistence.xml), still logged as read below
            query.setHint(HibernateHints.HINT_CACHEABLE, true);
        }
        List<RequestRow> read = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        // every row shown names a student: each is a view for the read log
        readLog.requests(read.stream().map(RequestRow::id).toList(), "RequestService.find");
        Term term = terms.byId(termId);
        List<RequestRow> found = read.stream().map(row -> {
            boolean change = access.mayChange(term, row.status() == RequestStatus.WITHDRAWN);
            return row.allowing(change, change && row.mayWithdraw());
        }).toList();
        return new Page<>(found, count.getSingleResult());
    }

    /**
     * One request of the given term (the one a page shows or a URL names) in full: a request of another term is not
     * found. Extra support only for the central contact and the student's own university.
     */
    public RequestDetails get(long termId, long requestId) {
        StudentRequest request = access.request(termId, requestId);
        RequestDetails details = access.shown(request);
        readLog.requests(List.of(request.getId()), "RequestService.get");
        return details;
    }

    /** The universities that have sent no request (that is not withdrawn) for the term: the central contact's reminder list. */
    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public List<University> universitiesWithoutRequests(long termId) {
        currentUser.get().requireCityWide();
        return em.createQuery("""
                        SELECT un FROM University un WHERE un.active = TRUE AND NOT EXISTS (
                            SELECT r.id FROM StudentRequest r
                            WHERE r.university = un AND r.term.id = :term AND r.status <> :withdrawn)
                        ORDER BY un.code""", University.class)
                .setParameter("term", termId)
                .setParameter("withdrawn", RequestStatus.WITHDRAWN)
                .getResultList();
    }

    /**
     * Whether the caller may create a request on the form in the term now, by the rules {@link RequestChanges#create}
     * refuses by ({@link RequestAccess#mayCreate}). A page offers a new request only then.
     */
    public boolean mayCreate(long termId) {
        return access.mayCreate(terms.byId(termId));
    }

    /**
     * Whether the caller may change the request now, by the rules {@link RequestChanges#update} refuses by: a request
     * that is not withdrawn, before the deadline or by the central contact. A page offers the form's save only then.
     */
    public boolean mayChange(long termId, long requestId) {
        StudentRequest request = access.request(termId, requestId);
        return access.mayChange(request.getTerm(), request.getStatus() == RequestStatus.WITHDRAWN);
    }

    /** Whether the term still takes requests today (Stockholm time). */
    public boolean isOpen(long termId) {
        return access.isOpen(terms.byId(termId));
    }
}
