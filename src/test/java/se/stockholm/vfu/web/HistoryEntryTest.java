package se.stockholm.vfu.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryEntryTest {

    @Test
    void detailsAreShownAsTextAndAMissingOneAsAnEmptyCell() {
        HistoryEntry entry = HistoryEntry.of(Instant.EPOCH, "it-so", "Genomförd", "Kurs A", null, LocalDate.of(2026, 1, 15), 2);

        assertThat(entry.details()).containsExactly("Kurs A", "", "2026-01-15", "2");
    }
}
