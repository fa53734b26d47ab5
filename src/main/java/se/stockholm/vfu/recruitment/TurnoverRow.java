package se.stockholm.vfu.recruitment;

import jakarta.json.bind.annotation.JsonbProperty;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One year's staff turnover of one staff group for a district or the city ({@code districtId} null), with its rate in
 * per cent. A city row is as reported ({@code summed} false) or the sum of the districts' rows ({@code summed} true,
 * no id).
 */
public record TurnoverRow(Long id, long version, Long districtId, String scopeName, int year, StaffGroup group,
                          int permanentStaff, int left, int movedInCity, BigDecimal rate, boolean summed,
                          Instant changedAt, String changedBy) implements Serializable {

    public static TurnoverRow of(StaffTurnover t) {
        return new TurnoverRow(t.getId(), t.getVersion(), t.getDistrict() == null ? null : t.getDistrict().getId(),
                t.getDistrict() == null ? null : t.getDistrict().getName(), t.getYear(), t.getGroup(),
                t.getPermanentStaff(), t.getLeft(), t.getMovedInCity(),
                TurnoverRate.percent(t.getLeft(), t.getPermanentStaff()), false, t.getChangedAt(), t.getChangedBy());
    }

    @JsonbProperty("city")
    public boolean isCity() {
        return districtId == null;
    }
}
