package se.stockholm.vfu.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the audit page and its export show of a change, and which record types a filter may name. */
class AuditEntryTest {

    @Test
    void theExportSaysEachChangedFieldFromBeforeToAfter() {
        AuditEntry entry = new AuditEntry(7, Instant.EPOCH, "it-so", "unit", 12, AuditService.CHANGED,
                List.of(new FieldChange("name", "Gamla", "Nya"), new FieldChange("contact_email", null, "a@b.se")));

        assertThat(entry.changesText()).isEqualTo("name: Gamla → Nya; contact_email:  → a@b.se");
        assertThat(entry.key()).isEqualTo("7-unit-12");
    }

    @Test
    void typesAreNamedByTheirTableAndUnknownNamesAreNone() {
        assertThat(AuditedType.of("student_request")).contains(AuditedType.STUDENT_REQUEST);
        assertThat(AuditedType.of(" UNIT ")).contains(AuditedType.UNIT);
        assertThat(AuditedType.of("revinfo")).isEmpty();
        assertThat(AuditedType.STUDENT_REQUEST.historyTable()).isEqualTo("student_request_aud");
    }
}
