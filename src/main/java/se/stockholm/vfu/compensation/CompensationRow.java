package se.stockholm.vfu.compensation;

import java.math.BigDecimal;

/** One district's supervision of one university's students in a term: students, working days, student-weeks. */
public record CompensationRow(long districtId, String districtName, String universityCode, int students,
                              long workdays, BigDecimal weeks) {
}
