package se.stockholm.vfu.scope;

import se.stockholm.vfu.it.Fixtures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * The portal's one scope matrix: every rule "this caller, on this record, with this operation, through this channel,
 * gets this answer", generated here and nowhere else. The runners ({@link #RUNNERS}) know how to try a case; what
 * the answer must be they read from here ({@link #tally(String)}), and each fails unless it tried every rule the
 * catalogue gives it and no other, so a rule can neither be left untried nor be restated in a runner.
 * <p>
 * <b>Adding an entity</b>: map its class in {@link #ENTITIES} (or, for reference data that is no one's personal data,
 * {@link #NOT_IN_MATRIX} with the reason), add its rules in a generator below for the runner that tries them, and
 * teach that runner the operations. {@code ScopeMatrixCatalogueTest} fails for an {@code @Entity} that is in neither
 * map, and for an entity label no rule uses. {@link ScopeMatrixSummary} prints the cases a run tried.
 * <p>
 * Plain Java with no portal type in it, so the in-container runners can use it inside the server too.
 */
public final class ScopeMatrix {

    /** What a case must answer. */
    public enum Expect {
        /** Done (2xx); for a list or an export: the record is in it. */
        ALLOWED(200),
        /** Refused for the role or the scope: 403, {@code EJBAccessException} or {@code AccessDeniedException}. */
        FORBIDDEN(403),
        /** Not found for the caller: 404 or {@code NotFoundException}. */
        NOT_FOUND(404),
        /** Refused, by role (403) or because the caller cannot see the record (404): the runner accepts either. */
        REFUSED(403),
        /**
         * Answered without the record: a list, a table's row key, an export or a save of the caller's own that shows
         * or touches none of the other's records (a list refused outright for the role shows nothing either).
         */
        NOT_LISTED(200),
        /** No credentials: 401. */
        UNAUTHENTICATED(401);

        public final int status;

        Expect(int status) {
            this.status = status;
        }
    }

    /** One case of the matrix. */
    public record Rule(String runner, String caller, String entity, String operation, String channel, Expect expect) {

        /** The role the caller has (a demo user's role, or the role the caller is made with). */
        public String role() {
            return roleOf(caller);
        }

        String key() {
            return ScopeMatrix.key(caller, entity, operation, channel);
        }

        /** The label of a generated test, which {@link ScopeMatrixSummary} reads back: {@code a × b × c × d → E}. */
        public String label() {
            return caller + SEPARATOR + entity + SEPARATOR + operation + SEPARATOR + channel + ARROW + expect;
        }

        @Override
        public String toString() {
            return label();
        }
    }

    public static final String SEPARATOR = " × ";
    public static final String ARROW = " → ";

    // channels
    public static final String SERVICE = "service";
    public static final String ROW_KEY = "table row key";
    public static final String PAGE = "page";
    public static final String REST = "REST";
    public static final String REST_BASIC = "REST (Basic)";
    public static final String REST_BEARER = "REST (Bearer)";
    public static final List<String> EXPORTS = List.of("CSV export", "Excel export", "PDF export");

    // runners: the test classes that try the rules (each checks it tried exactly its own)
    public static final String DISTRICT = "DistrictScopeMatrixIT";
    public static final String DISTRICT_API = "DistrictScopeMatrixApiIT";
    public static final String EXPORT = "ExportScopeMatrixIT";
    public static final String REQUEST = "RequestScopeMatrixIT";
    public static final String RECRUITMENT = "RecruitmentScopeMatrixIT";
    public static final String RECRUITMENT_API = "RecruitmentScopeMatrixApiIT";
    public static final String SUPPORT = "SupportScopeMatrixIT";
    public static final String SUPPORT_API = "SupportScopeMatrixApiIT";
    public static final String EVALUATION = "EvaluationScopeMatrixIT";
    public static final String EVALUATION_API = "EvaluationScopeMatrixApiIT";
    public static final String NETWORK = "NetworkScopeMatrixIT";
    public static final String NETWORK_API = "NetworkScopeMatrixApiIT";
    public static final String API_TOKEN = "ApiTokenScopeMatrixIT";
    public static final String API_TOKEN_API = "ApiTokenScopeMatrixApiIT";
    public static final String TRUST_API = "TrustScopeMatrixApiIT";
    /** Runners whose cases depend on what the portal has when the test runs (its pages, its OpenAPI document). */
    public static final String SERVLET_MAPPING = "ServletMappingIT";
    public static final String CROSS_SITE = "CrossSiteApiIT";
    public static final String PROBLEMS = "ProblemResponsesIT";

    /** Every runner: those with a fixed list of rules first, then those generating one test per rule at run time. */
    public static final List<String> RUNNERS = List.of(DISTRICT, DISTRICT_API, EXPORT, REQUEST, RECRUITMENT,
            RECRUITMENT_API, SUPPORT, SUPPORT_API, EVALUATION, EVALUATION_API, NETWORK, NETWORK_API, API_TOKEN,
            API_TOKEN_API, TRUST_API, SERVLET_MAPPING, CROSS_SITE, PROBLEMS);
    public static final Set<String> DYNAMIC_RUNNERS = Set.of(SUPPORT_API, API_TOKEN_API, SERVLET_MAPPING, CROSS_SITE,
            PROBLEMS);

    // callers that are not demo users: the API-token matrix's fresh users, and callers without a user
    public static final String OWNER_DISTRICT = "another contact of the owner's district";
    public static final String OTHER_DISTRICT_USER = "a contact of another district";
    public static final String CENTRAL_USER = "a central contact";
    public static final String UNIVERSITY_USER = "a university coordinator";
    public static final String ADMIN_USER = "an administrator";
    public static final String NO_CREDENTIALS = "no credentials";
    public static final String CROSS_SITE_PREFIX = "another site with the session cookie";

    /**
     * Every JPA entity of the portal and the matrix entity whose rules cover it (a record read only with another,
     * such as a place offer's changes, is covered by that record's operations).
     */
    public static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("Unit", "unit"),
            Map.entry("Supervisor", "supervisor"),
            Map.entry("TrainingChange", "supervisor"),
            Map.entry("PlaceOffer", "place offer"),
            Map.entry("PlaceChange", "place offer"),
            Map.entry("Inquiry", "inquiry"),
            Map.entry("TrainingReport", "training report"),
            Map.entry("StudentRequest", "student request"),
            Map.entry("Placement", "placement"),
            Map.entry("PlacementEvent", "placement"),
            Map.entry("AllocationRun", "allocation run"),
            Map.entry("Term", "term"),
            Map.entry("AppUser", "user account"),
            Map.entry("TraineePost", "trainee post"),
            Map.entry("Candidate", "candidate"),
            Map.entry("CandidateStep", "candidate"),
            Map.entry("StaffTurnover", "staff turnover"),
            Map.entry("Meeting", "meeting"),
            Map.entry("Concern", "concern"),
            Map.entry("ObservationVisit", "visit"),
            Map.entry("Booking", "booking"),
            Map.entry("EvaluationAnswer", "evaluation answer"),
            Map.entry("NetworkEvent", "event"),
            Map.entry("EventInvitee", "attendance"),
            Map.entry("NetworkDocument", "document"),
            Map.entry("DocumentVersion", "document"),
            Map.entry("DocumentShare", "document"),
            Map.entry("ApiToken", "API token"),
            Map.entry("AuditRevision", "audit entry"),
            Map.entry("ReadLogEntry", "read-log entry"),
            Map.entry("RetentionRun", "retention run"));

    /** Entities with no rules of their own, and why. */
    public static final Map<String, String> NOT_IN_MATRIX = Map.of(
            "AreaOfWork", "reference data (migration V2), no one's personal data: every role reads it, no one changes it",
            "District", "reference data (migration V2), no one's personal data: every role reads it, no one changes it",
            "University", "reference data (migration V2), no one's personal data: every role reads it, no one changes it",
            "EvaluationInvitation", "reached by no signed-in role: only the respondent, with the one-time token of the "
                    + "mail (EvaluationService.byToken); no page, list or API operation returns one",
            "Notification", "a user's own notice, never another's: NotificationServiceIT and NotificationsApiIT show a "
                    + "user reads and marks only their own; its content comes from a record that is in the matrix",
            "OutboxMail", "read by no role: mail waiting for the relay, sent by the server's own timer and deleted once "
                    + "sent or given up (MailOutboxIT); no page, list or API operation returns one");

    private static final Map<String, String> ROLES = Map.ofEntries(
            Map.entry(Fixtures.CENTRAL, "central contact"), Map.entry(Fixtures.ADMIN, "administrator"),
            Map.entry(Fixtures.SODERMALM, "district contact"), Map.entry(Fixtures.RINKEBY, "district contact"),
            Map.entry(Fixtures.SU, "university coordinator"), Map.entry(Fixtures.SH, "university coordinator"),
            Map.entry(CENTRAL_USER, "central contact"), Map.entry(ADMIN_USER, "administrator"),
            Map.entry(OWNER_DISTRICT, "district contact"), Map.entry(OTHER_DISTRICT_USER, "district contact"),
            Map.entry(UNIVERSITY_USER, "university coordinator"), Map.entry(NO_CREDENTIALS, "no one signed in"),
            // the servlet-mapping rules' callers are the roles themselves
            Map.entry("CENTRAL", "central contact"), Map.entry("ADMIN", "administrator"),
            Map.entry("DISTRICT", "district contact"), Map.entry("UNIVERSITY", "university coordinator"));

    private static final List<Rule> RULES = Collections.unmodifiableList(generate());

    private ScopeMatrix() {
    }

    /** Every rule with a fixed place in the matrix (the dynamic runners' rules come from the methods below). */
    public static List<Rule> all() {
        return RULES;
    }

    /** The rules one runner tries. */
    public static List<Rule> of(String runner) {
        return RULES.stream().filter(r -> r.runner().equals(runner)).toList();
    }

    public static Tally tally(String runner) {
        return new Tally(runner);
    }

    static String roleOf(String caller) {
        if (caller.startsWith(CROSS_SITE_PREFIX)) {
            return CROSS_SITE_PREFIX;
        }
        String role = ROLES.get(caller);
        if (role == null) {
            throw new IllegalArgumentException("a caller of no known role: " + caller);
        }
        return role;
    }

    static String key(String caller, String entity, String operation, String channel) {
        return caller + SEPARATOR + entity + SEPARATOR + operation + SEPARATOR + channel;
    }

    /**
     * What a runner tried, against what the catalogue gives it: each case asks its expectation here, and
     * {@link #assertEveryRuleTried()} fails when a rule of the runner's was not tried.
     */
    public static final class Tally {

        private final String runner;
        private final Map<String, Rule> rules = new LinkedHashMap<>();
        private final Set<String> tried = new LinkedHashSet<>();

        private Tally(String runner) {
            this.runner = runner;
            for (Rule rule : of(runner)) {
                if (rules.put(rule.key(), rule) != null) {
                    throw new IllegalStateException("the catalogue states twice: " + rule);
                }
            }
            if (rules.isEmpty()) {
                throw new IllegalStateException("no rules for " + runner);
            }
        }

        /** The expectation of a case the runner tries; a case the catalogue does not state is an error. */
        public Expect expect(String caller, String entity, String operation, String channel) {
            String key = key(caller, entity, operation, channel);
            Rule rule = rules.get(key);
            if (rule == null) {
                throw new AssertionError(runner + " tried a case the scope matrix does not state: " + key);
            }
            tried.add(key);
            return rule.expect();
        }

        public int size() {
            return rules.size();
        }

        /** Fails unless every rule of the runner was tried. */
        public void assertEveryRuleTried() {
            List<String> untried = rules.keySet().stream().filter(k -> !tried.contains(k)).toList();
            if (!untried.isEmpty()) {
                throw new AssertionError(runner + " left " + untried.size() + " of its " + rules.size()
                        + " rules untried: " + untried);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The rules that depend on the portal as it is when the test runs: one per page and URL form, per API operation.

    /** Who may open the pages of each role folder (web.xml's security constraints). */
    public static final Map<String, Set<String>> FOLDERS = Map.of(
            "central", Set.of("CENTRAL", "ADMIN"),
            "admin", Set.of("CENTRAL", "ADMIN"),
            "district", Set.of("DISTRICT"),
            "university", Set.of("UNIVERSITY"));

    /** Pages whose own security constraint narrows their folder's (an exact URL pattern in web.xml wins). */
    public static final Map<String, Set<String>> PAGES = Map.of("admin/read-log.xhtml", Set.of("ADMIN"),
            "admin/retention.xhtml", Set.of("ADMIN"));

    /** A way of writing the URL of page {@code y} in folder {@code x}, and what it answers to a role that may or may not. */
    public record UrlForm(String name, BinaryOperator<String> path, Expect may, Expect mayNot) {
    }

    public static final List<UrlForm> URL_FORMS = List.of(
            new UrlForm("plain", (x, y) -> "/" + x + "/" + y, Expect.ALLOWED, Expect.FORBIDDEN),
            new UrlForm("faces mapping", (x, y) -> "/faces/" + x + "/" + y, Expect.NOT_FOUND, Expect.NOT_FOUND),
            new UrlForm("double slash", (x, y) -> "//" + x + "/" + y, Expect.ALLOWED, Expect.FORBIDDEN),
            new UrlForm("dot segment", (x, y) -> "/" + x + "/./" + y, Expect.ALLOWED, Expect.FORBIDDEN),
            new UrlForm("encoded dot segment", (x, y) -> "/" + x + "/%2e/" + y, Expect.ALLOWED, Expect.FORBIDDEN),
            new UrlForm("upper-case folder", (x, y) -> "/" + x.toUpperCase(Locale.ROOT) + "/" + y, Expect.NOT_FOUND,
                    Expect.NOT_FOUND),
            new UrlForm("session id parameter", (x, y) -> "/" + x + "/" + y + ";jsessionid=abc", Expect.ALLOWED,
                    Expect.FORBIDDEN),
            new UrlForm("parameter on the folder", (x, y) -> "/" + x + ";jsessionid=abc/" + y, Expect.ALLOWED,
                    Expect.FORBIDDEN));

    /** The roles that may open a page of a role folder. */
    public static Set<String> mayOpen(String folder, String page) {
        return PAGES.getOrDefault(folder + "/" + page, FOLDERS.get(folder));
    }

    /** A role (CENTRAL, ADMIN, DISTRICT, UNIVERSITY) opening a role folder's page under one URL form. */
    public static Rule page(String role, String folder, String page, UrlForm form) {
        return new Rule(SERVLET_MAPPING, role, "page " + folder + "/" + page, "open",
                "page under " + form.name() + " URL", mayOpen(folder, page).contains(role) ? form.may() : form.mayNot());
    }

    /** Any API operation called without credentials. */
    public static Rule withoutCredentials(String operation) {
        return new Rule(PROBLEMS, NO_CREDENTIALS, "API operation", operation, REST, Expect.UNAUTHENTICATED);
    }

    /** An unsafe API operation sent by another site with the session cookie ({@code how}: the headers it sends). */
    public static Rule crossSite(String operation, String how) {
        return new Rule(CROSS_SITE, CROSS_SITE_PREFIX + (how.isEmpty() ? "" : " (" + how + ")"), "API operation",
                operation, REST, Expect.FORBIDDEN);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The fixed rules, per feature.

    private static List<Rule> generate() {
        List<Rule> rules = new ArrayList<>();
        district(rules);
        districtApi(rules);
        export(rules);
        request(rules);
        recruitment(rules);
        support(rules);
        evaluation(rules);
        network(rules);
        apiTokens(rules);
        trust(rules);
        return rules;
    }

    /**
     * Rinkeby-Kista's unit, supervisor and place offer, an inquiry Rinkeby-Kista forwarded to Södertörn and
     * Södertörn's training report, tried by Södermalm's district contact and Stockholms universitet's coordinator:
     * every read and change refused; a list, a table's row key and a save of one's own show or touch none of them.
     */
    private static void district(List<Rule> rules) {
        String[][] refused = {
            {"unit", "read"}, {"unit", "change"}, {"unit", "deactivate"}, {"unit", "reactivate"},
            {"supervisor", "read"}, {"supervisor", "read training history"}, {"supervisor", "change"},
            {"supervisor", "change training"}, {"supervisor", "deactivate"},
            {"supervisor", "create in the other district's unit"}, {"supervisor", "choices of the other district"},
            {"place offer", "read"}, {"place offer", "read history"}, {"place offer", "change"},
            {"place offer", "withdraw"}, {"place offer", "create on the other district's unit"},
            {"training report", "read"}, {"training report", "read all"}};
        for (String caller : List.of(Fixtures.SODERMALM, Fixtures.SU)) {
            for (String[] c : refused) {
                rules.add(new Rule(DISTRICT, caller, c[0], c[1], SERVICE, Expect.REFUSED));
            }
            // another university's inquiry is not found, whatever the coordinator does with it (a 403 told that it
            // exists); a district contact may not act on any inquiry (its role, refused before the record is looked up)
            rules.add(new Rule(DISTRICT, caller, "inquiry", "read", SERVICE, Expect.NOT_FOUND));
            for (String operation : List.of("acknowledge", "decline", "turn into a request")) {
                rules.add(new Rule(DISTRICT, caller, "inquiry", operation, SERVICE,
                        caller.equals(Fixtures.SU) ? Expect.NOT_FOUND : Expect.FORBIDDEN));
            }
            for (String entity : List.of("unit", "supervisor", "place offer")) {
                rules.add(new Rule(DISTRICT, caller, entity, "list filtered to the other district", SERVICE,
                        Expect.NOT_LISTED));
            }
            rules.add(new Rule(DISTRICT, caller, "inquiry", "list filtered to the other district and university",
                    SERVICE, Expect.NOT_LISTED));
            for (String entity : List.of("unit", "supervisor", "place offer", "inquiry")) {
                rules.add(new Rule(DISTRICT, caller, entity, "select row by key", ROW_KEY, Expect.NOT_LISTED));
            }
            // a coordinator's save writes their own university's report only; a district contact may not save at all
            rules.add(new Rule(DISTRICT, caller, "training report", "save (own only)", SERVICE,
                    caller.equals(Fixtures.SU) ? Expect.NOT_LISTED : Expect.REFUSED));
        }
    }

    /**
     * The same records through REST and the central contact's pages: 403, but 404 for an inquiry not one's own (read, or
     * a coordinator's acknowledge, decline or request of another university's). A unit created or changed naming the
     * other district is refused too (the field was ignored and the unit made in the caller's own district).
     */
    private static void districtApi(List<Rule> rules) {
        String[][] forbidden = {
            {"unit", "read"}, {"unit", "change"}, {"unit", "deactivate"}, {"unit", "reactivate"},
            {"unit", "create naming the other district"}, {"unit", "change own naming the other district"},
            {"supervisor", "read"}, {"supervisor", "read history"}, {"supervisor", "change"},
            {"supervisor", "change training"}, {"supervisor", "deactivate"}, {"supervisor", "create in the other district"},
            {"place offer", "read"}, {"place offer", "read history"}, {"place offer", "change"},
            {"place offer", "withdraw"}, {"place offer", "create on the other district's unit"},
            {"training report", "read"}, {"training report", "read all"}};
        for (String caller : List.of(Fixtures.SODERMALM, Fixtures.SU)) {
            for (String[] c : forbidden) {
                rules.add(new Rule(DISTRICT_API, caller, c[0], c[1], REST, Expect.FORBIDDEN));
            }
            rules.add(new Rule(DISTRICT_API, caller, "inquiry", "read", REST, Expect.NOT_FOUND));
            for (String operation : List.of("acknowledge", "decline", "turn into a request")) {
                rules.add(new Rule(DISTRICT_API, caller, "inquiry", operation, REST,
                        caller.equals(Fixtures.SU) ? Expect.NOT_FOUND : Expect.FORBIDDEN));
            }
            for (String entity : List.of("unit", "supervisor", "place offer", "inquiry")) {
                rules.add(new Rule(DISTRICT_API, caller, entity, "list", REST, Expect.NOT_LISTED));
            }
            for (String entity : List.of("unit", "place offer", "training report")) {
                rules.add(new Rule(DISTRICT_API, caller, entity, "open the city's page", PAGE, Expect.FORBIDDEN));
            }
            rules.add(new Rule(DISTRICT_API, caller, "training report", "save (own only)", REST,
                    caller.equals(Fixtures.SU) ? Expect.NOT_LISTED : Expect.FORBIDDEN));
        }
    }

    /**
     * Every table's CSV, Excel and PDF export as each user: another role's page is refused; an export of one's own
     * page holds exactly one's own rows. {@link Expect#NOT_LISTED}: the export the caller may press shows none of the
     * other district's or university's records the runner made; {@link Expect#ALLOWED}: it holds the caller's own
     * (and, for the central contact, everyone's).
     */
    private static void export(List<Rule> rules) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("district/units.xhtml", "unit");
        pages.put("district/supervisors.xhtml", "supervisor");
        pages.put("district/places.xhtml", "place offer");
        pages.put("central/units.xhtml", "unit");
        pages.put("central/supervisors.xhtml", "supervisor");
        pages.put("central/places.xhtml", "place offer");
        pages.put("central/requests.xhtml", "student request");
        pages.put("university/requests.xhtml", "student request");
        pages.put("inquiries.xhtml", "inquiry");
        pages.put("placements.xhtml", "placement");
        Map<String, List<String>> allowed = Map.of(
                Fixtures.SODERMALM, List.of("district/units.xhtml", "district/supervisors.xhtml", "district/places.xhtml",
                        "inquiries.xhtml", "placements.xhtml"),
                Fixtures.SU, List.of("university/requests.xhtml", "inquiries.xhtml", "placements.xhtml"),
                Fixtures.CENTRAL, List.of("central/units.xhtml", "central/supervisors.xhtml", "central/places.xhtml",
                        "central/requests.xhtml", "placements.xhtml"),
                Fixtures.SH, List.of("university/requests.xhtml", "inquiries.xhtml", "placements.xhtml"),
                Fixtures.RINKEBY, List.of("district/units.xhtml", "placements.xhtml"));
        Map<String, List<String>> notListed = Map.of(
                Fixtures.SODERMALM, List.of("district/units.xhtml", "district/supervisors.xhtml", "district/places.xhtml",
                        "inquiries.xhtml", "placements.xhtml"),
                Fixtures.SU, List.of("inquiries.xhtml", "placements.xhtml"));
        Map<String, List<String>> refused = Map.of(
                Fixtures.SODERMALM, List.of("central/units.xhtml", "central/supervisors.xhtml", "central/places.xhtml",
                        "central/requests.xhtml", "university/requests.xhtml"),
                Fixtures.SU, List.of("district/units.xhtml", "district/supervisors.xhtml", "district/places.xhtml",
                        "central/units.xhtml", "central/supervisors.xhtml", "central/places.xhtml",
                        "central/requests.xhtml"));
        for (String format : EXPORTS) {
            for (Map.Entry<String, String> page : pages.entrySet()) {
                for (String caller : List.of(Fixtures.SODERMALM, Fixtures.SU, Fixtures.CENTRAL, Fixtures.SH,
                        Fixtures.RINKEBY)) {
                    Expect expect = notListed.getOrDefault(caller, List.of()).contains(page.getKey()) ? Expect.NOT_LISTED
                            : allowed.get(caller).contains(page.getKey()) ? Expect.ALLOWED
                            : refused.getOrDefault(caller, List.of()).contains(page.getKey()) ? Expect.FORBIDDEN : null;
                    if (expect != null) {
                        rules.add(new Rule(EXPORT, caller, page.getValue(), "export " + page.getKey(), format, expect));
                    }
                }
            }
        }
    }

    /** Södertörn's request, tried by another university and two districts: refused, but a coordinator's import of the
     * same student id, which touches only its own university's request. */
    private static void request(List<Rule> rules) {
        for (String caller : List.of(Fixtures.SU, Fixtures.SODERMALM, Fixtures.RINKEBY)) {
            for (String operation : List.of("read", "list", "update", "withdraw", "import")) {
                boolean ownImport = caller.equals(Fixtures.SU) && operation.equals("import");
                rules.add(new Rule(REQUEST, caller, "student request", operation, SERVICE,
                        ownImport ? Expect.NOT_LISTED : Expect.REFUSED));
            }
        }
    }

    /** Södermalm's trainee post and a candidate on it: another district does not find them, a university is refused
     * the role; Södermalm's own contact may do each. */
    private static void recruitment(List<Rule> rules) {
        String[][] operations = {
            {"trainee post", "read post"}, {"trainee post", "change post"}, {"trainee post", "list candidates"},
            {"trainee post", "add outside candidate"}, {"trainee post", "add former student"},
            {"candidate", "read candidate"}, {"candidate", "history"}, {"candidate", "move"},
            {"candidate", "end employment"}, {"candidate", "consent"}};
        for (String[] op : operations) {
            rules.add(new Rule(RECRUITMENT, Fixtures.RINKEBY, op[0], op[1], SERVICE, Expect.NOT_FOUND));
            rules.add(new Rule(RECRUITMENT, Fixtures.SU, op[0], op[1], SERVICE, Expect.FORBIDDEN));
            rules.add(new Rule(RECRUITMENT, Fixtures.SODERMALM, op[0], op[1], SERVICE, Expect.ALLOWED));
            rules.add(new Rule(RECRUITMENT_API, Fixtures.RINKEBY, op[0], op[1], REST, Expect.NOT_FOUND));
            rules.add(new Rule(RECRUITMENT_API, Fixtures.SU, op[0], op[1], REST, Expect.FORBIDDEN));
        }
        rules.add(new Rule(RECRUITMENT, Fixtures.RINKEBY, "trainee post", "list posts", SERVICE, Expect.NOT_LISTED));
        rules.add(new Rule(RECRUITMENT, Fixtures.SU, "trainee post", "list posts", SERVICE, Expect.FORBIDDEN));
        rules.add(new Rule(RECRUITMENT, Fixtures.SU, "candidate", "funnel (aggregates, no individual)", SERVICE,
                Expect.NOT_LISTED));
        rules.add(new Rule(RECRUITMENT, Fixtures.SU, "candidate", "former students", SERVICE, Expect.FORBIDDEN));
        rules.add(new Rule(RECRUITMENT, Fixtures.SU, "staff turnover", "save", SERVICE, Expect.FORBIDDEN));
        rules.add(new Rule(RECRUITMENT, Fixtures.SU, "staff turnover", "import", SERVICE, Expect.FORBIDDEN));
        rules.add(new Rule(RECRUITMENT, Fixtures.RINKEBY, "candidate", "add another district's former student by id",
                SERVICE, Expect.NOT_FOUND));
        rules.add(new Rule(RECRUITMENT, Fixtures.RINKEBY, "staff turnover", "import another district's row", SERVICE,
                Expect.NOT_LISTED));
        for (String caller : List.of(Fixtures.RINKEBY, Fixtures.SU)) {
            rules.add(new Rule(RECRUITMENT_API, caller, "staff turnover", "enter the city's figures", REST,
                    Expect.FORBIDDEN));
            rules.add(new Rule(RECRUITMENT_API, caller, "staff turnover", "enter another district's figures", REST,
                    Expect.FORBIDDEN));
        }
        rules.add(new Rule(RECRUITMENT_API, Fixtures.RINKEBY, "trainee post", "list posts", REST, Expect.NOT_LISTED));
        rules.add(new Rule(RECRUITMENT_API, Fixtures.SU, "trainee post", "list posts", REST, Expect.FORBIDDEN));
        rules.add(new Rule(RECRUITMENT_API, Fixtures.SODERMALM, "candidate", "read candidate", REST, Expect.ALLOWED));
        rules.add(new Rule(RECRUITMENT_API, Fixtures.SODERMALM, "trainee post", "add former student", REST,
                Expect.ALLOWED));
    }

    /**
     * A Södermalm placement of an SU student with its meeting, concern, visit and booking; callers central,
     * the own district (Södermalm), another district (Rinkeby-Kista), the own university (SU), another (Södertörn).
     * For a list, {@link Expect#NOT_LISTED} is "not in it".
     */
    private static void support(List<Rule> rules) {
        List<String> callers = List.of(Fixtures.CENTRAL, Fixtures.SODERMALM, Fixtures.RINKEBY, Fixtures.SU, Fixtures.SH);
        Object[][] table = {
            {"meeting", "read", 200, 200, 404, 200, 404},
            {"meeting", "change", 200, 200, 404, 200, 404},
            {"concern", "read", 200, 200, 404, 200, 404},
            {"concern", "list", 200, 200, 404, 200, 404},
            {"concern", "raise", 403, 200, 404, 200, 404},
            {"concern", "handle", 200, 200, 404, 200, 404},
            {"visit", "read", 200, 200, 404, 200, 200},
            {"visit", "list", 200, 200, 404, 200, 200},
            {"visit", "book", 403, 403, 403, 200, 200},
            {"booking", "read", 200, 200, 404, 200, 404},
            {"booking", "list", 200, 200, 404, 200, 404},
            {"booking", "cancel", 200, 403, 403, 200, 404}};
        for (String runner : List.of(SUPPORT, SUPPORT_API)) {
            for (Object[] row : table) {
                for (int i = 0; i < callers.size(); i++) {
                    int status = (Integer) row[2 + i];
                    Expect expect = status == 200 ? Expect.ALLOWED : status == 403 ? Expect.FORBIDDEN
                            : row[1].equals("list") ? Expect.NOT_LISTED : Expect.NOT_FOUND;
                    rules.add(new Rule(runner, callers.get(i), (String) row[0], (String) row[1],
                            runner.equals(SUPPORT) ? SERVICE : REST, expect));
                }
            }
        }
    }

    /**
     * Five answers about Södermalm placements of SU students: they count in the results of the central contact, the
     * administrator, Södermalm and SU, and in no one else's; free texts are the central contact's and administrator's.
     */
    private static void evaluation(List<Rule> rules) {
        List<String> counted = List.of(Fixtures.CENTRAL, Fixtures.ADMIN, Fixtures.SODERMALM, Fixtures.SU);
        for (String caller : List.of(Fixtures.CENTRAL, Fixtures.ADMIN, Fixtures.SODERMALM, Fixtures.SU, Fixtures.RINKEBY,
                Fixtures.SH)) {
            for (String grouping : List.of("DISTRICT", "UNIT", "AREA", "UNIVERSITY")) {
                Expect expect = counted.contains(caller) ? Expect.ALLOWED : Expect.NOT_LISTED;
                rules.add(new Rule(EVALUATION, caller, "evaluation answer", "read results by " + grouping, SERVICE, expect));
                rules.add(new Rule(EVALUATION_API, caller, "evaluation answer", "read results by " + grouping, REST,
                        expect));
            }
            boolean central = caller.equals(Fixtures.CENTRAL) || caller.equals(Fixtures.ADMIN);
            rules.add(new Rule(EVALUATION, caller, "evaluation answer", "read free texts", SERVICE,
                    central ? Expect.ALLOWED : Expect.REFUSED));
            rules.add(new Rule(EVALUATION_API, caller, "evaluation answer", "read free texts", REST,
                    central ? Expect.ALLOWED : Expect.FORBIDDEN));
        }
    }

    /**
     * An event only Rinkeby-Kista and Södertörn are invited to, and a document shared only with them: the outsiders
     * (Södermalm, SU) are refused everything and list neither; the invited read but do not change or delete.
     */
    private static void network(List<Rule> rules) {
        String[][] service = {
            {"event", "read"}, {"event", "calendar"}, {"event", "students"}, {"event", "change"},
            {"event", "send invitations"}, {"event", "attach minutes"}, {"event", "create"}, {"attendance", "record"},
            {"event", "delete"}, {"attendance", "over the years"}, {"document", "read"}, {"document", "download newest"},
            {"document", "download version 1"}, {"document", "change sharing"}, {"document", "upload a version"},
            {"document", "delete"}, {"document", "create"}};
        String[][] rest = {
            {"event", "read", REST}, {"event", "calendar", REST}, {"event", "students", REST}, {"event", "change", REST},
            {"event", "invitations", REST}, {"event", "minutes", REST}, {"event", "create", REST},
            {"attendance", "record", REST}, {"attendance", "over the years", REST}, {"document", "read", REST},
            {"document", "download", REST}, {"document", "change", REST}, {"document", "upload", REST},
            {"document", "create", REST}, {"event", "delete", REST}, {"document", "delete", REST},
            {"event", "open the central page", PAGE}, {"document", "open the central page", PAGE}};
        String[][] invitedRefused = {
            {"event", "change (invited)"}, {"attendance", "record (invited)"}, {"document", "upload (shared with)"},
            {"event", "delete (invited)"}, {"document", "delete (shared with)"}};
        for (String caller : List.of(Fixtures.SODERMALM, Fixtures.SU)) {
            for (String[] c : service) {
                rules.add(new Rule(NETWORK, caller, c[0], c[1], SERVICE, Expect.REFUSED));
            }
            for (String[] c : rest) {
                rules.add(new Rule(NETWORK_API, caller, c[0], c[1], c[2], Expect.REFUSED));
            }
            for (String entity : List.of("event", "document")) {
                rules.add(new Rule(NETWORK, caller, entity, "list", SERVICE, Expect.NOT_LISTED));
                rules.add(new Rule(NETWORK_API, caller, entity, "list", REST, Expect.NOT_LISTED));
            }
        }
        for (String caller : List.of(Fixtures.RINKEBY, Fixtures.SH)) {
            for (String[] c : invitedRefused) {
                rules.add(new Rule(NETWORK, caller, c[0], c[1], SERVICE, Expect.REFUSED));
                rules.add(new Rule(NETWORK_API, caller, c[0], c[1], REST, Expect.REFUSED));
            }
            rules.add(new Rule(NETWORK, caller, "document", "change sharing (shared with)", SERVICE, Expect.REFUSED));
            for (String[] c : new String[][] {{"event", "read"}, {"event", "list"}, {"document", "download newest"},
                {"event", "calendar"}}) {
                rules.add(new Rule(NETWORK, caller, c[0], c[1] + " (invited)", SERVICE, Expect.ALLOWED));
            }
            for (String[] c : new String[][] {{"event", "read"}, {"event", "calendar"}, {"document", "download newest"}}) {
                rules.add(new Rule(NETWORK_API, caller, c[0], c[1] + " (invited)", REST, Expect.ALLOWED));
            }
        }
    }

    /** The names of the API-token matrix's operations. */
    public static final String LIST_OWN = "list own";
    public static final String LIST_EVERYONES = "list everyone's";
    public static final String CREATE = "create";
    public static final String REVOKE_OWN = "revoke own";
    public static final String REVOKE_OTHERS = "revoke someone else's";

    /**
     * Tokens of a Södermalm district contact (the owner), tried by a fresh user of each role: a token is its user's
     * alone, whatever district or role; only the administrator sees and revokes anyone else's.
     */
    private static void apiTokens(List<Rule> rules) {
        List<String> callers = List.of(CENTRAL_USER, OWNER_DISTRICT, OTHER_DISTRICT_USER, UNIVERSITY_USER, ADMIN_USER);
        Object[][] table = {
            {LIST_OWN, 200, 200, 200, 200, 200},
            {LIST_EVERYONES, 403, 403, 403, 403, 200},
            {CREATE, 200, 200, 200, 200, 200},
            {REVOKE_OWN, 200, 200, 200, 200, 200},
            {REVOKE_OTHERS, 404, 404, 404, 404, 200}};
        for (String[] channel : new String[][] {{API_TOKEN, SERVICE}, {API_TOKEN_API, REST_BASIC},
            {API_TOKEN_API, REST_BEARER}}) {
            for (Object[] row : table) {
                for (int i = 0; i < callers.size(); i++) {
                    int status = (Integer) row[1 + i];
                    Expect expect = status == 200 ? Expect.ALLOWED : status == 403 ? Expect.FORBIDDEN : Expect.NOT_FOUND;
                    rules.add(new Rule(channel[0], callers.get(i), "API token", (String) row[0], channel[1], expect));
                }
            }
        }
    }

    /**
     * The records of trust (the change history, the read log, retention runs, a student's data-subject export) and the
     * central contact's and administrator's records (allocation runs, terms, user accounts), each through its page and,
     * where it has one, its REST operation, by every role. Running retention or an allocation is tried only by those
     * refused it: the allowed side changes what other tests see (RetentionIT and AllocationServiceIT show it).
     */
    private static void trust(List<Rule> rules) {
        Set<String> centralAndAdmin = Set.of(Fixtures.CENTRAL, Fixtures.ADMIN);
        Set<String> admin = Set.of(Fixtures.ADMIN);
        Object[][] operations = {
            {"audit entry", "search", PAGE, centralAndAdmin},
            {"audit entry", "search", REST, centralAndAdmin},
            {"audit entry", "export", "CSV export", centralAndAdmin},
            {"read-log entry", "search", PAGE, admin},
            {"read-log entry", "search by user", REST, admin},
            {"read-log entry", "search by student", REST, admin},
            {"retention run", "list runs and limits", PAGE, admin},
            {"retention run", "run now", PAGE, null},
            {"data-subject export", "export a student", PAGE, centralAndAdmin},
            {"data-subject export", "export a student", REST, centralAndAdmin},
            {"allocation run", "list runs", REST, centralAndAdmin},
            {"allocation run", "start a run", REST, null},
            {"allocation run", "open", PAGE, centralAndAdmin},
            {"term", "open", PAGE, centralAndAdmin},
            {"user account", "open", PAGE, centralAndAdmin}};
        for (String caller : List.of(Fixtures.CENTRAL, Fixtures.ADMIN, Fixtures.SODERMALM, Fixtures.SU)) {
            for (Object[] op : operations) {
                @SuppressWarnings("unchecked")
                Set<String> may = (Set<String>) op[3];
                if (may == null && centralAndAdmin.contains(caller)) {
                    // the allowed side changes what other tests see (RetentionIT, AllocationServiceIT show it)
                    continue;
                }
                rules.add(new Rule(TRUST_API, caller, (String) op[0], (String) op[1], (String) op[2],
                        may != null && may.contains(caller) ? Expect.ALLOWED : Expect.FORBIDDEN));
            }
        }
    }
}
