package se.stockholm.vfu.common;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PageRequestTest {

    @Test
    void aSearchLooksForWhatWasTypedInLowerCaseWildcardsAndAll() {
        PageRequest page = new PageRequest(0, 20, null, true, Map.of("text", " 50%_ÖVER! "));

        assertThat(page.containsText("text")).isEqualTo("50%_över!");
    }

    @Test
    void anEmptyFilterIsNoFilter() {
        assertThat(new PageRequest(0, 20, null, true, Map.of("text", "  ")).containsText("text")).isNull();
        assertThat(PageRequest.of(0, 20).filter("text")).isNull();
    }

    @Test
    void aSearchAddsOneConditionOverItsColumnsAndNoSearchAddsNone() {
        PageRequest searching = new PageRequest(0, 20, null, true, Map.of("text", "Ann"));

        assertThat(searching.containsCondition("text", "r.studentName", "r.studentRef"))
                .isEqualTo(" AND (LOCATE(:text, LOWER(r.studentName)) > 0 OR LOCATE(:text, LOWER(r.studentRef)) > 0)");
        assertThat(new PageRequest(0, 20, null, true, Map.of("text", " ")).containsCondition("text", "r.studentName"))
                .isEmpty();
        assertThat(PageRequest.of(0, 20).containsCondition("text", "r.studentName")).isEmpty();
    }

    /** Retention's placeholder is shown as "Anonymised" on an English page: the search finds it by that word too. */
    @Test
    void aNameShownAsAnotherWordIsFoundByThatWordInTheQueryItself() {
        Map<String, String> shown = Map.of("Anonymiserad", "Anonymised");
        PageRequest english = new PageRequest(0, 20, null, true, Map.of("text", "ANONYMISED"), Locale.ENGLISH);

        assertThat(english.containsCondition("text", shown, "r.studentName", "r.studentRef"))
                .isEqualTo(" AND (LOCATE(:text, LOWER(r.studentName)) > 0 OR LOCATE(:text, LOWER(r.studentRef)) > 0"
                        + " OR r.studentName IN ('Anonymiserad'))");
        assertThat(new PageRequest(0, 20, null, true, Map.of("text", "Ann"), Locale.ENGLISH)
                .containsCondition("text", shown, "r.studentName"))
                .as("a search the shown word does not hold").isEqualTo(" AND (LOCATE(:text, LOWER(r.studentName)) > 0)");
        assertThat(english.containsCondition("text", Map.of(), "r.studentName"))
                .as("nothing shown otherwise (the API)").isEqualTo(" AND (LOCATE(:text, LOWER(r.studentName)) > 0)");
        assertThat(PageRequest.of(0, 20).containsCondition("text", shown, "r.studentName")).isEmpty();
    }

    @Test
    void onlyAllowedColumnsAreSortedOnAndTheIdKeepsPagingStable() {
        Map<String, String> sortable = Map.of("name", "u.name");

        assertThat(new PageRequest(0, 20, "name", false, null).orderBy(sortable, "u.code", "u.id"))
                .isEqualTo(" ORDER BY u.name DESC, u.id");
        assertThat(new PageRequest(0, 20, "1; DROP TABLE x", true, null).orderBy(sortable, "u.code", "u.id"))
                .isEqualTo(" ORDER BY u.code ASC, u.id");
        assertThat(PageRequest.of(0, 20).orderBy(sortable, "u.code", "u.id")).isEqualTo(" ORDER BY u.code ASC, u.id");
    }

    @Test
    void pagesAreNeverEmptyOrHuge() {
        PageRequest page = new PageRequest(-5, 100_000, null, true, null);

        assertThat(page.first()).isZero();
        assertThat(page.size()).isEqualTo(PageRequest.MAX_SIZE);
    }
}
