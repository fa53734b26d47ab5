package se.stockholm.vfu.recruitment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Staff turnover as the city reports it (personalrörlighet): permanent staff who left, divided by all permanent staff,
 * in per cent with one decimal (half up), e.g. 14/48 = 29.2 %.
 */
public final class TurnoverRate {

    private TurnoverRate() {
    }

    public static BigDecimal percent(long left, long permanentStaff) {
        if (permanentStaff <= 0) {
            return null;
        }
        return BigDecimal.valueOf(left).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(permanentStaff), 1, RoundingMode.HALF_UP);
    }
}
