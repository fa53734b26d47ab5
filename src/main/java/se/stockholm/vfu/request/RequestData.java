package se.stockholm.vfu.request;

import se.stockholm.vfu.common.InvalidInputException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a coordinator says about one student's request, however it arrived: typed into the form, sent to the API
 * or read from an import file. Its {@link #violations()} are the one place the field rules live, so the form,
 * the API and the import preview refuse the same things with the same messages.
 *
 * @param studentRef       the university's own student id (never a personal identity number)
 * @param homeUniversity   the other Swedish university whose student this one mediates; null for an own student
 * @param areaIds          preferred areas of work, most wanted first, at most {@link #MAX_PREFERENCES}
 * @param districtIds      preferred districts, most wanted first, at most {@link #MAX_PREFERENCES}
 * @param languages        ISO 639-1 codes the student can work in
 * @param exclusionIds     districts where the student has worked or been a client: never placed there
 */
public record RequestData(String studentRef, String studentName, String studentEmail, String homeUniversity,
                          boolean noPreference, List<Long> areaIds, List<Long> districtIds, List<String> languages,
                          boolean extraSupport, String extraSupportNote, List<Long> exclusionIds, String notes) {

    public static final int MAX_PREFERENCES = 3;
    public static final int REF_MAX = 40;
    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int HOME_UNIVERSITY_MAX = 120;
    public static final int LANGUAGES_MAX = 200;
    public static final int TEXT_MAX = 2000;

    /** Letters, digits and a few separators: what student registries use, and nothing that looks like a 12-digit personnummer. */
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern PERSONAL_NUMBER = Pattern.compile("(19|20)?\\d{6}[-+]?\\d{4}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    /** One broken field rule: the field (form id, API property), a message key in the requests bundle and its arguments. */
    public record Violation(String field, String messageKey, List<String> arguments) {
    }

    public RequestData {
        studentRef = trim(studentRef);
        studentName = trim(studentName);
        studentEmail = trim(studentEmail);
        homeUniversity = trim(homeUniversity);
        areaIds = withoutNulls(areaIds);
        districtIds = withoutNulls(districtIds);
        languages = languages == null ? List.of()
                : languages.stream().filter(l -> l != null && !l.isBlank()).map(l -> l.trim().toLowerCase()).distinct().toList();
        extraSupportNote = extraSupport ? trim(extraSupportNote) : null;
        exclusionIds = withoutNulls(exclusionIds).stream().distinct().toList();
        notes = trim(notes);
    }

    /**
     * Refuses the data if it breaks any rule, with every broken rule at once ({@link InvalidInputException#all}): a
     * form shows each beside its field, not one per save.
     */
    public void requireValid() {
        List<InvalidInputException> refusals = violations().stream()
                .map(v -> new InvalidInputException(v.field(), v.messageKey(), v.arguments().toArray())).toList();
        if (!refusals.isEmpty()) {
            throw InvalidInputException.all(refusals);
        }
    }

    /** Every field rule this data breaks, in form order; empty when it may be saved. */
    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        required(found, "studentRef", studentRef, REF_MAX);
        if (studentRef != null && PERSONAL_NUMBER.matcher(studentRef).matches()) {
            found.add(new Violation("studentRef", "request.error.personalNumber", List.of()));
        } else if (studentRef != null && !REF.matcher(studentRef).matches()) {
            found.add(new Violation("studentRef", "request.error.studentRef", List.of()));
        }
        required(found, "studentName", studentName, NAME_MAX);
        required(found, "studentEmail", studentEmail, EMAIL_MAX);
        if (studentEmail != null && !EMAIL.matcher(studentEmail).matches()) {
            found.add(new Violation("studentEmail", "request.error.email", List.of()));
        }
        tooLong(found, "homeUniversity", homeUniversity, HOME_UNIVERSITY_MAX);
        ranked(found, "areas", areaIds);
        ranked(found, "districts", districtIds);
        if (noPreference && (!areaIds.isEmpty() || !districtIds.isEmpty())) {
            found.add(new Violation("areas", "request.error.noPreferenceButPreferences", List.of()));
        } else if (!noPreference && areaIds.isEmpty() && districtIds.isEmpty()) {
            found.add(new Violation("areas", "request.error.preferenceRequired", List.of()));
        }
        if (languages.isEmpty()) {
            found.add(new Violation("languages", "request.error.languageRequired", List.of()));
        }
        for (String language : languages) {
            if (!LANGUAGE.matcher(language).matches()) {
                found.add(new Violation("languages", "request.error.language", List.of(language)));
            }
        }
        if (String.join(",", languages).length() > LANGUAGES_MAX) {
            found.add(new Violation("languages", "request.error.tooLong", List.of(Integer.toString(LANGUAGES_MAX))));
        }
        if (extraSupport && extraSupportNote == null) {
            found.add(new Violation("extraSupportNote", "request.error.extraSupportNote", List.of()));
        }
        tooLong(found, "extraSupportNote", extraSupportNote, TEXT_MAX);
        Set<Long> excluded = new HashSet<>(exclusionIds);
        if (districtIds.stream().anyMatch(excluded::contains)) {
            found.add(new Violation("exclusions", "request.error.preferredAndExcluded", List.of()));
        }
        tooLong(found, "notes", notes, TEXT_MAX);
        return found;
    }

    private static void required(List<Violation> found, String field, String value, int max) {
        if (value == null) {
            found.add(new Violation(field, "request.error.required", List.of()));
        }
        tooLong(found, field, value, max);
    }

    private static void tooLong(List<Violation> found, String field, String value, int max) {
        if (value != null && value.length() > max) {
            found.add(new Violation(field, "request.error.tooLong", List.of(Integer.toString(max))));
        }
    }

    private static void ranked(List<Violation> found, String field, List<Long> ids) {
        if (ids.size() > MAX_PREFERENCES) {
            found.add(new Violation(field, "request.error.tooManyPreferences", List.of(Integer.toString(MAX_PREFERENCES))));
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            found.add(new Violation(field, "request.error.repeatedPreference", List.of()));
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static List<Long> withoutNulls(List<Long> ids) {
        return ids == null ? List.of() : ids.stream().filter(id -> id != null).toList();
    }
}
