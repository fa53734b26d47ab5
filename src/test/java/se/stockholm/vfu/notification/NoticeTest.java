package se.stockholm.vfu.notification;

import org.junit.jupiter.api.Test;
import se.stockholm.vfu.security.Role;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Notices: what they say in both languages, what they refuse, and how their arguments are stored. */
class NoticeTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Test
    void theNoticesOfThePlacementStepsAreSaidInSwedishAndEnglish() {
        Notice published = Notice.offersPublished("VT2027", 12, "/district/placements.xhtml");
        Notice declined = Notice.placementDeclined("Alva Ek", "Södermalm", "VT2027", "Ingen handledare", ActedBy.OWN, null);

        assertThat(NoticeTexts.subject(published, SWEDISH)).isEqualTo("Nya VFU-erbjudanden för VT2027");
        assertThat(NoticeTexts.body(published, SWEDISH)).contains("fördelningen för VT2027", "12 placeringar");
        assertThat(NoticeTexts.subject(published, Locale.ENGLISH)).isEqualTo("New field-placement offers for VT2027");
        assertThat(NoticeTexts.body(declined, SWEDISH))
                .isEqualTo("Södermalm har avböjt VFU-placeringen av Alva Ek under VT2027. Skäl: Ingen handledare."
                        + " Studenten ingår åter bland dem som ska placeras.");
        assertThat(NoticeTexts.body(declined, Locale.ENGLISH)).contains("Reason: Ingen handledare");
        assertThat(published.link()).as("opens the page in the notice's term").isEqualTo("/district/placements.xhtml?term=VT2027");
        assertThat(declined.link()).isNull();
        assertThat(Notice.inTerm("/support.xhtml?placement=7", "HT2026")).isEqualTo("/support.xhtml?placement=7&term=HT2026");
    }

    /** Done for a district or university by the central contact or the administrator: the notice says who did it. */
    @Test
    void aStepTakenForTheDistrictOrUniversitySaysWhoTookIt() {
        assertThat(ActedBy.of(Role.DISTRICT, Role.DISTRICT)).isEqualTo(ActedBy.OWN);
        assertThat(ActedBy.of(null, Role.DISTRICT)).isEqualTo(ActedBy.OWN);
        assertThat(ActedBy.of(Role.CENTRAL, Role.DISTRICT)).isEqualTo(ActedBy.CENTRAL);
        assertThat(ActedBy.of(Role.ADMIN, Role.UNIVERSITY)).isEqualTo(ActedBy.ADMIN);
        assertThat(ActedBy.of(Role.UNIVERSITY, Role.UNIVERSITY).forTheParty()).isFalse();

        Notice declined = Notice.placementDeclined("Nora Lind", "Bromma", "HT2026", "Ingen handledare", ActedBy.ADMIN,
                "/placements.xhtml");
        assertThat(NoticeTexts.body(declined, SWEDISH)).startsWith("Administratören har för Bromma avböjt"
                + " VFU-placeringen av Nora Lind under HT2026. Skäl: Ingen handledare.");
        assertThat(NoticeTexts.body(declined, Locale.ENGLISH)).startsWith("The administrator has declined the field"
                + " placement of Nora Lind in HT2026 on behalf of Bromma.");
        Notice confirmed = Notice.placementConfirmed("Nora Lind", "Bromma", "HT2026", ActedBy.CENTRAL, null);
        assertThat(NoticeTexts.body(confirmed, SWEDISH))
                .isEqualTo("Den centrala VFU-kontakten har för Bromma bekräftat VFU-placeringen av Nora Lind under HT2026.");

        Notice withdrawn = Notice.requestWithdrawn("Selma Lind", "HT2026", "Avbrutit studierna", ActedBy.CENTRAL,
                "/university/request.xhtml?id=692");
        assertThat(NoticeTexts.subject(withdrawn, SWEDISH)).isEqualTo("Förfrågan återtagen: Selma Lind");
        assertThat(NoticeTexts.body(withdrawn, Locale.ENGLISH)).startsWith("The central VFU contact has withdrawn your"
                + " field-placement request for Selma Lind in HT2026. Reason: Avbrutit studierna.");
        assertThat(withdrawn.link()).isEqualTo("/university/request.xhtml?id=692&term=HT2026");
        Notice changed = Notice.requestChanged("Selma Lind", "HT2026", ActedBy.ADMIN, null);
        assertThat(NoticeTexts.subject(changed, Locale.ENGLISH)).isEqualTo("Request changed: Selma Lind");
        assertThat(NoticeTexts.body(changed, SWEDISH)).startsWith("Administratören har ändrat er förfrågan");
    }

    /** "offers of 1 placements", "1 student(er)": a count of one is singular, a name of digits stays as written. */
    @Test
    void aCountOfOneIsSingularAndOtherArgumentsStayText() {
        Notice one = Notice.offersPublished("VT2027", 1, "/district/placements.xhtml");
        assertThat(NoticeTexts.body(one, SWEDISH)).contains("har fått ett erbjudande om 1 placering att bekräfta");
        assertThat(NoticeTexts.body(one, Locale.ENGLISH)).contains("has received an offer of 1 placement to confirm");
        assertThat(NoticeTexts.body(Notice.offersPublished("VT2027", 1234, "/p"), Locale.ENGLISH))
                .contains("offers of 1,234 placements");
        Notice list = new Notice("notice.introductionListChanged.subject", "notice.introductionListChanged.body",
                List.of("20261", "HT2026", "1", "1", "1"), "/p");
        assertThat(NoticeTexts.body(list, SWEDISH)).isEqualTo("Placeringarna har ändrats: 1 student har bjudits in och 1 har"
                + " fått veta att inbjudan inte längre gäller till 20261. Nu 1 student.");
        assertThat(NoticeTexts.body(list, Locale.ENGLISH)).isEqualTo("Placements have changed: 1 student was invited and 1 was"
                + " told the invitation to 20261 no longer applies. Now 1 student.");
    }

    @Test
    void argumentsAreTextEvenWhenTheyLookLikePatterns() {
        Notice notice = Notice.message("O'Brien {0} '{1}'", "50 % klart", null);

        assertThat(NoticeTexts.subject(notice, Locale.ENGLISH)).isEqualTo("O'Brien {0} '{1}'");
        assertThat(NoticeTexts.body(notice, SWEDISH)).isEqualTo("50 % klart");
        assertThat(NoticeTexts.text(SWEDISH, "notice.no.such.key", List.of())).isEqualTo("notice.no.such.key");
    }

    @Test
    void aNoticeRefusesWhatCannotBeStoredAndCutsOverlongArguments() {
        assertThatThrownBy(() -> new Notice(" ", "notice.message.body", List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Notice.message("a", "b", "https://elsewhere.example/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Notice("a", "b", Arrays.asList(new String[Notice.ARGUMENTS_MAX + 1]), null))
                .isInstanceOf(IllegalArgumentException.class);

        Notice notice = new Notice("a", "b", Arrays.asList(null, "x".repeat(2000)), " ");
        assertThat(notice.arguments().get(0)).isEmpty();
        assertThat(notice.arguments().get(1)).hasSize(Notice.ARGUMENT_MAX).endsWith("…");
        assertThat(notice.link()).isNull();
    }

    @Test
    void storedArgumentsComeBackExactly() {
        List<String> arguments = List.of("Åsa \"Kalle\" Öberg", "rad 1\nrad 2", "\\", "", "{0}");
        Notice notice = new Notice("notice.message.subject", "notice.message.body", arguments, "/notifications.xhtml");

        Notification stored = new Notification("it-su", notice, java.time.Instant.EPOCH);

        assertThat(Notification.decode(Notification.encode(arguments))).isEqualTo(arguments);
        assertThat(stored.notice()).isEqualTo(notice);
        assertThat(stored.isRead()).isFalse();
        stored.markRead(java.time.Instant.EPOCH.plusSeconds(60));
        stored.markRead(java.time.Instant.EPOCH.plusSeconds(120));
        assertThat(stored.getReadAt()).as("the first reading counts").isEqualTo(java.time.Instant.EPOCH.plusSeconds(60));
    }

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        Properties swedish = load("notification.properties");
        Properties english = load("notification_en.properties");

        assertThat(swedish).isNotEmpty();
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(swedish.keySet());
        assertThat(load("notification_sv.properties")).as("Swedish lives in the base file").isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NoticeTest.class.getResourceAsStream("/se/stockholm/vfu/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
