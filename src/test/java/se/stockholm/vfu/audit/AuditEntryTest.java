package se.stockholm.vfu.audit;

import org.junit.jupiter.api.Test;
import se.stockholm.vfu.inquiry.InquiryStatus;
import se.stockholm.vfu.network.Attendance;
import se.stockholm.vfu.network.EventKind;
import se.stockholm.vfu.place.PlaceStatus;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.recruitment.CandidateStatus;
import se.stockholm.vfu.recruitment.PostStatus;
import se.stockholm.vfu.request.RequestStatus;
import se.stockholm.vfu.retention.AnonymisedName;
import se.stockholm.vfu.retention.Retention;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.supervisor.TrainingStatus;
import se.stockholm.vfu.support.ConcernStatus;
import se.stockholm.vfu.term.TermStatus;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What the audit page and its export show of a change, and which record types a filter may name. */
class AuditEntryTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Test
    void theExportSaysEachChangedFieldFromBeforeToAfterByItsNameInThePagesLanguage() {
        AuditEntry entry = new AuditEntry(7, Instant.EPOCH, "it-so", "unit", 12, AuditService.CHANGED,
                List.of(new FieldChange("name", "Gamla", "Nya"), new FieldChange("contact_email", null, "a@b.se")));

        assertThat(shown(entry, SWEDISH, Set.of(), Map.of()).changesText())
                .isEqualTo("Namn: Gamla → Nya; Kontaktpersonens e-post:  → a@b.se");
        assertThat(shown(entry, Locale.ENGLISH, Set.of(), Map.of()).changesText())
                .isEqualTo("Name: Gamla → Nya; Contact's e-mail:  → a@b.se");
        assertThat(entry.key()).isEqualTo("7-unit-12").isEqualTo(shown(entry, SWEDISH, Set.of(), Map.of()).key());
    }

    /**
     * The page and its export showed the values as stored: "PLANNED → OPEN", "→ true", "District: → 8". A status is
     * shown by the label its own pages use, a boolean as yes or no, a district by its name and one that no longer
     * exists by its id; a student request stays an id (its student was never named there).
     */
    @Test
    void valuesAreShownInThePagesLanguageAndRecordsByTheirNames() {
        AuditEntry term = new AuditEntry(8, Instant.EPOCH, "it-central", "term", 3, AuditService.CHANGED,
                List.of(new FieldChange("status", "PLANNED", "OPEN")));
        AuditEntry place = new AuditEntry(9, Instant.EPOCH, "it-so", "place_offer", 4, AuditService.CHANGED,
                List.of(new FieldChange("changed_after_deadline", "false", "true"), new FieldChange("district_id", "8", "99"),
                        new FieldChange("notes", "true", null)));
        AuditEntry placement = new AuditEntry(10, Instant.EPOCH, "it-central", "placement", 5, AuditService.ADDED,
                List.of(new FieldChange("request_id", null, "77")));
        Set<String> booleans = Set.of("place_offer.changed_after_deadline");
        Map<AuditedType, Map<Long, String>> names = Map.of(AuditedType.DISTRICT, Map.of(8L, "Södermalm"));

        assertThat(shown(term, SWEDISH, booleans, names).changesText()).isEqualTo("Status: Planerad → Öppen för rapportering");
        assertThat(shown(term, Locale.ENGLISH, booleans, names).changesText())
                .isEqualTo("Status: Planned → Open for reporting");
        assertThat(shown(place, SWEDISH, booleans, names).changesText()).isEqualTo(
                "Ändrad efter sista rapporteringsdag: Nej → Ja; Stadsdelsförvaltning: Södermalm → #99; Anteckningar: true → ");
        assertThat(shown(place, Locale.ENGLISH, booleans, names).changesText()).isEqualTo(
                "Changed after the reporting deadline: No → Yes; District: Södermalm → #99; Notes: true → ");
        assertThat(shown(placement, Locale.ENGLISH, booleans, names).changes())
                .containsExactly(new ShownEntry.Change("Student request", "", "77"));
    }

    /**
     * A placement's place offer and allocation run, a booking's visit and a candidacy's post showed as bare ids ("812"):
     * they read as their descriptions (RecordDescriptions), one that no longer exists by its id.
     */
    @Test
    void recordsWithoutANameAreShownByTheirDescriptionAndAGoneOneByItsId() {
        AuditEntry placement = new AuditEntry(11, Instant.EPOCH, "it-central", "placement", 5, AuditService.CHANGED,
                List.of(new FieldChange("place_offer_id", "12", "13"), new FieldChange("run_id", null, "4")));
        AuditEntry booking = new AuditEntry(12, Instant.EPOCH, "it-su", "observation_booking", 6, AuditService.ADDED,
                List.of(new FieldChange("visit_id", null, "7")));
        AuditEntry candidate = new AuditEntry(13, Instant.EPOCH, "it-so", "candidate", 8, AuditService.ADDED,
                List.of(new FieldChange("post_id", null, "9")));
        Map<AuditedType, Map<Long, String>> names = Map.of(
                AuditedType.PLACE_OFFER, Map.of(12L, "Solrosen (Södermalm), HT26"),
                AuditedType.ALLOCATION_RUN, Map.of(4L, "HT26, run on 2026-06-01 10:00"),
                AuditedType.OBSERVATION_VISIT, Map.of(7L, "Solrosen (Södermalm) on 2026-10-05"),
                AuditedType.TRAINEE_POST, Map.of(9L, "Solrosen (Södermalm), 2027-02-01 – 2028-01-31"));

        assertThat(shown(placement, Locale.ENGLISH, Set.of(), names).changesText()).isEqualTo(
                "Place offer: Solrosen (Södermalm), HT26 → #13; Allocation run:  → HT26, run on 2026-06-01 10:00");
        assertThat(shown(booking, Locale.ENGLISH, Set.of(), names).changesText())
                .isEqualTo("Observation visit:  → Solrosen (Södermalm) on 2026-10-05");
        assertThat(shown(candidate, SWEDISH, Set.of(), names).changesText())
                .isEqualTo("Traineetjänst:  → Solrosen (Södermalm), 2027-02-01 – 2028-01-31");
    }

    /** Every value of the enums the history shows has its label, in both languages. */
    @Test
    void everyValueOfAnEnumColumnHasItsLabelInBothLanguages() {
        Map<String, Class<? extends Enum<?>>> enums = Map.ofEntries(Map.entry("term.status", TermStatus.class),
                Map.entry("place_offer.status", PlaceStatus.class), Map.entry("student_request.status", RequestStatus.class),
                Map.entry("inquiry.status", InquiryStatus.class), Map.entry("placement.status", PlacementStatus.class),
                Map.entry("placement_concern.status", ConcernStatus.class), Map.entry("placement_concern.raised_by_role", Role.class),
                Map.entry("trainee_post.status", PostStatus.class), Map.entry("candidate.status", CandidateStatus.class),
                Map.entry("supervisor.training_status", TrainingStatus.class), Map.entry("app_user.role", Role.class),
                Map.entry("network_event.kind", EventKind.class), Map.entry("network_event_invitee.attendance", Attendance.class));
        assertThat(AuditValues.LABELS.keySet()).isEqualTo(enums.keySet());
        for (Map.Entry<String, Class<? extends Enum<?>>> column : enums.entrySet()) {
            String type = column.getKey().substring(0, column.getKey().indexOf('.'));
            String field = column.getKey().substring(column.getKey().indexOf('.') + 1);
            for (Enum<?> value : column.getValue().getEnumConstants()) {
                for (Locale locale : List.of(SWEDISH, Locale.ENGLISH)) {
                    AuditValues values = new AuditValues(locale, Set.of(), Map.of());
                    assertThat(values.value(type, field, value.name())).as(column.getKey() + " " + value + " " + locale)
                            .isNotEqualTo(value.name());
                }
            }
        }
    }

    private static ShownEntry shown(AuditEntry entry, Locale locale, Set<String> booleans,
                                    Map<AuditedType, Map<Long, String>> names) {
        return ShownEntry.of(entry, new AuditValues(locale, booleans, names));
    }

    /**
     * Retention rewrites an anonymised student's name in the history too, to a placeholder stored in Swedish: the
     * English change history and its export said "Anonymiserad". Shown in the page's language; a real name as it is.
     */
    @Test
    void retentionsPlaceholderIsShownInThePagesLanguage() {
        AuditEntry entry = new AuditEntry(8, Instant.EPOCH, "system", "student_request", 3, AuditService.CHANGED,
                List.of(new FieldChange("student_name", "Alva Hedberg", Retention.ANONYMISED_NAME)));

        assertThat(shown(entry, Locale.ENGLISH, Set.of(), Map.of()).changesText()).endsWith(": Alva Hedberg → Anonymised");
        assertThat(shown(entry, SWEDISH, Set.of(), Map.of()).changesText()).endsWith(": Alva Hedberg → Anonymiserad");
        assertThat(new AuditValues(Locale.ENGLISH, Set.of(), Map.of()).value("student_request", "student_name", "Anonymisedx"))
                .isEqualTo("Anonymisedx");
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

    /**
     * The API gives a point in time with its offset ("2026-12-06T03:58:32+01:00", beside the entry's {@code at} in UTC);
     * the page and its export still read Stockholm's wall-clock time, summer and winter alike.
     */
    @Test
    void aPointInTimeIsSentWithItsOffsetAndShownAsStockholmTime() {
        Instant winter = Instant.parse("2026-12-06T02:58:32Z");
        Instant summer = Instant.parse("2026-06-06T02:58:32Z");
        assertThat(ChangedFields.SECONDS.format(winter)).isEqualTo("2026-12-06T03:58:32+01:00");
        assertThat(ChangedFields.SECONDS.format(summer)).isEqualTo("2026-06-06T04:58:32+02:00");

        AuditValues values = new AuditValues(SWEDISH, Set.of(), Map.of());
        assertThat(values.value("unit", "deactivated_at", "2026-12-06T03:58:32+01:00")).isEqualTo("2026-12-06 03:58:32");
        assertThat(values.value("unit", "deactivated_at", "2026-06-06T02:58:32Z")).isEqualTo("2026-06-06 04:58:32");
        assertThat(values.value("unit", "name", "2026-12-06 Tisdag")).as("text is not a time").isEqualTo("2026-12-06 Tisdag");
    }

    /**
     * A run's "Placerade per önskemål" showed its stored counts, "12,5,1,0": they read per choice, the last count being
     * the places accepted without matching a preference; a value that is not a list of counts is shown as stored.
     */
    @Test
    void aRunsCountsPerPreferenceReadPerChoice() {
        AuditValues swedish = new AuditValues(SWEDISH, Set.of(), Map.of());
        AuditValues english = new AuditValues(Locale.ENGLISH, Set.of(), Map.of());
        assertThat(swedish.value("allocation_run", "profile", "12,5,1,0"))
                .isEqualTo("1:a hand 12, 2:a hand 5, 3:e hand 1, annan godtagbar plats 0");
        assertThat(english.value("allocation_run", "profile", "12,5,1,0"))
                .isEqualTo("1st choice 12, 2nd choice 5, 3rd choice 1, other acceptable place 0");
        assertThat(List.of(4, 11, 12, 13, 21, 22, 23, 101, 111).stream().map(swedish::ordinal).toList())
                .containsExactly("4:e", "11:e", "12:e", "13:e", "21:a", "22:a", "23:e", "101:a", "111:e");
        assertThat(List.of(4, 11, 12, 13, 21, 22, 23, 101, 111).stream().map(english::ordinal).toList())
                .containsExactly("4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th");
        assertThat(swedish.value("allocation_run", "profile", "12,x")).isEqualTo("12,x");
        assertThat(swedish.value("unit", "profile", "12,5")).as("another type's column of that name").isEqualTo("12,5");
    }

    @Test
    void typesAreNamedByTheirTableAndUnknownNamesAreNone() {
        assertThat(AuditedType.of("student_request")).contains(AuditedType.STUDENT_REQUEST);
        assertThat(AuditedType.of(" UNIT ")).contains(AuditedType.UNIT);
        assertThat(AuditedType.of("revinfo")).isEmpty();
        assertThat(AuditedType.STUDENT_REQUEST.historyTable()).isEqualTo("student_request_aud");
    }
}
