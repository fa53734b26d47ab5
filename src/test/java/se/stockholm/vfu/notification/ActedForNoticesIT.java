package se.stockholm.vfu.notification;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.allocation.AllocationService;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.it.AllocationFixtures;
import se.stockholm.vfu.it.AllocationFixtures.Scenario;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.placement.PlacementLifecycleService;
import se.stockholm.vfu.placement.PlacementRow;
import se.stockholm.vfu.placement.PlacementService;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.request.RequestChanges;
import se.stockholm.vfu.request.RequestDetails;
import se.stockholm.vfu.request.RequestForm;
import se.stockholm.vfu.request.RequestService;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a university or district is told when someone else acted for it: a request changed or withdrawn by the
 * central contact or the administrator reaches the student's university's coordinators (and only them), saying who
 * did it; a coordinator's own change tells no one; a district's answer given by the central contact or the
 * administrator says so instead of naming the district as the one who answered. Through the real services.
 */
@ExtendWith(ArquillianExtension.class)
class ActedForNoticesIT {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final String CHANGED = "notice.requestChanged.subject";
    private static final String WITHDRAWN = "notice.requestWithdrawn.subject";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClass(NotificationTestSupport.class);
    }

    @Inject
    AllocationFixtures fixtures;

    @Inject
    AllocationService allocationService;

    @Inject
    PlacementService placementService;

    @Inject
    PlacementLifecycleService lifecycle;

    @Inject
    RequestService requestService;

    @Inject
    RequestChanges requestChanges;

    @Inject
    NotificationService notificationService;

    @Inject
    NotificationTestSupport support;

    @Inject
    RunAs runAs;

    @BeforeEach
    void users() {
        support.createUsers();
    }

    @Test
    void theCentralContactWithdrawingAUniversitysRequestTellsThatUniversitysCoordinatorsOnly() throws Exception {
        Scenario term = published();
        PlacementRow offered = offeredToSodermalm(term).get(0);
        long request = offered.requestId();
        String student = offered.studentName();
        runAs.user(Fixtures.SODERMALM, () -> lifecycle.confirm(term.termId(), offered.id(), offered.version(),
                term.sodermalmSupervisor()));

        runAs.user(Fixtures.CENTRAL, () -> requestChanges.withdraw(term.termId(), request,
                requestService.get(term.termId(), request).version(), "Studenten har avbrutit studierna"));

        assertThat(support.recipientsOf(WITHDRAWN, student)).as("the student's own university's enabled coordinators")
                .contains(Fixtures.SU).doesNotContain(NotificationTestSupport.SU_OFF, Fixtures.SH, Fixtures.SODERMALM,
                        NotificationTestSupport.SODERMALM_2, Fixtures.CENTRAL, Fixtures.ADMIN);
        assertThat(support.recipientsOf("notice.placementCancelled.subject", student))
                .as("the district is told of its placement, as before").contains(Fixtures.SODERMALM);
        NotificationRow swedish = newest(Fixtures.SU, "Förfrågan återtagen: " + student, SWEDISH);
        assertThat(swedish.body()).startsWith("Den centrala VFU-kontakten har återtagit er förfrågan om VFU-plats för "
                + student + " under " + term.termCode() + ".").contains("Skäl: Studenten har avbrutit studierna.");
        assertThat(swedish.link()).isEqualTo("/university/request.xhtml?id=" + request + "&term=" + term.termCode());
        NotificationRow english = newest(Fixtures.SU, "Request withdrawn: " + student, Locale.ENGLISH);
        assertThat(english.body()).startsWith("The central VFU contact has withdrawn your field-placement request for "
                + student + " in " + term.termCode() + ".");
    }

    @Test
    void theAdministratorChangingARequestTellsTheUniversityWithoutWhatChanged() throws Exception {
        Scenario term = fixtures.newTerm();
        long request = term.student("b");
        RequestDetails before = runAs.user(Fixtures.CENTRAL, () -> requestService.get(term.termId(), request));
        RequestForm change = RequestForm.of(before);
        change.setExtraSupport(true);
        change.setExtraSupportNote("IT: behöver anpassad schemaläggning");

        runAs.user(Fixtures.ADMIN, () -> requestChanges.update(term.termId(), request, change));

        assertThat(support.recipientsOf(CHANGED, before.studentName())).contains(Fixtures.SU)
                .doesNotContain(NotificationTestSupport.SU_OFF, Fixtures.SH, Fixtures.CENTRAL, Fixtures.ADMIN);
        NotificationRow notice = newest(Fixtures.SU, "Förfrågan ändrad: " + before.studentName(), SWEDISH);
        assertThat(notice.body()).isEqualTo("Administratören har ändrat er förfrågan om VFU-plats för "
                + before.studentName() + " under " + term.termCode() + ". Öppna förfrågan för att se den som den är nu.");
        assertThat(notice.subject() + notice.body()).doesNotContain("schemaläggning");
        assertThat(notice.link()).isEqualTo("/university/request.xhtml?id=" + request + "&term=" + term.termCode());
    }

    @Test
    void aCoordinatorsOwnChangeAndWithdrawalTellNoOne() throws Exception {
        Scenario term = fixtures.newTerm();
        long request = term.student("c");
        RequestDetails before = runAs.user(Fixtures.SU, () -> requestService.get(term.termId(), request));
        RequestForm change = RequestForm.of(before);
        change.setNotes("IT: egen ändring");

        RequestDetails changed = runAs.user(Fixtures.SU, () -> requestChanges.update(term.termId(), request, change));
        runAs.user(Fixtures.SU, () -> requestChanges.withdraw(term.termId(), request, changed.version(), "Eget beslut"));

        assertThat(support.recipientsOf(CHANGED, before.studentName())).isEmpty();
        assertThat(support.recipientsOf(WITHDRAWN, before.studentName())).isEmpty();
    }

    @Test
    void aDistrictsAnswerGivenForItSaysWhoGaveIt() throws Exception {
        Scenario term = published();
        List<PlacementRow> offered = offeredToSodermalm(term);
        PlacementRow declinedByAdmin = offered.get(0);
        PlacementRow confirmedByCentral = offered.get(1);

        runAs.user(Fixtures.ADMIN, () -> lifecycle.decline(term.termId(), declinedByAdmin.id(),
                declinedByAdmin.version(), "Ingen handledare"));
        runAs.user(Fixtures.CENTRAL, () -> lifecycle.confirm(term.termId(), confirmedByCentral.id(),
                confirmedByCentral.version(), term.sodermalmSupervisor()));

        String declined = declinedByAdmin.studentName();
        String confirmed = confirmedByCentral.studentName();
        String district = declinedByAdmin.districtName();
        assertThat(newest(Fixtures.SU, "Placering avböjd: " + declined, SWEDISH).body())
                .startsWith("Administratören har för " + district + " avböjt VFU-placeringen av " + declined + " under "
                        + term.termCode() + ". Skäl: Ingen handledare.");
        assertThat(newest(Fixtures.SU, "Placement declined: " + declined, Locale.ENGLISH).body())
                .startsWith("The administrator has declined the field placement of " + declined + " in "
                        + term.termCode() + " on behalf of " + district + ".");
        assertThat(newest(Fixtures.SU, "Placering bekräftad: " + confirmed, SWEDISH).body())
                .isEqualTo("Den centrala VFU-kontakten har för " + district + " bekräftat VFU-placeringen av "
                        + confirmed + " under " + term.termCode() + ".");
    }

    @Test
    void aDistrictsOwnAnswerNamesTheDistrict() throws Exception {
        Scenario term = published();
        PlacementRow offered = offeredToSodermalm(term).get(0);

        runAs.user(Fixtures.SODERMALM, () -> lifecycle.decline(term.termId(), offered.id(), offered.version(),
                "Ingen handledare"));

        assertThat(newest(Fixtures.SU, "Placering avböjd: " + offered.studentName(), SWEDISH).body())
                .startsWith(offered.districtName() + " har avböjt VFU-placeringen av " + offered.studentName());
    }

    private Scenario published() throws Exception {
        Scenario term = fixtures.newTerm();
        runAs.user(Fixtures.CENTRAL, () -> {
            allocationService.run(term.termId(), 21L);
            return allocationService.publish(term.termId());
        });
        return term;
    }

    /** The scenario's placements offered to Södermalm (its offer takes two of SU's three students). */
    private List<PlacementRow> offeredToSodermalm(Scenario term) throws Exception {
        List<PlacementRow> rows = runAs.user(Fixtures.SODERMALM,
                () -> placementService.find(term.termId(), PageRequest.of(0, 50))).rows();
        assertThat(rows).hasSize(2).allMatch(row -> row.status() == PlacementStatus.OFFERED);
        return rows;
    }

    /** The user's newest notification with this subject, in the language given. */
    private NotificationRow newest(String user, String subject, Locale locale) throws Exception {
        List<NotificationRow> rows = runAs.user(user,
                () -> notificationService.find(PageRequest.of(0, 200), locale)).rows();
        return rows.stream().filter(row -> row.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError(user + " has no notice \"" + subject + "\" among " + rows.stream()
                        .map(NotificationRow::subject).toList()));
    }
}
