package se.stockholm.vfu.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The district bundle says everything in both languages, and its keys are found through {@link Texts}. */
class DistrictBundleTest {

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        Properties swedish = load("district.properties");
        Properties english = load("district_en.properties");

        assertThat(swedish).isNotEmpty();
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(swedish.keySet());
        assertThat(load("district_sv.properties")).as("Swedish lives in the base file").isEmpty();
    }

    @Test
    void businessMessagesAreFoundInTheRightLanguage() {
        assertThat(Texts.text(Locale.forLanguageTag("sv"), "district.place.error.reasonRequired"))
                .isEqualTo("Ange varför platsen återtas.");
        assertThat(Texts.text(Locale.ENGLISH, "district.place.error.deadlinePassed", "2031-05-15"))
                .isEqualTo("The reporting deadline was 2031-05-15. Ask the central VFU contact for changes.");
        assertThat(Texts.text(Locale.ENGLISH, "error.notFound")).startsWith("What you are looking for");
        assertThat(Texts.text(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DistrictBundleTest.class.getResourceAsStream("/se/stockholm/vfu/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
