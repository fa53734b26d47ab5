package se.stockholm.vfu.request;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.common.JpqlLiterals;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.TermStatus;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Which requests the caller reaches and what it may do with them now (the request deadline's rules): shared by
 * {@link RequestService} (which shows a page what it may offer) and {@link RequestChanges} (which refuses what it may
 * not), in their transactions, so that a page never offers what the change then refuses.
 */
@Dependent
class RequestAccess {

    private static final String BEGUN = JpqlLiterals.of(PlacementStatus.BEGUN);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    private StudentRequest request(long requestId) {
        StudentRequest request = em.find(StudentRequest.class, requestId);
        if (request == null) {
            throw new NotFoundException();
        }
        currentUser.get().requireUniversity(request.getUniversity().getId());
        return request;
    }

    /** The request in the caller's scope (refused first, as always) and then in the given term (else not found). */
    StudentRequest request(long termId, long requestId) {
        StudentRequest request = request(requestId);
        request.getTerm().requireId(termId);
        return request;
    }

    /** The request as the caller may see it, with its status as shown ({@link ShownStatus}). */
    RequestDetails shown(StudentRequest request) {
        boolean placed = request.getStatus() == RequestStatus.SENT && em.createQuery("SELECT COUNT(r) FROM"
                        + " StudentRequest r WHERE r.id = :id AND " + ShownStatus.is(RequestStatus.PLACED, "r"), Long.class)
                .setParameter("id", request.getId()).getSingleResult() > 0;
        return RequestDetails.of(request, ShownStatus.of(request.getStatus(), placed))
                .visibleTo(currentUser.get());
    }

    /**
     * Whether this request's placement has begun ({@link PlacementStatus#BEGUN}): it is then no longer withdrawn; the
     * central contact interrupts the placement instead. Read from the database, not the query cache: a withdrawal
     * decides on it (the requests list reads the same in its own page query).
     */
    boolean hasStartedPlacement(long requestId) {
        return em.createQuery("""
                        SELECT COUNT(pl) FROM Placement pl
                        WHERE pl.liveRequestId = :request AND pl.status IN %s""".formatted(BEGUN), Long.class)
                .setParameter("request", requestId)
                .getSingleResult() > 0;
    }

    /** Whether the term still takes requests today (Stockholm time). */
    boolean isOpen(Term term) {
        return term.isRequestingOpen(today());
    }

    /**
     * Whether the caller may create a request on the form in the term now, by the rules
     * {@link RequestChanges#create} refuses by: a coordinator's, never in a closed term, and not after the request
     * deadline (after it only the central contact makes requests, of inquiries).
     */
    boolean mayCreate(Term term) {
        // the form's create is a coordinator's (the central contact makes requests only of inquiries)
        return currentUser.get().role() == Role.UNIVERSITY && createRefusal(term) == null;
    }

    /** Why the caller may not create a request in the term now, or null. */
    RequestDeadlinePassedException createRefusal(Term term) {
        if (term.getStatus() == TermStatus.CLOSED) {
            return RequestDeadlinePassedException.termClosed(null, term.getCode());
        }
        return deadlineAllows(term) ? null : new RequestDeadlinePassedException(null, term.getRequestDeadline());
    }

    /**
     * What {@link RequestChanges#update} and {@link RequestChanges#withdraw} require of every request: the
     * deadline's rule, not withdrawn.
     */
    boolean mayChange(Term term, boolean withdrawn) {
        return !withdrawn && deadlineAllows(term);
    }

    /** Refuses a change the caller may not make; true when it is a (central) change after the deadline. */
    boolean requireMayChange(StudentRequest request) {
        if (!deadlineAllows(request.getTerm())) {
            throw new RequestDeadlinePassedException(null, request.getTerm().getRequestDeadline());
        }
        return !request.getTerm().isRequestingOpen(today());
    }

    /** Before the request deadline anyone in scope, after it only the central contact. */
    private boolean deadlineAllows(Term term) {
        return term.isRequestingOpen(today()) || currentUser.get().isCityWide();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
