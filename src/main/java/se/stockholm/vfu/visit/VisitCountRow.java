package se.stockholm.vfu.visit;

import jakarta.json.bind.annotation.JsonbProperty;

/** A district's observation visits in a term: how many, their seats and how many are booked. */
public record VisitCountRow(long districtId, String districtName, long visits, long seats, long booked) {

    @JsonbProperty("free")
    public long getFree() {
        return seats - booked;
    }
}
