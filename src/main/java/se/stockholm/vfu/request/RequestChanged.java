package se.stockholm.vfu.request;

import se.stockholm.vfu.security.Role;

/**
 * Fired inside the transaction that changes or withdraws a request, after the change, so that the student's
 * university can be told when someone else (the central contact, the administrator) changed its request, without
 * the request feature knowing how people are told. It names no more of the request than a notice may show.
 *
 * @param requestId    the request
 * @param universityId the student's university, whose request it is
 * @param termCode     the term
 * @param studentName  the student, as the request names them now
 * @param withdrawn    whether the change withdrew the request
 * @param reason       the withdrawal's reason, else null
 * @param by           the role of whoever changed it
 */
public record RequestChanged(long requestId, long universityId, String termCode, String studentName,
                             boolean withdrawn, String reason, Role by) {

    static RequestChanged of(StudentRequest request, Role by) {
        boolean withdrawn = request.getStatus() == RequestStatus.WITHDRAWN;
        return new RequestChanged(request.getId(), request.getUniversity().getId(), request.getTerm().getCode(),
                request.getStudentName(), withdrawn, withdrawn ? request.getWithdrawalReason() : null, by);
    }
}
