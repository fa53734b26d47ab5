package se.stockholm.vfu.audit;

import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.common.Texts;
import se.stockholm.vfu.retention.AnonymisedName;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Map.entry;

/**
 * A changed value as the page and its export show it, in the page's language: the history stores what the columns
 * hold ({@code PLANNED}, {@code true}, the id 8 of a district), which the API keeps as it is, while people read the
 * status as the record's own pages label it, a yes or no, the district by its name and a place offer by its term, unit
 * and district. A record pointed at that no longer exists is shown by its id ("#8"). Records of students (requests,
 * placements) stay ids: their names were never shown where the history only pointed at them; a placement's live
 * request is described by its id, term and university, never its student. A run's placed-per-preference counts, stored
 * as a list of numbers, read as "1:a hand 12, 2:a hand 5, …". {@code AuditSchemaIT}
 * fails on a reference or enum column of the history that is shown neither readably here nor as stored on purpose.
 */
public final class AuditValues {

    /**
     * Enum columns, by {@code <type>.<column>}: the prefix of the labels the record's own pages use for their values
     * ({@code AuditEntryTest} checks that every value of each enum has its label in both languages).
     */
    static final Map<String, String> LABELS = Map.ofEntries(
            entry("term.status", "term.status."),
            entry("place_offer.status", "place.status."),
            entry("student_request.status", "request.status."),
            entry("inquiry.status", "inquiry.status."),
            entry("placement.status", "placement.status."),
            entry("placement_concern.status", "support.concern.status."),
            entry("placement_concern.raised_by_role", "support.role."),
            entry("trainee_post.status", "recruitment.postStatus."),
            entry("candidate.status", "recruitment.candidateStatus."),
            entry("supervisor.training_status", "training."),
            entry("app_user.role", "role."),
            entry("network_event.kind", "network.kind."),
            entry("network_event_invitee.attendance", "network.attendance."));

    /**
     * Columns pointing at a record that people know by a name or by what identifies it ({@link RecordDescriptions}),
     * whatever the type they are in, and the type of that record.
     */
    static final Map<String, AuditedType> REFERENCES = Map.ofEntries(
            entry("district_id", AuditedType.DISTRICT),
            entry("district_pref_1_id", AuditedType.DISTRICT),
            entry("district_pref_2_id", AuditedType.DISTRICT),
            entry("district_pref_3_id", AuditedType.DISTRICT),
            entry("area_id", AuditedType.AREA_OF_WORK),
            entry("area_pref_1_id", AuditedType.AREA_OF_WORK),
            entry("area_pref_2_id", AuditedType.AREA_OF_WORK),
            entry("area_pref_3_id", AuditedType.AREA_OF_WORK),
            entry("university_id", AuditedType.UNIVERSITY),
            entry("training_university_id", AuditedType.UNIVERSITY),
            entry("unit_id", AuditedType.UNIT),
            entry("supervisor_id", AuditedType.SUPERVISOR),
            entry("term_id", AuditedType.TERM),
            entry("user_id", AuditedType.APP_USER),
            entry("event_id", AuditedType.NETWORK_EVENT),
            entry("document_id", AuditedType.NETWORK_DOCUMENT),
            entry("minutes_document_id", AuditedType.NETWORK_DOCUMENT),
            entry("place_offer_id", AuditedType.PLACE_OFFER),
            entry("run_id", AuditedType.ALLOCATION_RUN),
            entry("visit_id", AuditedType.OBSERVATION_VISIT),
            entry("post_id", AuditedType.TRAINEE_POST),
            // the placement's own request while the placement is live: what makes it the student's live placement
            entry("live_request_id", AuditedType.STUDENT_REQUEST));

    /** A run's students placed per rank of preference, stored as their counts, 1st choice first ({@code "12,5,1,0"}). */
    static final String PROFILE = "allocation_run.profile";

    private static final String PEOPLES_TIME = "yyyy-MM-dd HH:mm:ss";
    private static final DateTimeFormatter PEOPLES_TIME_FORMAT = DateTimeFormatter.ofPattern(PEOPLES_TIME)
            .withZone(StockholmTime.ZONE);

