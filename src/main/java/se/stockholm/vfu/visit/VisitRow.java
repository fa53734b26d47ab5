package se.stockholm.vfu.visit;

import java.time.LocalDate;

/** An observation visit with its free seats. */
public record VisitRow(long id, long version, String termCode, long districtId, String districtName, String unitName,
                       LocalDate date, int seats, int booked, String note) {

    public int getFree() {
        return seats - booked;
    }

    public boolean isFull() {
        return booked >= seats;
    }
}
