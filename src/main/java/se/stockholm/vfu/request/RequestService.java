package se.stockholm.vfu.request;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.Filters;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.readlog.ReadLog;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.TermService;
import se.stockholm.vfu.term.TermStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Student requests for a term: a university coordinator sends, edits and withdraws its own students' requests
 * until the term's request deadline, one by one or by importing a file; the central contact sees every
 * university's, may change them after the deadline (recorded as a late change) and sees who has sent none.
 * District contacts have no access: requests carry personal data (and extra-support needs) that are not theirs.
 * Every method checks the caller's university before it reads or writes, whatever id it is given.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.UNIVERSITY_NAME})
public class RequestService {

    private static final Logger LOG = Logger.getLogger(RequestService.class.getName());

    private static final Map<String, String> SORTABLE = Map.of(
            "studentRef", "r.studentRef",
            "studentName", "r.studentName",
            "studentEmail", "r.studentEmail",
            "universityCode", "un.code",
            "status", ShownStatus.order("r"));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Inject
    private Event<RequestWithdrawn> withdrawals;

    @Inject
    private ReadLog readLog;

    @Inject
    private TermService terms;

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
                + page.containsCondition("text", "r.studentName", "r.studentRef", "r.studentEmail");
        TypedQuery<RequestRow> rows = em.createQuery("SELECT NEW se.stockholm.vfu.request.RequestRow(r.id, un.id,"
                + " un.code, r.studentRef, r.studentName, r.studentEmail, r.homeUniversity, r.noPreference, "
                + ShownStatus.of("r") + ", r.lateChangeAt) FROM StudentRequest r JOIN r.university un" + where
                + page.orderBy(SORTABLE, "r.studentName", "r.id"), RequestRow.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM StudentRequest r" + where, Long.class);
        for (TypedQuery<?> query : new TypedQuery<?>[] {rows, count}) {
            query.setParameter("term", termId);
            query.setParameter("university", university);
            page.bindContains(query, "text");
        }
        List<RequestRow> read = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        // every row shown names a student: each is a view for the read log
        readLog.requests(read.stream().map(RequestRow::id).toList(), "RequestService.find");
        Term term = term(termId);
        Set<Long> started = withStartedPlacement(read.stream().map(RequestRow::id).toList());
        List<RequestRow> found = read.stream().map(row -> {
            boolean change = mayChange(term, row.status() == RequestStatus.WITHDRAWN);
            return row.allowing(change, change && !started.contains(row.id()));
        }).toList();
        return new Page<>(found, count.getSingleResult());
    }

    /**
     * One request of the given term (the one a page shows or a URL names) in full: a request of another term is not
     * found. Extra support only for the central contact and the student's own university.
     */
    public RequestDetails get(long termId, long requestId) {
        return details(request(termId, requestId));
    }

    private RequestDetails details(StudentRequest request) {
        RequestDetails details = shown(request);
        readLog.requests(List.of(request.getId()), "RequestService.get");
        return details;
    }

    /** A new request from the coordinator's university, until the request deadline. */
    @RolesAllowed(Role.UNIVERSITY_NAME)
    public long create(long termId, @NotNull @Valid RequestForm form) {
        return create(termId, currentUser.get().universityId(), form.toData());
    }

    /** A new request in the term a URL names (a 404 if there is none), returned as it was saved. */
    @RolesAllowed(Role.UNIVERSITY_NAME)
    public RequestDetails create(String termCode, @NotNull @Valid RequestForm form) {
        return details(request(create(terms.named(termCode).getId(), currentUser.get().universityId(), form.toData())));
    }

