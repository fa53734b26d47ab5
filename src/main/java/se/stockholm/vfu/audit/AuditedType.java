package se.stockholm.vfu.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The record types with a change history, by the table they live in: the type's key is the table's name, its
 * history table the name with {@code _aud}. A new audited entity is added here to show on the audit page.
 */
public enum AuditedType {
    TERM, UNIT, SUPERVISOR, PLACE_OFFER, STUDENT_REQUEST, INQUIRY, TRAINING_REPORT, PLACEMENT, ALLOCATION_RUN,
    APP_USER, UNIVERSITY, DISTRICT, AREA_OF_WORK, PLACEMENT_MEETING, PLACEMENT_CONCERN, OBSERVATION_VISIT,
    OBSERVATION_BOOKING, TRAINEE_POST, CANDIDATE, API_TOKEN, NETWORK_EVENT, NETWORK_EVENT_INVITEE, NETWORK_DOCUMENT,
    NETWORK_DOCUMENT_VERSION;

    /** The table, and the type's name in filters and the API: "student_request". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The history table. A constant per type, never built from input. */
    String historyTable() {
        return key() + "_aud";
    }

    /** The message key of the type's name on the page. */
    public String labelKey() {
        return "audit.type." + key();
    }

    /** The type a filter names, by key; empty for none or an unknown name. */
    public static Optional<AuditedType> of(String key) {
        return key == null ? Optional.empty()
                : Arrays.stream(values()).filter(t -> t.key().equalsIgnoreCase(key.trim())).findFirst();
    }
}
