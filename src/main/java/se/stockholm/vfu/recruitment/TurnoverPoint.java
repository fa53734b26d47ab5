package se.stockholm.vfu.recruitment;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One year of a district's chart: its turnover rate per staff group beside the city's, and beside its recruitment
 * (trainees started and permanent hires that year on its posts). A rate is null where no figures were entered.
 */
public record TurnoverPoint(int year, BigDecimal districtCaseWorkers, BigDecimal cityCaseWorkers,
                            BigDecimal districtSocialSecretaries, BigDecimal citySocialSecretaries,
                            long trainees, long hires) implements Serializable {
}
