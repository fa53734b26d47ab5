package se.stockholm.vfu.visit;

import jakarta.json.bind.annotation.JsonbProperty;

import java.time.LocalDate;

/** An observation visit with its free seats. */
public record VisitRow(long id, long version, String termCode, long districtId, String districtName, String unitName,
                       LocalDate date, int seats, int booked, String note) {

    @JsonbProperty("free")
    public int getFree() {
        return seats - booked;
    }

    @JsonbProperty("full")
    public boolean isFull() {
        return booked >= seats;
    }
}
