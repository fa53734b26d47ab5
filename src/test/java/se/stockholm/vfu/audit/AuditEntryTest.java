package se.stockholm.vfu.audit;

import org.junit.jupiter.api.Test;
import se.stockholm.vfu.retention.AnonymisedName;
import se.stockholm.vfu.retention.Retention;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What the audit page and its export show of a change, and which record types a filter may name. */
class AuditEntryTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Test
    void theExportSaysEachChangedFieldFromBeforeToAfterByItsNameInThePagesLanguage() {
        AuditEntry entry = new AuditEntry(7, Instant.EPOCH, "it-so", "unit", 12, AuditService.CHANGED,
                List.of(new FieldChange("name", "Gamla", "Nya"), new FieldChange("contact_email", null, "a@b.se")));

        assertThat(entry.changesText(SWEDISH)).isEqualTo("Namn: Gamla → Nya; Kontaktpersonens e-post:  → a@b.se");
        assertThat(entry.changesText(Locale.ENGLISH)).isEqualTo("Name: Gamla → Nya; Contact's e-mail:  → a@b.se");
        assertThat(entry.key()).isEqualTo("7-unit-12");
    }

    /**
     * Retention rewrites an anonymised student's name in the history too, to a placeholder stored in Swedish: the
     * English change history and its export said "Anonymiserad". Shown in the page's language; a real name as it is.
     */
    @Test
    void retentionsPlaceholderIsShownInThePagesLanguage() {
        AuditEntry entry = new AuditEntry(8, Instant.EPOCH, "system", "student_request", 3, AuditService.CHANGED,
                List.of(new FieldChange("student_name", "Alva Hedberg", Retention.ANONYMISED_NAME)));

        assertThat(entry.changesText(Locale.ENGLISH)).endsWith(": Alva Hedberg → Anonymised");
        assertThat(entry.changesText(SWEDISH)).endsWith(": Alva Hedberg → Anonymiserad");
        assertThat(entry.value(Retention.ANONYMISED_NAME, Locale.ENGLISH)).isEqualTo("Anonymised");
        assertThat(entry.value("Anonymisedx", Locale.ENGLISH)).isEqualTo("Anonymisedx");
        assertThat(AnonymisedName.shown(null, Locale.ENGLISH)).isNull();
        assertThat(AnonymisedName.shown(Retention.ANONYMISED_NAME, SWEDISH)).isEqualTo(Retention.ANONYMISED_NAME);
    }

    /** The page showed the history's columns: "ended_on", "changed_at", "live_request_id", "changed_by", "taken". */
    @Test
    void fieldsAreNamedInThePagesLanguageNeverByTheirColumn() {
        assertThat(AuditFieldNames.name(SWEDISH, "placement", "ended_on")).isEqualTo("Avslutad den");
        assertThat(AuditFieldNames.name(Locale.ENGLISH, "placement", "ended_on")).isEqualTo("Ended on");
        assertThat(AuditFieldNames.name(SWEDISH, "placement", "changed_by")).isEqualTo("Ändrad av");
        assertThat(AuditFieldNames.name(Locale.ENGLISH, "place_offer", "taken")).isEqualTo("Seats taken");
        // a column meaning something of its own in one type is named for that type
        assertThat(AuditFieldNames.name(SWEDISH, "candidate", "status")).isEqualTo("Steg");
        assertThat(AuditFieldNames.name(SWEDISH, "placement", "status")).isEqualTo("Status");
        // a column no one named yet is still words, not a key
        assertThat(AuditFieldNames.name(SWEDISH, "unit", "some_new_column")).isEqualTo("some new column");
    }

    @Test
    void typesAreNamedByTheirTableAndUnknownNamesAreNone() {
        assertThat(AuditedType.of("student_request")).contains(AuditedType.STUDENT_REQUEST);
        assertThat(AuditedType.of(" UNIT ")).contains(AuditedType.UNIT);
        assertThat(AuditedType.of("revinfo")).isEmpty();
        assertThat(AuditedType.STUDENT_REQUEST.historyTable()).isEqualTo("student_request_aud");
    }
}
