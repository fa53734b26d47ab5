package se.stockholm.vfu.inquiry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.stockholm.vfu.common.Filters;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.notification.Notice;
import se.stockholm.vfu.notification.NotificationService;
import se.stockholm.vfu.readlog.ReadLog;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.RequestChanges;
import se.stockholm.vfu.request.RequestData;
import se.stockholm.vfu.retention.AnonymisedName;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.term.TermService;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Students' direct inquiries. A district contact records and forwards them (own district only), and the receiving
 * university's coordinators are notified; the university acknowledges, turns them into a request or declines them
 * (own inbox only); the central contact sees all. Every read applies the caller's scope in the query.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.DISTRICT_NAME, Role.UNIVERSITY_NAME})
public class InquiryService {

    private static final Map<String, String> SORTABLE = Map.of(
            "receivedOn", "i.receivedOn",
            "studentName", "i.studentName",
            "status", "i.status",
            "districtName", "d.name",
            "universityCode", "un.code");

    /** The page where a university acknowledges its inquiries. */
    static final String PAGE = "/inquiries.xhtml";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private RequestChanges requestChanges;

    @Inject
    private TermService terms;

    @Inject
    private ReadLog readLog;

    @Inject
    private NotificationService notifications;

    @Inject
    private Clock clock;

    @RolesAllowed(Role.DISTRICT_NAME)
    public long forward(@NotNull @Valid InquiryForm form) {
        Caller caller = currentUser.get();
        District district = em.find(District.class, caller.districtId());
        University university = form.getUniversityId() == null ? null : em.find(University.class, form.getUniversityId());
        if (university == null) {
            throw new InvalidInputException("university", "inquiry.error.universityRequired");
        }
        Inquiry inquiry = new Inquiry(district, form.getStudentName().trim(), form.getStudentEmail().trim(),
                blankToNull(form.getHomeUniversity()), form.getMessage().trim(), form.getReceivedOn(), university,
                caller.username(), clock.instant());
        em.persist(inquiry);
        em.flush();
        // the university's coordinators are to acknowledge it (the list counts the days): they are told, with no
        // student named, as the district's name and the day it came are enough to find it in their inbox
        notifications.notifyUniversity(university.getId(), forwardedNotice(inquiry));
        return inquiry.getId();
    }

    /** What the receiving university's coordinators are told of a forwarded inquiry (the demo tells them the same). */
    static Notice forwardedNotice(Inquiry inquiry) {
        return new Notice("notice.inquiryForwarded.subject", "notice.inquiryForwarded.body",
                List.of(inquiry.getDistrict().getName(), inquiry.getReceivedOn().toString()), PAGE);
    }

    /** The caller's inquiries: a district's own, a university's inbox, or all for the central contact. */
    public Page<InquiryRow> find(@NotNull PageRequest page) {
        Caller caller = currentUser.get();
        Filters.Choice<InquiryStatus> status = Filters.oneOf(InquiryStatus.class, page.filter("status"));
        if (status.matchesNothing()) {
            return Page.empty();
        }
        String where = " WHERE (:district IS NULL OR d.id = :district) AND (:university IS NULL OR un.id = :university)"
                + " AND (:status IS NULL OR i.status = :status)"
                + page.containsCondition("text", AnonymisedName.shownIn(page.language()), "i.studentName", "i.studentEmail");
        String from = " FROM Inquiry i JOIN i.district d JOIN i.university un";
        TypedQuery<Inquiry> rows = em.createQuery("SELECT i" + from + " JOIN FETCH i.district JOIN FETCH i.university"
                + where + page.orderBy(SORTABLE, "i.receivedOn", "i.id"), Inquiry.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(i)" + from + where, Long.class);
        Long district = caller.role() == Role.DISTRICT ? caller.districtId() : filterId(page, "districtId", caller);
        Long university = caller.role() == Role.UNIVERSITY ? caller.universityId() : filterId(page, "universityId", caller);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("district", district);
            query.setParameter("university", university);
            query.setParameter("status", status.orNull());
            page.bindContains(query, "text");
        }
        Instant now = clock.instant();
        List<InquiryRow> page1 = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList().stream()
                .map(i -> row(i, now)).toList();
        // every inquiry shown names a student: each is a view for the read log, by the inquiry's id
        readLog.inquiries(page1.stream().map(InquiryService::read).toList(), "InquiryService.find");
        return new Page<>(page1, count.getSingleResult());
    }

