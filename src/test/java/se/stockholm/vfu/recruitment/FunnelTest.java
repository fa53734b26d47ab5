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
                    hired, retained, false));
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
    void stillEmployedIsNotYetKnownWhileAHiresTwelveMonthsAreNotOverNeverAZero() {
        List<FunnelFact> facts = new ArrayList<>(facts());
        for (int i = 0; i < 6; i++) {
            facts.add(new FunnelFact("VT2051", VT, 7, "Rinkeby", 2, "SH", true, true, false, i < 5));
        }

        List<FunnelRow> rows = Funnel.rows(facts, List.of(Funnel.Groups.CITY, Funnel.Groups.DISTRICTS), false);
        FunnelRow city = rows.stream().filter(r -> r.cohort().equals("VT2051") && r.groupType().equals(FunnelRow.CITY))
                .findFirst().orElseThrow();
        assertThat(city.hires()).isEqualTo(new FunnelCell(6, false));
        assertThat(city.retained12()).as("five hires' 12 months are not over").isEqualTo(FunnelCell.NOT_YET_KNOWN);
        assertThat(city.retained12().count()).isNull();
        assertThat(city.retained12().chartValue()).as("a gap in the chart").isNull();
        assertThat(rows.stream().filter(r -> r.cohort().equals("VT2051") && "Södermalm".equals(r.groupName()))
                .findFirst().orElseThrow().retained12()).as("Södermalm's are known: nobody hired")
                .isEqualTo(new FunnelCell(0, false));
        assertThat(Funnel.rows(facts, List.of(Funnel.Groups.CITY), false).get(0).retained12())
                .as("HT2050 is known").isEqualTo(new FunnelCell(4, false));

        FunnelRow sh = Funnel.rows(facts, List.of(Funnel.Groups.UNIVERSITIES), true).stream()
                .filter(r -> r.cohort().equals("VT2051") && r.groupName().equals("SH")).findFirst().orElseThrow();
        assertThat(sh.retained12()).as("6 hires: shown, the rest not yet known").isEqualTo(FunnelCell.NOT_YET_KNOWN);
    }

    @Test
    void aUniversityIsNotToldThatSomeoneWasHiredWhenItsHiresAreFewerThanFive() {
        List<FunnelFact> facts = List.of(new FunnelFact("VT2051", VT, 7, "Rinkeby", 2, "SH", true, true, false, true));

        FunnelRow sh = Funnel.rows(facts, List.of(Funnel.Groups.UNIVERSITIES), true).get(0);

        assertThat(sh.hires().suppressed()).isTrue();
        assertThat(sh.retained12()).isEqualTo(new FunnelCell(null, true));
    }

    @Test
    void aHiresRetentionIsPendingUntilTwelveMonthsHavePassedUnlessTheEmploymentEnded() {
        LocalDate hired = LocalDate.of(2050, 3, 1);
        assertThat(Funnel.retentionPending(hired, null, LocalDate.of(2051, 2, 28))).isTrue();
        assertThat(Funnel.retentionPending(hired, null, LocalDate.of(2051, 3, 1))).isFalse();
        assertThat(Funnel.retentionPending(hired, LocalDate.of(2050, 9, 1), LocalDate.of(2050, 10, 1)))
                .as("left before the 12 months: known, not retained").isFalse();
        assertThat(Funnel.retentionPending(null, null, LocalDate.of(2050, 10, 1))).isFalse();
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
