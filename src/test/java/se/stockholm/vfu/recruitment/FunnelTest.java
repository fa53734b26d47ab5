package se.stockholm.vfu.recruitment;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The funnel's figures against counts made by hand, and the suppression of small figures for a university. */
class FunnelTest {

    private static final LocalDate HT = LocalDate.of(2050, 8, 25);
    private static final LocalDate VT = LocalDate.of(2051, 1, 20);

    /**
     * HT2050: 12 students, 8 at SU (Södermalm) and 4 at SH (Rinkeby). Of SU's: 6 trainees, 5 hired, 3 still employed
     * after 12 months; of SH's: 2 trainees, 1 hired, 1 still employed. VT2051: 3 students at SU, none went on.
     */
    private static List<FunnelFact> facts() {
        List<FunnelFact> facts = new ArrayList<>();
        add(facts, "HT2050", HT, "Södermalm", "SU", 2, false, false, false);
        add(facts, "HT2050", HT, "Södermalm", "SU", 1, true, false, false);
        add(facts, "HT2050", HT, "Södermalm", "SU", 2, true, true, false);
        add(facts, "HT2050", HT, "Södermalm", "SU", 3, true, true, true);
        add(facts, "HT2050", HT, "Rinkeby", "SH", 2, false, false, false);
        add(facts, "HT2050", HT, "Rinkeby", "SH", 1, true, false, false);
        add(facts, "HT2050", HT, "Rinkeby", "SH", 1, true, true, true);
        add(facts, "VT2051", VT, "Södermalm", "SU", 3, false, false, false);
        return facts;
    }

    private static void add(List<FunnelFact> facts, String cohort, LocalDate start, String district, String university,
                            int times, boolean trainee, boolean hired, boolean retained) {
        for (int i = 0; i < times; i++) {
            facts.add(new FunnelFact(cohort, start, district.length(), district, university.length(), university, trainee,
                    hired, retained));
        }
    }

    private static int[] counts(FunnelRow row) {
        return new int[] {row.students().count(), row.trainees().count(), row.hires().count(), row.retained12().count()};
    }

    @Test
    void theCitysFunnelPerCohortCountsEveryStudentOnce() {
        List<FunnelRow> rows = Funnel.rows(facts(), List.of(Funnel.Groups.CITY), false);
        assertThat(rows).extracting(FunnelRow::cohort).containsExactly("HT2050", "VT2051");
        assertThat(counts(rows.get(0))).containsExactly(12, 8, 6, 4);
        assertThat(counts(rows.get(1))).containsExactly(3, 0, 0, 0);
    }

    @Test
    void perDistrictAndPerUniversityTheFiguresAddUpToTheCitys() {
        List<FunnelRow> rows = Funnel.rows(facts(), List.of(Funnel.Groups.DISTRICTS, Funnel.Groups.UNIVERSITIES), false);
        List<FunnelRow> ht = rows.stream().filter(r -> r.cohort().equals("HT2050")).toList();
        assertThat(ht).extracting(FunnelRow::groupType, FunnelRow::groupName).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FunnelRow.DISTRICT, "Rinkeby"),
                org.assertj.core.groups.Tuple.tuple(FunnelRow.DISTRICT, "Södermalm"),
                org.assertj.core.groups.Tuple.tuple(FunnelRow.UNIVERSITY, "SH"),
                org.assertj.core.groups.Tuple.tuple(FunnelRow.UNIVERSITY, "SU"));
        assertThat(counts(ht.get(0))).containsExactly(4, 2, 1, 1);
        assertThat(counts(ht.get(1))).containsExactly(8, 6, 5, 3);
    }

    @Test
    void forAUniversityEveryFigureUnderFiveIsFewerThanFiveAndNeverANumber() {
        List<FunnelRow> rows = Funnel.rows(facts(), List.of(Funnel.Groups.UNIVERSITIES), true);
        FunnelRow su = rows.stream().filter(r -> r.cohort().equals("HT2050") && r.groupName().equals("SU")).findFirst()
                .orElseThrow();
        assertThat(su.students()).isEqualTo(new FunnelCell(8, false));
        assertThat(su.trainees()).isEqualTo(new FunnelCell(6, false));
        assertThat(su.hires()).isEqualTo(new FunnelCell(5, false));
        assertThat(su.retained12()).as("3 is under 5").isEqualTo(new FunnelCell(null, true));
        FunnelRow sh = rows.stream().filter(r -> r.cohort().equals("HT2050") && r.groupName().equals("SH")).findFirst()
                .orElseThrow();
        assertThat(List.of(sh.students(), sh.trainees(), sh.hires(), sh.retained12()))
                .as("4, 2, 1 and 1 are all under 5").allMatch(c -> c.suppressed() && c.count() == null);
        FunnelRow vt = rows.stream().filter(r -> r.cohort().equals("VT2051")).findFirst().orElseThrow();
        assertThat(vt.students().suppressed()).as("3 students").isTrue();
        assertThat(vt.hires().suppressed()).as("0 is under 5 too").isTrue();
        assertThat(vt.hires().chartValue()).isZero();
    }

    @Test
    void stillEmployedCountsOnlyHiresWhoseTwelveMonthsHavePassedWithoutTheEmploymentEnding() {
        LocalDate hired = LocalDate.of(2050, 3, 1);
        assertThat(Funnel.retained12(hired, null, LocalDate.of(2051, 3, 1))).isTrue();
        assertThat(Funnel.retained12(hired, null, LocalDate.of(2051, 2, 28))).as("12 months not over").isFalse();
        assertThat(Funnel.retained12(hired, LocalDate.of(2051, 2, 28), LocalDate.of(2052, 1, 1))).isFalse();
        assertThat(Funnel.retained12(hired, LocalDate.of(2051, 3, 1), LocalDate.of(2052, 1, 1))).isTrue();
        assertThat(Funnel.retained12(null, null, LocalDate.of(2052, 1, 1))).isFalse();
    }
}
