package se.stockholm.vfu.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every feature bundle says everything in Swedish and English, and business messages are found through Texts. */
class BundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "inquiries", "training", "district", "requests", "allocation", "notifications",
            "readlog", "audit", "network", "support", "evaluation", "recruitment", "dashboard"})
    void swedishAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Properties swedish = load(bundle + ".properties");
        Properties english = load(bundle + "_en.properties");

        assertThat(swedish).isNotEmpty();
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(swedish.keySet());
        assertThat(load(bundle + "_sv.properties")).as("Swedish lives in the base file").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"placement.error.supervisorFull", "allocation.error.excludedDistrict"})
    void allocationMessagesAreFoundInBothLanguages(String key) {
        assertThat(Texts.text(Locale.forLanguageTag("sv"), key, 2)).isNotEqualTo(key)
                .isNotEqualTo(Texts.text(Locale.ENGLISH, key, 2));
        assertThat(Texts.text(Locale.ENGLISH, key, 2)).isNotEqualTo(key);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/se/stockholm/vfu/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
