package se.stockholm.vfu.common;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Names in the order a Swedish reader looks for them. */
class SwedishOrderTest {

    @Test
    void putsÅÄÖAfterZInThatOrderAndSmallLettersAmongCapitals() {
        List<String> names = new ArrayList<>(List.of("Östra", "Åsa", "Ärla", "de Geer", "Enskede", "Alby", "zeta"));

        names.sort(SwedishOrder.names());

        // by character code: Alby, Enskede, de Geer, zeta, Ärla, Åsa, Östra
        assertThat(names).containsExactly("Alby", "de Geer", "Enskede", "zeta", "Åsa", "Ärla", "Östra");
    }
}
