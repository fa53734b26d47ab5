package se.stockholm.vfu.network;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Attendance over the years: sums per organisation and year, and who never came. */
class AttendanceTableTest {

    @Test
    void sumsPerOrganisationAndYearAndMarksWhoNeverCame() {
        List<AttendanceTable.Line> lines = AttendanceTable.of(List.of(
                new AttendanceTable.Mark("Södermalm", true, 2055, Attendance.ATTENDED),
                new AttendanceTable.Mark("Södermalm", true, 2055, Attendance.ABSENT),
                new AttendanceTable.Mark("Södermalm", true, 2056, Attendance.ATTENDED),
                new AttendanceTable.Mark("Skärholmen", true, 2055, Attendance.ABSENT),
                new AttendanceTable.Mark("Skärholmen", true, 2056, null),
                new AttendanceTable.Mark("SU", false, 2056, null)));

        assertThat(lines).extracting(AttendanceTable.Line::name).containsExactly("Skärholmen", "Södermalm", "SU");
        AttendanceTable.Line sodermalm = lines.get(1);
        assertThat(sodermalm.year(2055)).isEqualTo(new AttendanceTable.Cell(2, 1, 2));
        assertThat(sodermalm.total()).isEqualTo(new AttendanceTable.Cell(3, 2, 3));
        assertThat(sodermalm.neverAttended()).isFalse();
        assertThat(lines.get(0).neverAttended()).as("absent whenever recorded").isTrue();
        assertThat(lines.get(2).neverAttended()).as("nothing recorded is not 'never'").isFalse();
        assertThat(AttendanceTable.years(lines)).containsExactly(2055, 2056);
    }

    @Test
    void listsTheDistrictsInSwedishOrderÅÄÖLast() {
        List<AttendanceTable.Line> lines = AttendanceTable.of(List.of(
                new AttendanceTable.Mark("Östermalm", true, 2055, Attendance.ATTENDED),
                new AttendanceTable.Mark("Älvsjö", true, 2055, Attendance.ATTENDED),
                new AttendanceTable.Mark("Årsta", true, 2055, Attendance.ATTENDED),
                new AttendanceTable.Mark("Bromma", true, 2055, Attendance.ATTENDED)));

        // by character code Ä came before Å; Swedish has å, ä, ö after z
        assertThat(lines).extracting(AttendanceTable.Line::name).containsExactly("Bromma", "Årsta", "Älvsjö", "Östermalm");
    }
}
