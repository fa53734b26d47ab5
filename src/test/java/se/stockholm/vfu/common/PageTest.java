package se.stockholm.vfu.common;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A page's hash, which the JSON writer takes of every page it writes (Yasson's recursion check). */
class PageTest {

    /** A row whose hash must not be needed: a page's hash that read its rows would fail on it. */
    private record Unhashed(String name) {
        @Override
        public int hashCode() {
            throw new AssertionError("a row was hashed for its page's hash");
        }
    }

    @Test
    void aPagesHashReadsNoneOfItsRows() {
        Page<Unhashed> page = new Page<>(List.of(new Unhashed("Åsa"), new Unhashed("Adam")), 42);

        assertThat(page.hashCode()).isEqualTo(new Page<>(List.of(new Unhashed("Bo"), new Unhashed("Cilla")), 42).hashCode());
    }

    @Test
    void equalPagesHashAlikeAndPagesOfOtherSizesOrTotalsApart() {
        Page<String> page = new Page<>(List.of("a", "b"), 42);

        assertThat(page).isEqualTo(new Page<>(List.of("a", "b"), 42));
        assertThat(page.hashCode()).isEqualTo(new Page<>(List.of("a", "b"), 42).hashCode());
        assertThat(page.hashCode()).isNotEqualTo(new Page<>(List.of("a"), 42).hashCode())
                .isNotEqualTo(new Page<>(List.of("a", "b"), 43).hashCode());
        assertThat(page).isNotEqualTo(new Page<>(List.of("a", "c"), 42));
    }
}
