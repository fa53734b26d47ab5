package se.stockholm.vfu.compensation;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.support.SupportFixtures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compensation basis from real placements and their history: a completed placement adds its weeks to its district
 * and university's row; the central contact sees every district, a district its own rows only, a university its own
 * students' rows only.
 */
@ExtendWith(ArquillianExtension.class)
class CompensationIT {

    @Inject
    CompensationService compensationService;

    @Inject
    SupportFixtures fixtures;

    @Inject
    RunAs runAs;

    @Test
    void aCompletedPlacementAddsItsSupervisedWeeksToItsDistrictAndUniversity() throws Exception {
        long termId = fixtures.term().getId();
        long before = workdays(Fixtures.CENTRAL, termId, "Södermalm", "SU");

        // started before the VFU period (counted from its first day, Monday 30 August), completed on the Friday of the
        // fourth week: 20 working days
        fixtures.startedPlacement("SO", "SU", LocalDate.of(2060, 9, 24));

        assertThat(workdays(Fixtures.CENTRAL, termId, "Södermalm", "SU")).isEqualTo(before + 20);
        CompensationRow row = runAs.user(Fixtures.CENTRAL, () -> compensationService.rows(termId)).stream()
                .filter(r -> r.districtName().equals("Södermalm") && r.universityCode().equals("SU")).findFirst()
                .orElseThrow();
        assertThat(row.weeks()).isEqualByComparingTo(SupervisedWeeks.weeks(row.workdays()));
    }

    @Test
    void eachRoleSeesOnlyItsOwnRows() throws Exception {
        long termId = fixtures.term().getId();
        fixtures.startedPlacement("SO", "SH", LocalDate.of(2060, 10, 1));
        fixtures.startedPlacement("RK", "SU", LocalDate.of(2060, 10, 1));

        List<CompensationRow> central = runAs.user(Fixtures.CENTRAL, () -> compensationService.rows(termId));
        List<CompensationRow> district = runAs.user(Fixtures.SODERMALM, () -> compensationService.rows(termId));
        List<CompensationRow> university = runAs.user(Fixtures.SU, () -> compensationService.rows(termId));

        assertThat(central).extracting(CompensationRow::districtName).contains("Södermalm", "Rinkeby-Kista");
        assertThat(district).isNotEmpty().extracting(CompensationRow::districtName).containsOnly("Södermalm");
        assertThat(university).isNotEmpty().extracting(CompensationRow::universityCode).containsOnly("SU");
        assertThat(district).allSatisfy(r -> assertThat(central).contains(r));
        assertThat(university.stream().map(CompensationRow::weeks).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isPositive();
    }

    private long workdays(String user, long termId, String district, String university) throws Exception {
        return runAs.user(user, () -> compensationService.rows(termId)).stream()
                .filter(r -> r.districtName().equals(district) && r.universityCode().equals(university))
                .mapToLong(CompensationRow::workdays).sum();
    }
}
