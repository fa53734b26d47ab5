package se.stockholm.vfu.visit;

/** A district's observation visits in a term: how many, their seats and how many are booked. */
public record VisitCountRow(long districtId, String districtName, long visits, long seats, long booked) {

    public long getFree() {
        return seats - booked;
    }
}
