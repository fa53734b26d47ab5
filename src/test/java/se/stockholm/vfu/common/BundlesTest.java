package se.stockholm.vfu.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every feature bundle says everything in Swedish and English, and business messages are found through Texts. */
class BundlesTest {

    /** The two bundles not named after a package: the shared texts, and the district's reporting (see Texts). */
    private static final List<String> NOT_A_PACKAGE = List.of("messages", "district");

    static List<String> bundles() {
        return Texts.BUNDLES;
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void swedishAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Properties swedish = load(bundle + ".properties");
        Properties english = load(bundle + "_en.properties");

        assertThat(swedish).isNotEmpty();
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(swedish.keySet());
        assertThat(load(bundle + "_sv.properties")).as("Swedish lives in the base file").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void aBundleIsNamedAfterThePackageItServes(String bundle) {
        if (!NOT_A_PACKAGE.contains(bundle)) {
            assertThat(Path.of("src/main/java/se/stockholm/vfu", bundle)).as("package of bundle " + bundle).isDirectory();
        }
    }

    @Test
    void thePagesAndTheServicesReadTheSameBundles() throws IOException {
        String facesConfig = Files.readString(Path.of("src/main/webapp/WEB-INF/faces-config.xml"));
        List<String> pageBundles = Pattern.compile("<base-name>se\\.stockholm\\.vfu\\.i18n\\.(\\w+)</base-name>")
                .matcher(facesConfig).results().map(match -> match.group(1)).toList();

        assertThat(pageBundles).containsExactlyInAnyOrderElementsOf(Texts.BUNDLES);
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
