package se.stockholm.vfu.datasubject;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The data-subject export's file name: in the language of the page it is downloaded from, Swedish for the API. */
class DataSubjectJsonTest {

    @Test
    void theFileIsNamedInThePagesLanguage() {
        DataSubjectExport export = new DataSubjectExport("1", Instant.parse("2026-12-01T13:32:05Z"), "it-central", "SU",
                "s123", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());

        assertThat(DataSubjectJson.fileName(export)).isEqualTo("registerutdrag-SU-2026-12-01-143205.json");
        assertThat(DataSubjectJson.fileName(export, Locale.forLanguageTag("sv")))
                .isEqualTo("registerutdrag-SU-2026-12-01-143205.json");
        assertThat(DataSubjectJson.fileName(export, Locale.ENGLISH)).isEqualTo("data-subject-export-SU-2026-12-01-143205.json");
    }
}
