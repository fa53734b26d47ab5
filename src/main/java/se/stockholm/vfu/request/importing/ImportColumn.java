package se.stockholm.vfu.request.importing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The columns of the import file (docs/import-format.md), with the header a student-registry export gives them
 * in Swedish and the English ones also accepted. Headers are matched without regard to case, accents' encoding
 * or order; columns not named here (a registry export has many) are ignored, never read.
 */
public enum ImportColumn {
    STUDENT_ID(true, "Student-id", "Studentid", "Student id"),
    FIRST_NAME(true, "Förnamn", "First name"),
    LAST_NAME(true, "Efternamn", "Last name"),
    EMAIL(true, "E-post", "Epost", "E-mail", "Email"),
    HOME_UNIVERSITY(false, "Hemlärosäte", "Home university"),
    AREA_1(false, "Verksamhetsområde 1", "Area of work 1"),
    AREA_2(false, "Verksamhetsområde 2", "Area of work 2"),
    AREA_3(false, "Verksamhetsområde 3", "Area of work 3"),
    DISTRICT_1(false, "Stadsdel 1", "District 1"),
    DISTRICT_2(false, "Stadsdel 2", "District 2"),
    DISTRICT_3(false, "Stadsdel 3", "District 3"),
    LANGUAGES(false, "Språk", "Languages"),
    EXTRA_SUPPORT(false, "Extra stöd", "Extra support"),
    EXTRA_SUPPORT_NOTE(false, "Extra stöd kommentar", "Extra support note"),
    EXCLUSIONS(false, "Undantagna stadsdelar", "Excluded districts"),
    NOTES(false, "Övrigt", "Notes");

    private final boolean required;
    private final List<String> headers;

    ImportColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    public boolean isRequired() {
        return required;
    }

    /** The header the template uses and error messages name. */
    public String header() {
        return headers.get(0);
    }

    public boolean matches(String header) {
        String normalized = normalize(header);
        return headers.stream().anyMatch(h -> normalize(h).equals(normalized));
    }

    static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String composed = Normalizer.normalize(header.replace("\uFEFF", ""), Normalizer.Form.NFC);
        return composed.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