    public InquiryRow get(long id) {
        InquiryRow row = row(readable(id), clock.instant());
        readLog.inquiries(List.of(read(row)), "InquiryService.get");
        return row;
    }

    private static ReadLog.InquiryRead read(InquiryRow row) {
        return new ReadLog.InquiryRead(row.id(), row.requestId());
    }

    @RolesAllowed(Role.UNIVERSITY_NAME)
    public InquiryRow acknowledge(long id) {
        inbox(id).acknowledge(clock.instant());
        return get(id);
    }

    @RolesAllowed(Role.UNIVERSITY_NAME)
    public InquiryRow decline(long id, @NotBlank(message = "{field.required}")
                              @Size(max = Inquiry.REASON_MAX, message = "{field.tooLong}") String reason) {
        inbox(id).decline(reason, currentUser.get().username(), clock.instant());
        return get(id);
    }

    /**
     * Makes a student request of the inquiry in its university's list for the term, with the student id the
     * university gives the student. The request is made by {@link RequestChanges#create(long, long, RequestData)},
     * so it obeys every request's rules: the student id's (never a personal identity number), the request deadline
     * (after it only the central contact, recorded as a late change), a closed term, one request per student id
     * whatever its case, and who made it and when. The university acts on its own inbox; the central contact on any.
     */
    @RolesAllowed({Role.UNIVERSITY_NAME, Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public long turnIntoRequest(long id, long termId, String studentRef) {
        return requestOf(id, termId, studentRef);
    }

    /** Makes a request of the inquiry in the term an API call names (a 404 if there is none); returns the inquiry. */
    @RolesAllowed({Role.UNIVERSITY_NAME, Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public InquiryRow turnIntoRequest(long id, String termCode, String studentRef) {
        requestOf(id, terms.idOf(termCode), studentRef);
        return get(id);
    }

    private long requestOf(long id, long termId, String studentRef) {
        Inquiry inquiry = inbox(id);
        if (!inquiry.getStatus().isOpen()) {
            throw new InvalidInputException(null, "inquiry.error.closed");
        }
        RequestData data = new RequestData(studentRef, inquiry.getStudentName(), inquiry.getStudentEmail(),
                inquiry.getHomeUniversity(), true, List.of(), List.of(), List.of("sv"), false, null, List.of(), null);
        long requestId = requestChanges.create(termId, inquiry.getUniversity().getId(), data);
        inquiry.turnedInto(requestId, currentUser.get().username(), clock.instant());
        return requestId;
    }

    /** An inquiry the caller may read; another district's or university's is "not found". */
    private Inquiry readable(long id) {
        Inquiry inquiry = find(id);
        Caller caller = currentUser.get();
        boolean mayRead = caller.isCityWide()
                || caller.role() == Role.DISTRICT && inquiry.getDistrict().getId().equals(caller.districtId())
                || caller.role() == Role.UNIVERSITY && inquiry.getUniversity().getId().equals(caller.universityId());
        if (!mayRead) {
            throw new NotFoundException();
        }
        return inquiry;
    }

    /**
     * An inquiry forwarded to the caller's own university (or any, for the central contact). Another university's is
     * "not found", as when it is read: a 403 told that the inquiry exists.
     */
    private Inquiry inbox(long id) {
        Inquiry inquiry = readable(id);
        currentUser.get().requireUniversity(inquiry.getUniversity().getId());
        return inquiry;
    }

    private Inquiry find(long id) {
        Inquiry inquiry = em.find(Inquiry.class, id);
        if (inquiry == null) {
            throw new NotFoundException();
        }
        return inquiry;
    }

    private static InquiryRow row(Inquiry i, Instant now) {
        return new InquiryRow(i.getId(), i.getDistrict().getName(), i.getStudentName(), i.getStudentEmail(),
                i.getHomeUniversity(), i.getMessage(), i.getReceivedOn(), i.getUniversity().getCode(), i.getStatus(),
                i.getForwardedAt(), i.getAcknowledgedAt(), i.getDeclineReason(), i.getRequestId(),
                i.daysToAcknowledge(now));
    }

    /** A filter on district or university is honoured only for the city-wide roles. */
    private static Long filterId(PageRequest page, String name, Caller caller) {
        String value = page.filter(name);
        if (value == null || !caller.isCityWide()) {
            return null;
        }
        return Filters.id(value);
    }


    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