    private final Locale locale;
    /** The boolean columns among the changes, as {@code <type>.<column>} (the history's column types say which). */
    private final Set<String> booleans;
    /** The names of the records the changes point at, by type and id, in this language. */
    private final Map<AuditedType, Map<Long, String>> names;

    public AuditValues(Locale locale, Set<String> booleans, Map<AuditedType, Map<Long, String>> names) {
        this.locale = locale;
        this.booleans = Set.copyOf(booleans);
        this.names = Map.copyOf(names);
    }

    /** The column of a name of the records of this type, in this language (a constant, never built from input). */
    static String nameColumn(AuditedType type, Locale locale) {
        return switch (type) {
            case AREA_OF_WORK, UNIVERSITY -> "en".equals(locale.getLanguage()) ? "name_en" : "name_sv";
            case TERM -> "code";
            case APP_USER -> "username";
            case NETWORK_EVENT, NETWORK_DOCUMENT -> "title";
            default -> "name";
        };
    }

    /**
     * A point in time of the history ({@link ChangedFields#SECONDS}, with its offset) as people read it: Stockholm's
     * date and time, "2026-12-06 03:58:32". Empty for any other value.
     */
    static Optional<String> wallClock(String value) {
        if (value.length() < PEOPLES_TIME.length() || value.charAt(10) != 'T') {
            return Optional.empty();
        }
        try {
            return Optional.of(PEOPLES_TIME_FORMAT.format(ChangedFields.SECONDS.parse(value, Instant::from)));
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }

    /** The id a reference column holds, empty for any other column or an empty value. */
    static Optional<Long> referenced(String column, String value) {
        if (value == null || !REFERENCES.containsKey(column)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(value));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    /** The change as the page shows it: the field named and both values written in the page's language. */
    public ShownEntry.Change shown(String type, FieldChange change) {
        return new ShownEntry.Change(AuditFieldNames.name(locale, type, change.field()),
                value(type, change.field(), change.before()), value(type, change.field(), change.after()));
    }

    /** One value as people read it; empty stays empty, and a value no rule knows is shown as stored. */
    String value(String type, String column, String value) {
        if (value == null) {
            return "";
        }
        if (booleans.contains(type + "." + column)) {
            return Texts.text(locale, Boolean.parseBoolean(value) ? "common.yes" : "common.no");
        }
        if (PROFILE.equals(type + "." + column)) {
            return profile(value);
        }
        String labels = LABELS.get(type + "." + column);
        if (labels != null) {
            String label = Texts.text(locale, labels + value);
            return label.equals(labels + value) ? value : label;
        }
        Optional<Long> id = referenced(column, value);
        if (id.isPresent()) {
            String name = names.getOrDefault(REFERENCES.get(column), Map.of()).get(id.get());
            return name == null ? "#" + id.get() : name;
        }
        Optional<String> time = wallClock(value);
        if (time.isPresent()) {
            return time.get();
        }
        // retention's placeholder for a student's name, stored in Swedish, in the page's language
        return AnonymisedName.shown(value, locale);
    }

    /**
     * A run's counts per rank as people read them: "1:a hand 12, 2:a hand 5, annan godtagbar plats 1". The last count
     * is of places acceptable without matching a preference (allocation.engine.RankProfile); a list that is not one
     * of counts is shown as stored.
     */
    String profile(String value) {
        String[] counts = value.split(",", -1);
        List<String> shown = new ArrayList<>();
        for (int rank = 1; rank <= counts.length; rank++) {
            String count = counts[rank - 1].trim();
            if (!count.matches("\\d+")) {
                return value;
            }
            shown.add(rank == counts.length ? Texts.text(locale, "audit.profile.unranked", count)
                    : Texts.text(locale, "audit.profile.rank", ordinal(rank), count));
        }
        return String.join(", ", shown);
    }

    /** 1:a, 2:a, 3:e, 11:e, 21:a in Swedish; 1st, 2nd, 3rd, 11th, 21st in English. */
    String ordinal(int number) {
        int lastTwo = number % 100;
        int last = number % 10;
        if ("en".equals(locale.getLanguage())) {
            String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                    : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
            return number + suffix;
        }
        return number + ((last == 1 || last == 2) && lastTwo != 11 && lastTwo != 12 ? ":a" : ":e");
    }
}