    /**
     * A new request for a student of the given university, by the rules of every request however it arrives (the
     * form, the API, an inquiry made a request): the university's coordinator until the request deadline, the
     * central contact also after it (recorded as a late change); never in a closed term; the data's field rules
     * (a student id, never a personal identity number); one request per student id, term and university, whatever
     * the case of the id; who made it and when recorded.
     */
    public long create(long termId, long universityId, @NotNull RequestData data) {
        Caller caller = currentUser.get();
        caller.requireUniversity(universityId);
        Term term = term(termId);
        RequestDeadlinePassedException refusal = createRefusal(term);
        if (refusal != null) {
            throw refusal;
        }
        boolean late = !term.isRequestingOpen(today());
        data.requireValid();
        if (alreadySent(termId, universityId, data.studentRef())) {
            throw new InvalidInputException("studentRef", "request.error.duplicate");
        }
        StudentRequest request = StudentRequest.of(term, em.find(University.class, universityId), data,
                areas(data.areaIds()), districts(data.districtIds(), "districts"),
                new HashSet<>(districts(data.exclusionIds(), "exclusions")));
        request.recordChange(caller.username(), clock.instant(), late);
        em.persist(request);
        em.flush();
        if (late) {
            LOG.info(() -> "Request " + request.getId() + " created after the deadline by " + caller.username());
        }
        return request.getId();
    }

    /**
     * Changes a request of the given term (a request of another term is not found): its university until the
     * deadline, the central contact also after it (recorded).
     */
    public RequestDetails update(long termId, long requestId, @NotNull @Valid RequestForm form) {
        return change(request(termId, requestId), form);
    }

    private RequestDetails change(StudentRequest request, RequestForm form) {
        boolean late = requireMayChange(request);
        request.requireEditable();
        request.requireVersion(form.getVersion());
        RequestData data = form.toData();
        data.requireValid();
        request.change(data, areas(data.areaIds()), districts(data.districtIds(), "districts"),
                new HashSet<>(districts(data.exclusionIds(), "exclusions")));
        recordChange(request, late, "changed");
        em.flush();
        return shown(request);
    }

    /**
     * Withdraws a request of the given term (a request of another term is not found), as read at {@code version},
     * with a reason; the same people and deadline as changing it.
     */
    public RequestDetails withdraw(long termId, long requestId, Long version, String reason) {
        return withdraw(request(termId, requestId), version, reason);
    }

    private RequestDetails withdraw(StudentRequest request, Long version, String reason) {
        boolean late = requireMayChange(request);
        if (!withStartedPlacement(List.of(request.getId())).isEmpty()) {
            // the placement's own rule too (placement.WithdrawnRequests): said here first, so that a page can ask it
            throw new InvalidInputException("withdrawalReason", "placement.error.requestHasStartedPlacement");
        }
        request.requireVersion(version);
        request.withdraw(reason, clock.instant());
        recordChange(request, late, "withdrawn");
        withdrawals.fire(new RequestWithdrawn(request.getId(), request.getWithdrawalReason(),
                currentUser.get().username()));
        em.flush();
        return shown(request);
    }

