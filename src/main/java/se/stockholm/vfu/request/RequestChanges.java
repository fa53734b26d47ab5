package se.stockholm.vfu.request;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.TermService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Sending, changing and withdrawing student requests: a university coordinator sends, edits and withdraws its own
 * students' requests until the term's request deadline (one by one here, or by importing a file:
 * {@link RequestImport}); the central contact may change them after the deadline, recorded as a late change. District
 * contacts have no access. Every method checks the caller's university before it writes, whatever id it is given, and
 * refuses by the same rules ({@link RequestAccess}) that {@link RequestService} tells the pages. A change or
 * withdrawal is announced ({@link RequestChanged}), so that the university hears of one it did not make itself.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.UNIVERSITY_NAME})
public class RequestChanges {

    private static final Logger LOG = Logger.getLogger(RequestChanges.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Inject
    private Event<RequestWithdrawn> withdrawals;

    @Inject
    private Event<RequestChanged> changes;

    @Inject
    private TermService terms;

    @Inject
    private RequestAccess access;

    @Inject
    private RequestService requestService;

    /** A new request from the coordinator's university, until the request deadline. */
    @RolesAllowed(Role.UNIVERSITY_NAME)
    public long create(long termId, @NotNull @Valid RequestForm form) {
        return create(termId, currentUser.get().universityId(), form.toData());
    }

    /** A new request in the term a URL names (a 404 if there is none), returned as it was saved (a read, logged). */
    @RolesAllowed(Role.UNIVERSITY_NAME)
    public RequestDetails create(String termCode, @NotNull @Valid RequestForm form) {
        long termId = terms.named(termCode).getId();
        return requestService.get(termId, create(termId, currentUser.get().universityId(), form.toData()));
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
        Term term = terms.byId(termId);
        RequestDeadlinePassedException refusal = access.createRefusal(term);
        if (refusal != null) {
            throw refusal;
        }
        boolean late = !access.isOpen(term);
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
        return change(access.request(termId, requestId), form);
    }

    private RequestDetails change(StudentRequest request, RequestForm form) {
        boolean late = access.requireMayChange(request);
        request.requireEditable();
        request.requireVersion(form.getVersion());
        RequestData data = form.toData();
        data.requireValid();
        request.change(data, areas(data.areaIds()), districts(data.districtIds(), "districts"),
                new HashSet<>(districts(data.exclusionIds(), "exclusions")));
        recordChange(request, late, "changed");
        changes.fire(RequestChanged.of(request, currentUser.get().role()));
        em.flush();
        return access.shown(request);
    }

    /**
     * Withdraws a request of the given term (a request of another term is not found), as read at {@code version},
     * with a reason; the same people and deadline as changing it.
     */
    public RequestDetails withdraw(long termId, long requestId, Long version, String reason) {
        return withdraw(access.request(termId, requestId), version, reason);
    }

    private RequestDetails withdraw(StudentRequest request, Long version, String reason) {
        boolean late = access.requireMayChange(request);
        if (access.hasStartedPlacement(request.getId())) {
            // the placement's own rule too (placement.WithdrawnRequests): said here first, so that a page can ask it
            throw new InvalidInputException("withdrawalReason", "placement.error.requestHasStartedPlacement");
        }
        request.requireVersion(version);
        request.withdraw(reason, clock.instant());
        recordChange(request, late, "withdrawn");
        Caller caller = currentUser.get();
        withdrawals.fire(new RequestWithdrawn(request.getId(), request.getWithdrawalReason(), caller.username(),
                caller.role()));
        changes.fire(RequestChanged.of(request, caller.role()));
        em.flush();
        return access.shown(request);
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
}
