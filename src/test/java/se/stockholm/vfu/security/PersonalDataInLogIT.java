package se.stockholm.vfu.security;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.ServletContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.allocation.AllocationRunService;
import se.stockholm.vfu.allocation.AllocationService;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.config.PortalSettings;
import se.stockholm.vfu.inquiry.InquiryForm;
import se.stockholm.vfu.inquiry.InquiryService;
import se.stockholm.vfu.it.AllocationFixtures;
import se.stockholm.vfu.it.AllocationFixtures.Scenario;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.it.ServerLog;
import se.stockholm.vfu.it.PageClient;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.notification.NotificationService;
import se.stockholm.vfu.place.PlaceForm;
import se.stockholm.vfu.place.PlaceService;
import se.stockholm.vfu.place.Withdrawal;
import se.stockholm.vfu.placement.PlacementLifecycleService;
import se.stockholm.vfu.placement.PlacementRow;
import se.stockholm.vfu.placement.PlacementService;
import se.stockholm.vfu.request.RequestChanges;
import se.stockholm.vfu.request.RequestImport;
import se.stockholm.vfu.request.RequestForm;
import se.stockholm.vfu.request.RequestService;
import se.stockholm.vfu.supervisor.SupervisorForm;
import se.stockholm.vfu.supervisor.SupervisorService;
import se.stockholm.vfu.unit.UnitForm;
import se.stockholm.vfu.unit.UnitService;
import se.stockholm.vfu.user.UserForm;
import se.stockholm.vfu.user.UserService;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server log after a journey through every feature holds no student's name, e-mail address, student id or
 * personal identity number, nor the name or address of a staff member. The journey uses markers no other test
 * writes (names, addresses and a personal-identity-number-like text with a random part), acts as every role
 * through the services and over HTTP (API and pages), provokes the errors that get logged (invalid and truncated
 * bodies, a duplicate, unknown records, another district's record, a page of another role) and sends notification
 * mail in the embedded default's mail mode, which writes to the log instead of sending. Then it reads what the
 * server's log file gained during the journey.
 * <p>
 * Runs inside the test server: it finds the log through {@code jboss.server.log.dir} and switches the mail mode
 * through the system property the portal reads at each send (the test server otherwise sends by SMTP), putting it
 * back afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataInLogIT {

    private static final Duration MAIL_PATIENCE = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    RunAs runAs;
    @Inject
    Fixtures fixtures;
    @Inject
    AllocationFixtures allocationFixtures;
    @Inject
    UserService userService;
    @Inject
    UnitService unitService;
    @Inject
    SupervisorService supervisorService;
    @Inject
    PlaceService placeService;
    @Inject
    RequestService requestService;
    @Inject
    RequestChanges requestChanges;
    @Inject
    InquiryService inquiryService;
    @Inject
    RequestImport requestImport;
    @Inject
    AllocationService allocationService;

    @Inject
    AllocationRunService storedRuns;
    @Inject
    PlacementService placementService;
    @Inject
    PlacementLifecycleService lifecycle;
    @Inject
    NotificationService notificationService;
    @Inject
    ServletContext servletContext;

    /** Everything identifying the journey writes; none of it may reach the log. */
    private final List<String> markers = new ArrayList<>();

    @Test
    void aFullJourneyLeavesNoNameAddressStudentIdOrPersonalIdentityNumberInTheServerLog() throws Exception {
        ServerLog log = ServerLog.mark();
        String previousMode = System.getProperty(PortalSettings.MAIL_MODE_PROPERTY);
        System.setProperty(PortalSettings.MAIL_MODE_PROPERTY, "log");
        try {
            journey();
            log.awaitQuiet(MAIL_PATIENCE);
        } finally {
            if (previousMode == null) {
                System.clearProperty(PortalSettings.MAIL_MODE_PROPERTY);
            } else {
                System.setProperty(PortalSettings.MAIL_MODE_PROPERTY, previousMode);
            }
        }

        String written = log.gained();
        assertThat(written).as("the journey was logged at all (it ran in this server)").isNotEmpty();
        Map<String, Integer> found = new LinkedHashMap<>();
        for (String marker : markers) {
            int at = written.indexOf(marker);
            if (at >= 0) {
                found.put(marker, at);
            }
        }
        assertThat(found).as("personal data found in the server log, e.g. %s", firstLineWith(written, found))
                .isEmpty();
    }

    private void journey() throws Exception {
        long so = fixtures.districtId("SO");
        long su = fixtures.universityId("SU");
        long area = fixtures.areaId("BOU");

        // staff: a district contact of Södermalm, who then gets the district's notices (and their mail)
        String staffName = marker("Logga Handläggarsson");
        String staffEmail = email("handl");
        UserForm user = new UserForm();
        user.setUsername("it-log-" + UUID.randomUUID().toString().substring(0, 8));
        user.setDisplayName(staffName);
        user.setEmail(staffEmail);
        user.setRole(Role.DISTRICT);
        user.setDistrictId(so);
        user.setPassword(Fixtures.PASSWORD);
        runAs.user(Fixtures.ADMIN, () -> userService.create(user));
        // a staff member's user name names them too: the log names the user changed by internal id
        markers.add(user.getUsername());

        // the district's unit, supervisor and place offer (grouped per user: each sign-in costs a bcrypt check)
        UnitForm unit = new UnitForm();
        unit.setDistrictId(so);
        unit.setAreaId(area);
        unit.setName(marker("Loggenheten"));
        unit.setContactName(marker("Kontakta Loggberg"));
        unit.setContactEmail(email("kontakt"));
        SupervisorForm supervisor = new SupervisorForm();
        supervisor.setName(marker("Handleda Loggqvist"));
        supervisor.setEmail(email("handledare"));
        supervisor.setMaxStudents(2);
        PlaceForm place = new PlaceForm();
        place.setAreaId(area);
        place.setPlaces(1);
        place.setNotes(marker("Platsen passar Loggvall"));
        Withdrawal withdrawal = new Withdrawal();
        withdrawal.setReason(marker("Loggvall slutar"));
        long requestTerm = fixtures.termId(Fixtures.REQUEST_TERM);
        // a student's inquiry, forwarded by the district; another one declined
        InquiryForm inquiry = inquiryForm(su, marker("Inga Loggdotter"), email("inga"),
                "Hej! Mitt personnummer är " + personalIdentityNumber() + ", ring mig.");
        InquiryForm declined = inquiryForm(su, marker("Doris Loggsson"), email("doris"), "Samordningsnummer "
                + personalIdentityNumber().replace('-', '+'));
        long[] inquiries = runAs.user(Fixtures.SODERMALM, () -> {
            long unitId = unitService.create(unit);
            supervisor.setUnitId(unitId);
            long supervisorId = supervisorService.create(supervisor);
            place.setUnitId(unitId);
            place.setSupervisorId(supervisorId);
            long placeId = placeService.create(requestTerm, place);
            withdrawal.setVersion(placeService.get(requestTerm, placeId).version());
            placeService.withdraw(requestTerm, placeId, withdrawal);
            supervisorService.deactivate(supervisorId);
            unitService.deactivate(unitId);
            return new long[] {inquiryService.forward(inquiry), inquiryService.forward(declined)};
        });

        // the university acknowledges the one and makes a request of it, declines the other
        String inquiryRef = ref("logref");
        String declineReason = marker("Doris har redan plats");
        runAs.user(Fixtures.SU, () -> {
            inquiryService.acknowledge(inquiries[0]);
            inquiryService.turnIntoRequest(inquiries[0], requestTerm, inquiryRef);
            inquiryService.decline(inquiries[1], declineReason);
        });

        // a file import: a valid row, and one whose area column holds a name (its error quotes the cell as typed)
        byte[] file = ("Student-id;Förnamn;Efternamn;E-post;Verksamhetsområde 1;Stadsdel 1;Extra stöd;Extra stöd kommentar\n"
                + ref("logimp") + ";" + marker("Imre") + ";" + marker("Loggberg") + ";" + email("imre") + ";BOU;;;\n"
                + ref("logimp") + ";Ola;Olsson;" + email("ola") + ";" + marker("Ida Fältsdotter") + ";;;\n")
                .getBytes(StandardCharsets.UTF_8);
        runAs.user(Fixtures.SU, () -> requestImport.importFile(requestTerm, "logg.csv", file));

        // allocation and placements: the university's students renamed to markers, placed, answered
        Scenario term = allocationFixtures.newTerm();
        List<String> names = runAs.user(Fixtures.SU, () -> List.of(rename(term.termId(), term.student("a")),
                rename(term.termId(), term.student("b")), rename(term.termId(), term.student("c"))));
        runAs.user(Fixtures.CENTRAL, () -> {
            allocationService.run(term.termId(), 7L);
            return allocationService.publish(term.termId());
        });
        // Södermalm's two places go to two of the three: the one confirmed, the other declined with a reason naming them
        String declinedReason = marker("Avböjd, har redan plats:");
        List<PlacementRow> offered = runAs.user(Fixtures.SODERMALM, () -> {
            List<PlacementRow> rows = placementService.find(term.termId(), PageRequest.of(0, 50)).rows().stream()
                    .filter(row -> names.contains(row.studentName())).toList();
            PlacementRow first = rows.get(0);
            PlacementRow second = rows.get(1);
            lifecycle.confirm(term.termId(), first.id(), first.version(), term.sodermalmSupervisor());
            lifecycle.decline(term.termId(), second.id(), second.version(),
                    declinedReason + " " + second.studentName());
            return rows;
        });
        assertThat(offered).as("the run offered Södermalm two of the renamed students").hasSize(2);
        runAs.user(Fixtures.CENTRAL, () -> storedRuns.runs(term.termId()));

        // notifications read, as the API and the pages do
        runAs.user(Fixtures.SU, () -> {
            notificationService.find(PageRequest.of(0, 50), Locale.ENGLISH);
            return notificationService.markAllRead();
        });

        overHttp(su);
    }

    /** The API and the pages, with the bad input, unknown records and refusals that get logged. */
    private void overHttp(long su) throws Exception {
        URI base = Deployments.baseFromInside(servletContext);
        Http http = new Http(base);
        String requests = "api/terms/" + Fixtures.REQUEST_TERM + "/requests";
        String name = marker("Api Loggander");
        String apiRef = ref("apiref");
        String apiEmail = email("api");
        String request = Json.createObjectBuilder().add("studentRef", apiRef).add("studentName", name)
                .add("studentEmail", apiEmail).add("noPreference", true).add("languages", "sv")
                .add("notes", "Personnummer " + personalIdentityNumber())
                .add("extraSupport", true).add("extraSupportNote", marker("Loggander behöver tolk")).build().toString();
        assertThat(post(http, requests, request, Fixtures.SU).statusCode()).as("created").isEqualTo(201);
        assertThat(post(http, requests, request, Fixtures.SU).statusCode()).as("the same student again")
                .isBetween(400, 499);
        String badEmail = request.replace(apiEmail, marker("inte en adress Loggander"));
        assertThat(post(http, requests, badEmail.replace(apiRef, ref("apiref")), Fixtures.SU).statusCode())
                .as("invalid e-mail").isBetween(400, 499);
        post(http, requests, "{\"studentName\":\"" + marker("Trunkerad Loggsson") + "\",\"studentEmail\":\"", Fixtures.SU);
        post(http, requests, "{\"studentRef\":[\"" + marker("felref") + "\"],\"studentName\":{\"a\":1}}", Fixtures.SU);
        post(http, "api/inquiries", Json.createObjectBuilder().add("studentName", marker("Felix Loggman"))
                .add("studentEmail", marker("felix-utan-snabel-a")).add("message", personalIdentityNumber())
                .add("universityId", su).add("receivedOn", "inte ett datum").build().toString(), Fixtures.SODERMALM);
        assertThat(http.get("api/inquiries/987654321", Fixtures.SU, Fixtures.PASSWORD).statusCode()).isEqualTo(404);
        assertThat(http.get(requests + "/" + personalIdentityNumber(), Fixtures.SU, Fixtures.PASSWORD).statusCode())
                .as("a personal identity number where an id belongs").isEqualTo(404);
        assertThat(http.get("api/terms/" + Fixtures.TERM + "/allocation", Fixtures.SODERMALM, Fixtures.PASSWORD)
                .statusCode()).as("another role's resource").isEqualTo(403);
        String searched = URLEncoder.encode(marker("Sökt Loggnamn"), StandardCharsets.UTF_8);
        markers.add(searched);
        assertThat(http.get("api/units?text=" + searched, Fixtures.RINKEBY, Fixtures.PASSWORD).statusCode())
                .isEqualTo(200);

        PageClient district = new PageClient(base, Fixtures.SODERMALM, Fixtures.PASSWORD);
        assertThat(district.open("central/terms.xhtml").statusCode()).as("a page of another role").isEqualTo(403);
        assertThat(district.open("no-such-page.xhtml").statusCode()).isEqualTo(404);
        district.open("inquiries.xhtml");
        district.open("placements.xhtml");
        district.open("notifications.xhtml");
        PageClient university = new PageClient(base, Fixtures.SU, Fixtures.PASSWORD);
        university.open("university/request.xhtml?id=987654321");
        university.open("university/requests.xhtml");
    }

    /** Gives a request a marker name, address and student id; run as its university. */
    private String rename(long termId, long requestId) {
        String name = marker("Student Loggnamn");
        RequestForm form = RequestForm.of(requestService.get(termId, requestId));
        form.setStudentName(name);
        form.setStudentEmail(email("student"));
        form.setNotes(marker("Anteckning om Loggnamn"));
        requestChanges.update(termId, requestId, form);
        return name;
    }

    private static InquiryForm inquiryForm(long universityId, String name, String email, String message) {
        InquiryForm form = new InquiryForm();
        form.setStudentName(name);
        form.setStudentEmail(email);
        form.setHomeUniversity("Umeå universitet");
        form.setMessage(message);
        form.setReceivedOn(LocalDate.now(StockholmTime.ZONE));
        form.setUniversityId(universityId);
        return form;
    }

    private String marker(String text) {
        String marker = text + " " + random(8);
        markers.add(marker);
        return marker;
    }

    /** A student id as universities write them (letters, digits, dashes). */
    private String ref(String prefix) {
        String ref = prefix + "-" + random(8);
        markers.add(ref);
        return ref;
    }

    private String email(String local) {
        String email = local + "." + random(8) + "@logg.example";
        markers.add(email);
        return email;
    }

    /** A text shaped like a Swedish personal identity number (yyyymmdd-nnnn), unique to this run. */
    private String personalIdentityNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String number = String.format("19%02d%02d%02d-%04d", random.nextInt(40, 99), random.nextInt(1, 13),
                random.nextInt(1, 29), random.nextInt(10000));
        markers.add(number);
        markers.add(number.replace("-", ""));
        return number;
    }

    private static String random(int length) {
        return UUID.randomUUID().toString().replace("-", "").substring(0, length);
    }

    private static HttpResponse<String> post(Http http, String path, String json, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), user, Fixtures.PASSWORD);
    }

    private static String firstLineWith(String written, Map<String, Integer> found) {
        if (found.isEmpty()) {
            return "nothing";
        }
        int at = found.values().iterator().next();
        int from = written.lastIndexOf('\n', at) + 1;
        int to = written.indexOf('\n', at);
        return written.substring(from, to < 0 ? written.length() : to);
    }
}
