package se.stockholm.vfu.request;

import se.stockholm.vfu.common.JpqlLiterals;
import se.stockholm.vfu.placement.PlacementStatus;

import java.util.List;

/**
 * A request's status as lists, the API and the edit page show it, as JPQL for the queries that read requests. The
 * request stores only SENT or WITHDRAWN; a sent request is PLACED while it has a placement in
 * {@link PlacementStatus#PLACED} (confirmed or later). Worked out when read rather than stored beside the placement:
 * a placement moves through offers, confirmations, declines, cancellations and withdrawals, and a second copy of its
 * state on the request would have to follow every one of them (and raise the request's version under a university
 * editing it). One correlated EXISTS on the placement's indexed request column per row read: no extra query.
 */
public final class ShownStatus {

    private static final String SENT = JpqlLiterals.of(RequestStatus.SENT);
    private static final String WITHDRAWN = JpqlLiterals.of(RequestStatus.WITHDRAWN);
    private static final String PLACED_STATUSES = JpqlLiterals.of(PlacementStatus.PLACED);

    /** The shown statuses in the order of a request's life: sent, then placed, or withdrawn in the end. */
    public static final List<RequestStatus> IN_LIFE_ORDER = List.of(RequestStatus.SENT, RequestStatus.PLACED,
            RequestStatus.WITHDRAWN);

    private ShownStatus() {
    }

    /**
     * The request's place in {@link #IN_LIFE_ORDER}, a number to sort by: the status itself sorts by the enum's name
     * (placed, sent, withdrawn), an order no user reads the column in.
     */
    public static String order(String request) {
        StringBuilder order = new StringBuilder("CASE");
        for (RequestStatus status : IN_LIFE_ORDER) {
            order.append(" WHEN ").append(is(status, request)).append(" THEN ").append(IN_LIFE_ORDER.indexOf(status));
        }
        return order.append(" END").toString();
    }

    /** The shown status of the request with the JPQL alias {@code request}, an expression of type RequestStatus. */
    public static String of(String request) {
        return "CASE WHEN " + request + ".status = " + SENT + " AND " + placed(request) + " THEN "
                + JpqlLiterals.of(RequestStatus.PLACED) + " ELSE " + request + ".status END";
    }

    /** The shown status of a request stored with {@code stored}, {@code placed} if it has a placement in PLACED. */
    public static RequestStatus of(RequestStatus stored, boolean placed) {
        return stored == RequestStatus.SENT && placed ? RequestStatus.PLACED : stored;
    }

    /** A condition: the request with the JPQL alias {@code request} is shown with {@code status}. */
    public static String is(RequestStatus status, String request) {
        return switch (status) {
            case WITHDRAWN -> request + ".status = " + WITHDRAWN;
            case PLACED -> "(" + request + ".status = " + SENT + " AND " + placed(request) + ")";
            case SENT -> "(" + request + ".status = " + SENT + " AND NOT " + placed(request) + ")";
        };
    }

    private static String placed(String request) {
        return "EXISTS (SELECT shown.id FROM Placement shown WHERE shown.request = " + request + " AND shown.status IN "
                + PLACED_STATUSES + ")";
    }
}
