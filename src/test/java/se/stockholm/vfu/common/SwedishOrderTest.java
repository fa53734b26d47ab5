package se.stockholm.vfu.common;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    @Test
    void putsWAfterVAsTheDatabaseDoes() {
        List<String> names = new ArrayList<>(List.of("Wallin", "wik", "Vik", "Vega"));

        names.sort(SwedishOrder.names());

        // the JDK's Swedish rules alone sort V and W as one letter: Vega, Vik, Wallin, wik would be Wallin, Vega, …
        assertThat(names).containsExactly("Vega", "Vik", "Wallin", "wik");
    }

    @Test
    void keepsApartNamesTheCollatorFindsEqualSoASortedMapNeverMergesThem() {
        Map<String, Integer> byName = new TreeMap<>(SwedishOrder.names());

        // a zero-width space is ignored by the collator: the two compare equal in Swedish order alone
        byName.put("Farsta", 1);
        byName.put("Far\u200bsta", 2);

        assertThat(byName).hasSize(2);
    }
}