    /** The request as the caller may see it, with its status as shown ({@link ShownStatus}). */
    private RequestDetails shown(StudentRequest request) {
        boolean placed = request.getStatus() == RequestStatus.SENT && em.createQuery("SELECT COUNT(r) FROM"
                        + " StudentRequest r WHERE r.id = :id AND " + ShownStatus.is(RequestStatus.PLACED, "r"), Long.class)
                .setParameter("id", request.getId()).getSingleResult() > 0;
        return RequestDetails.of(request, ShownStatus.of(request.getStatus(), placed))
                .visibleTo(currentUser.get());
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
     * Whether the caller may create a request on the form in the term now, by the rules {@link #create} refuses by: a
     * coordinator's, never in a closed term, and not after the request deadline (after it only the central contact
     * makes requests, of inquiries). A page offers a new request only then.
     */
    public boolean mayCreate(long termId) {
        // the form's create is a coordinator's (the central contact makes requests only of inquiries)
        return currentUser.get().role() == Role.UNIVERSITY && createRefusal(term(termId)) == null;
    }

    /**
     * Whether the caller may change the request now, by the rules {@link #update} refuses by: a request that is not
     * withdrawn, before the deadline or by the central contact. A page offers the form's save only then.
     */
    public boolean mayChange(long termId, long requestId) {
        StudentRequest request = request(termId, requestId);
        return mayChange(request.getTerm(), request.getStatus() == RequestStatus.WITHDRAWN);
    }

    /** Whether the term still takes requests today (Stockholm time). */
    public boolean isOpen(long termId) {
        return term(termId).isRequestingOpen(today());
    }

    private StudentRequest request(long requestId) {
        StudentRequest request = em.find(StudentRequest.class, requestId);
        if (request == null) {
            throw new NotFoundException();
        }
        currentUser.get().requireUniversity(request.getUniversity().getId());
        return request;
    }

    /** The request in the caller's scope (refused first, as always) and then in the given term (else not found). */
    private StudentRequest request(long termId, long requestId) {
        StudentRequest request = request(requestId);
        request.getTerm().requireId(termId);
        return request;
    }

    /** Refuses a change the caller may not make; true when it is a (central) change after the deadline. */
    private boolean requireMayChange(StudentRequest request) {
        if (!deadlineAllows(request.getTerm())) {
            throw new RequestDeadlinePassedException(null, request.getTerm().getRequestDeadline());
        }
        return !request.getTerm().isRequestingOpen(today());
    }

    /** Before the request deadline anyone in scope, after it only the central contact. */
    private boolean deadlineAllows(Term term) {
        return term.isRequestingOpen(today()) || currentUser.get().isCityWide();
    }

    /** What {@link #update} and {@link #withdraw} require of every request: the deadline's rule, not withdrawn. */
    private boolean mayChange(Term term, boolean withdrawn) {
        return !withdrawn && deadlineAllows(term);
    }

    /** Why the caller may not create a request in the term now, or null. */
    private RequestDeadlinePassedException createRefusal(Term term) {
        if (term.getStatus() == TermStatus.CLOSED) {
            return RequestDeadlinePassedException.termClosed(null, term.getCode());
        }
        return deadlineAllows(term) ? null : new RequestDeadlinePassedException(null, term.getRequestDeadline());
    }

    /**
     * The requests among these whose placement has begun ({@link PlacementStatus#BEGUN}): they are no longer
     * withdrawn; the central contact interrupts the placement instead.
     */
    private Set<Long> withStartedPlacement(List<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("""
                        SELECT pl.liveRequestId FROM Placement pl
                        WHERE pl.liveRequestId IN :requests AND pl.status IN :begun""", Long.class)
                .setParameter("requests", requestIds).setParameter("begun", PlacementStatus.BEGUN)
                .getResultList());
    }

    private void recordChange(StudentRequest request, boolean late, String what) {
        String username = currentUser.get().username();
        request.recordChange(username, clock.instant(), late);
        if (late) {
            LOG.info(() -> "Request " + request.getId() + " " + what + " after the deadline by " + username);
        }
    }

    /** Whether the university has a request (in any status) of this student id in the term. */
    private boolean alreadySent(long termId, long universityId, String studentRef) {
        return em.createQuery("""
                        SELECT COUNT(r) FROM StudentRequest r WHERE r.term.id = :term AND r.university.id = :university
                        AND LOWER(r.studentRef) = :ref""", Long.class)
                .setParameter("term", termId).setParameter("university", universityId)
                .setParameter("ref", studentRef.toLowerCase(Locale.ROOT)).getSingleResult() > 0;
    }

    private List<AreaOfWork> areas(List<Long> ids) {
        List<AreaOfWork> found = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            AreaOfWork area = em.find(AreaOfWork.class, id);
            if (area == null) {
                throw new InvalidInputException("areas", "request.error.unknownArea");
            }
            found.add(area);
        }
        return found;
    }

    private List<District> districts(List<Long> ids, String field) {
        List<District> found = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            District district = em.find(District.class, id);
            if (district == null) {
                throw new InvalidInputException(field, "request.error.unknownDistrict");
            }
            found.add(district);
        }
        return found;
    }

    private Term term(long termId) {
        return terms.byId(termId);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
