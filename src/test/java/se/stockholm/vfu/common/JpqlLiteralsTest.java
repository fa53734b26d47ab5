package se.stockholm.vfu.common;

import org.junit.jupiter.api.Test;
import se.stockholm.vfu.placement.PlacementStatus;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Statuses written into a query's text: one set, one text (and so one translation kept by Hibernate). */
class JpqlLiteralsTest {

    @Test
    void aConstantIsWrittenWithItsEnumsFullName() {
        assertThat(JpqlLiterals.of(PlacementStatus.STARTED))
                .isEqualTo("se.stockholm.vfu.placement.PlacementStatus.STARTED");
    }

    @Test
    void aSetIsWrittenInDeclaredOrderWhateverItsIterationOrder() {
        Set<PlacementStatus> backwards = new LinkedHashSet<>(List.of(PlacementStatus.COMPLETED, PlacementStatus.STARTED));
        Set<PlacementStatus> forwards = EnumSet.of(PlacementStatus.STARTED, PlacementStatus.COMPLETED);

        assertThat(JpqlLiterals.of(backwards)).isEqualTo(JpqlLiterals.of(forwards)).isEqualTo(
                "(se.stockholm.vfu.placement.PlacementStatus.STARTED, se.stockholm.vfu.placement.PlacementStatus.COMPLETED)");
    }

    @Test
    void anEmptySetHasNoLiteral() {
        assertThatThrownBy(() -> JpqlLiterals.of(Set.<PlacementStatus>of())).isInstanceOf(IllegalArgumentException.class);
    }
}
