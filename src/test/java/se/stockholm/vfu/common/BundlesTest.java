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
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

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

    /**
     * A text with placeholders is a MessageFormat pattern, where a lone apostrophe starts a quote: "the city's target of
     * {1} places" was shown as "the citys target of {1} places". An apostrophe in such a text is written twice.
     */
    @ParameterizedTest
    @MethodSource("bundles")
    void aTextWithPlaceholdersWritesItsApostrophesTwice(String bundle) throws IOException {
        for (String file : List.of(bundle + ".properties", bundle + "_en.properties")) {
            Properties texts = load(file);
            List<String> quoting = texts.stringPropertyNames().stream()
                    .filter(key -> PLACEHOLDER.matcher(texts.getProperty(key)).find())
                    .filter(key -> texts.getProperty(key).replace("''", "").contains("'"))
                    .sorted().toList();
            assertThat(quoting).as("texts of %s with a lone apostrophe", file).isEmpty();
        }
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

    /** One of a thing is singular: "1 erbjudanden för HT2026 …" and "1 offers for …" stood on the dashboards. */
    @Test
    void oneOfAThingIsSaidInTheSingular() {
        Locale swedish = Locale.forLanguageTag("sv");
        assertThat(Texts.text(swedish, "dashboard.todo.unanswered", 1L, "HT2026"))
                .isEqualTo("1 erbjudande för HT2026 har väntat på svar i mer än tre dagar");
        assertThat(Texts.text(swedish, "dashboard.todo.unanswered", 2L, "HT2026"))
                .isEqualTo("2 erbjudanden för HT2026 har väntat på svar i mer än tre dagar");
        assertThat(Texts.text(Locale.ENGLISH, "dashboard.todo.unanswered", 1L, "HT2026"))
                .isEqualTo("1 offer for HT2026 has waited more than three days for an answer");
        assertThat(Texts.text(Locale.ENGLISH, "dashboard.todo.declined", 1L, "HT2026"))
                .isEqualTo("1 of your students for HT2026 had their placement declined and is waiting for a new one");
        assertThat(Texts.text(swedish, "dashboard.todo.notReported", 3L, "VT2027"))
                .isEqualTo("3 stadsdelsförvaltningar har inte rapporterat platser för VT2027");
        assertThat(Texts.text(swedish, "request.import.summary", 1, 0, 0, 1))
                .isEqualTo("1 rad: 0 nya, 0 uppdateras, 1 rad med fel.");
        assertThat(Texts.text(swedish, "notification.nav.unread", 1L)).isEqualTo("Notiser (1 oläst)");
        assertThat(Texts.text(swedish, "notification.nav.unread", 12L)).isEqualTo("Notiser (12 olästa)");
    }

    /**
     * The dashboards' Dates said "passed 1 days ago" and "1 dagar kvar"; other counts before a plural noun said the same
     * ("1 students differ", "all its 1 versions"). One is singular there too, in both languages, and two stays plural.
     */
    @Test
    void aCountOfOneBeforeANounIsSingular() {
        Locale swedish = Locale.forLanguageTag("sv");
        assertThat(Texts.text(swedish, "dashboard.daysPassed", 1L)).isEqualTo("passerat för 1 dag sedan");
        assertThat(Texts.text(swedish, "dashboard.daysPassed", 3L)).isEqualTo("passerat för 3 dagar sedan");
        assertThat(Texts.text(swedish, "dashboard.daysLeft", 1L)).isEqualTo("1 dag kvar");
        assertThat(Texts.text(swedish, "dashboard.daysLeft", 2L)).isEqualTo("2 dagar kvar");
        assertThat(Texts.text(Locale.ENGLISH, "dashboard.daysPassed", 1L)).isEqualTo("passed 1 day ago");
        assertThat(Texts.text(Locale.ENGLISH, "dashboard.daysPassed", 2L)).isEqualTo("passed 2 days ago");
        assertThat(Texts.text(Locale.ENGLISH, "dashboard.daysLeft", 1L)).isEqualTo("1 day left");
        assertThat(Texts.text(Locale.ENGLISH, "dashboard.daysLeft", 10L)).isEqualTo("10 days left");
        assertThat(Texts.text(swedish, "dashboard.placedOfTarget", 1L, 120)).isEqualTo("1 placerad av målet 120");
        assertThat(Texts.text(Locale.ENGLISH, "allocation.replayDifferent", 7L, 1))
                .isEqualTo("Run 7 gave another result: 1 student differs.");
        assertThat(Texts.text(swedish, "allocation.replayDifferent", 7L, 1))
                .isEqualTo("Körning 7 gav ett annat resultat: 1 student skiljer sig.");
        assertThat(Texts.text(Locale.ENGLISH, "allocation.ran", 7L, 1, 1)).isEqualTo("Run 7: 1 of 1 student placed.");
        assertThat(Texts.text(Locale.ENGLISH, "placement.error.supervisorFull", 1))
                .isEqualTo("The supervisor already has 1 student this term.");
        assertThat(Texts.text(swedish, "district.place.error.belowTaken", 1L)).startsWith("Platsen har redan 1 placerad student;");
        assertThat(Texts.text(Locale.ENGLISH, "district.place.error.withdrawTaken", 1L))
                .startsWith("The place holds 1 placed student. Ask the central VFU contact to move the student");
        assertThat(Texts.text(Locale.ENGLISH, "network.document.delete.confirm", "Rutin", 1))
                .startsWith("Delete the document “Rutin” with its only version?");
        assertThat(Texts.text(swedish, "network.document.delete.confirm", "Rutin", 2))
                .startsWith("Ta bort dokumentet ”Rutin” med alla dess 2 versioner?");
        assertThat(Texts.text(Locale.ENGLISH, "network.error.deleteAttended", 1L)).contains(": 1 invitee is recorded");
        assertThat(Texts.text(Locale.ENGLISH, "network.delete.confirm", "Träff", "2027-01-10", 1))
                .startsWith("Delete “Träff” on 2027-01-10 with its 1 invitee?");
        assertThat(Texts.text(swedish, "retention.done", 1, 2, 1, 0, 1)).isEqualTo("Gallringen är klar: 1 förfrågan, 2 placeringar, "
                + "1 direktförfrågan och 1 kandidat till traineetjänster avidentifierade, 0 notiser borttagna.");
        assertThat(Texts.text(Locale.ENGLISH, "allocation.whatIf.placeable", 1, 1)).isEqualTo("1 of 1 student can be placed now.");
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
