package se.stockholm.vfu.recruitment;

import org.junit.jupiter.api.Test;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.request.importing.ImportError;
import se.stockholm.vfu.request.importing.SheetReader;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A staff group's figures have an upper limit: a typing error of a few extra digits is answered, not stored, so the
 * city's sums of the districts' figures cannot overflow and no rate is worked out from an absurd figure. The same rule
 * for a form and for an imported file.
 */
class StaffFiguresTest {

    private static final Map<String, Long> DISTRICTS = Map.of("SO", 1L);

    @Test
    void moreStaffThanTheLimitIsRefusedNamingTheField() {
        assertThatThrownBy(() -> StaffTurnover.check(StaffTurnover.MAX_STAFF + 1, 10, 0))
                .isInstanceOfSatisfying(InvalidInputException.class, wrong -> {
                    assertThat(wrong.getField()).isEqualTo("permanentStaff");
                    assertThat(wrong.getArguments()).containsExactly(StaffTurnover.MAX_STAFF);
                });
        assertThatThrownBy(() -> StaffTurnover.check(0, 0, 0)).isInstanceOf(InvalidInputException.class);

        StaffTurnover.check(StaffTurnover.MAX_STAFF, StaffTurnover.MAX_STAFF, 0);
    }

    @Test
    void anImportedRowAboveTheLimitIsAnErrorOfItsRowAndTheOthersAreRead() {
        String csv = "stadsdel,år,yrkesgrupp,tillsvidareanställda,slutat\n"
                + "SO,2024,socialsekreterare,80,12\n"
                + "SO,2025,socialsekreterare,8000000,12\n"
                + "SO,2025,biståndshandläggare," + StaffTurnover.MAX_STAFF + ",12\n";

        TurnoverSheet.Result result = TurnoverSheet.parse(
                SheetReader.read("turnover.csv", csv.getBytes(StandardCharsets.UTF_8)), DISTRICTS, null);

        assertThat(result.errors()).containsExactly(new ImportError(3, "permanent", "recruitment.error.staff",
                List.of(Integer.toString(StaffTurnover.MAX_STAFF))));
        assertThat(result.rows()).extracting(row -> row.form().permanentStaff())
                .containsExactly(80, StaffTurnover.MAX_STAFF);
    }
}
