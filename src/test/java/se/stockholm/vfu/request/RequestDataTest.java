package se.stockholm.vfu.request;

import org.junit.jupiter.api.Test;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.Role;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The field rules every channel shares, and who sees extra support. */
class RequestDataTest {

    static RequestData valid() {
        return new RequestData("s1", "Alva Andersson", "alva@student.se", null, false, List.of(1L), List.of(10L),
                List.of("sv"), true, "Tolk", List.of(12L), null);
    }

    @Test
    void validDataHasNoViolations() {
        assertThat(valid().violations()).isEmpty();
    }

    @Test
    void preferencesAreRankedUniqueAtMostThreeAndNotExcluded() {
        RequestData data = new RequestData("s1", "A", "a@b.se", null, false, List.of(1L, 2L, 3L, 4L),
                List.of(10L, 10L), List.of("sv"), false, null, List.of(10L), null);

        assertThat(data.violations()).extracting(RequestData.Violation::field, RequestData.Violation::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("areas", "request.error.tooManyPreferences"),
                        org.assertj.core.groups.Tuple.tuple("districts", "request.error.repeatedPreference"),
                        org.assertj.core.groups.Tuple.tuple("exclusions", "request.error.preferredAndExcluded"));
    }

    @Test
    void aGapInARankingIsRefusedNotClosedUp() {
        // 1 = Södermalm, 2 = empty, 3 = Bromma was stored as 1 = Södermalm, 2 = Bromma without a word
        RequestData gaps = new RequestData("s1", "A", "a@b.se", null, false, Arrays.asList(null, 1L),
                Arrays.asList(10L, null, 11L), List.of("sv"), false, null, List.of(), null);
        RequestData emptyAtTheEnd = new RequestData("s1", "A", "a@b.se", null, false, Arrays.asList(1L, null, null),
                Arrays.asList(10L, 11L, null), List.of("sv"), false, null, List.of(), null);

        assertThat(gaps.violations()).extracting(RequestData.Violation::field, RequestData.Violation::messageKey,
                        RequestData.Violation::arguments)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("areas", "request.error.preferenceGap", List.of("1")),
                        org.assertj.core.groups.Tuple.tuple("districts", "request.error.preferenceGap", List.of("2")));
        assertThat(emptyAtTheEnd.violations()).isEmpty();
        assertThat(emptyAtTheEnd.districtIds()).containsExactly(10L, 11L);
    }

    @Test
    void noPreferenceIsExplicitAndExclusiveWithPreferences() {
        RequestData neither = new RequestData("s1", "A", "a@b.se", null, false, List.of(), List.of(), List.of("sv"),
                false, null, List.of(), null);
        RequestData both = new RequestData("s1", "A", "a@b.se", null, true, List.of(1L), List.of(), List.of("sv"),
                false, null, List.of(), null);

        assertThat(neither.violations()).extracting(RequestData.Violation::messageKey)
                .containsExactly("request.error.preferenceRequired");
        assertThat(both.violations()).extracting(RequestData.Violation::messageKey)
                .containsExactly("request.error.noPreferenceButPreferences");
    }

    @Test
    void aPersonalIdentityNumberIsNotAStudentId() {
        for (String number : List.of("199001011234", "900101-1234", "9001011234")) {
            RequestData data = new RequestData(number, "A", "a@b.se", null, true, null, null, List.of("sv"), false,
                    null, null, null);
            assertThat(data.violations()).extracting(RequestData.Violation::messageKey)
                    .containsExactly("request.error.personalNumber");
        }
    }

    @Test
    void theExtraSupportNoteIsDroppedWithoutTheFlagAndRequiredWithIt() {
        RequestData off = new RequestData("s1", "A", "a@b.se", null, true, null, null, List.of("sv"), false,
                "secret", null, null);
        RequestData on = new RequestData("s1", "A", "a@b.se", null, true, null, null, List.of("sv"), true, " ",
                null, null);

        assertThat(off.extraSupportNote()).isNull();
        assertThat(on.violations()).extracting(RequestData.Violation::field).containsExactly("extraSupportNote");
    }

    @Test
    void extraSupportIsVisibleOnlyToCentralAndTheOwnUniversity() {
        RequestDetails details = new RequestDetails(1, 0, "HT2031", 7, "SU", "s1", "A", "a@b.se", null, true,
                List.of(), List.of(), List.of("sv"), true, "Tolk", List.of(), null, RequestStatus.SENT, null, null,
                null, null, null, null);
        Caller central = new Caller("c", "C", Role.CENTRAL, null, null, null, null);
        Caller own = new Caller("su", "SU", Role.UNIVERSITY, null, null, 7L, "SU");
        Caller other = new Caller("sh", "SH", Role.UNIVERSITY, null, null, 8L, "SH");
        Caller district = new Caller("so", "SO", Role.DISTRICT, 3L, "Södermalm", null, null);

        assertThat(details.visibleTo(central).extraSupportNote()).isEqualTo("Tolk");
        assertThat(details.visibleTo(own).extraSupport()).isTrue();
        for (Caller outsider : List.of(other, district)) {
            assertThat(details.visibleTo(outsider).extraSupport()).isNull();
            assertThat(details.visibleTo(outsider).extraSupportNote()).isNull();
            assertThat(details.visibleTo(outsider).studentRef()).isEqualTo("s1");
        }
    }
}
