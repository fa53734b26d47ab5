package se.stockholm.vfu.web;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;
import se.stockholm.vfu.it.LoadFixtures;
import se.stockholm.vfu.it.PageClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Performance is designed in: every main page of every role runs a small, fixed number of SQL statements, whatever
 * the number of rows it shows (no N+1 queries). The pages are those the header of the landing page links to, opened
 * over plain HTTP as each role's signed-in user, in the load test's term ({@link LoadFixtures#TERM}: places, requests
 * and published placements in six districts and three universities). The statements are counted on the server by
 * Hibernate's statistics ({@code it.StatementCountResource}), read just before and just after the request. No page
 * runs the same query twice in one request: what one part of a page has read, another part takes from it (a lazy
 * table's count and rows, the header's terms, the request's reference lists).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatementsPerPageIT {

    /**
     * The most statements one page request may run. Measured (docs/performance.md, in the load test's term): the
     * heaviest page, the dashboard of the central contact and the administrator, runs 38 (a fixed set of grouped
     * aggregates); the other pages 4–18, the header 4 of them. The margin leaves room for one more figure on a dashboard;
     * a query per row of a list (20 rows and more) goes over it.
     */
    static final int MAX_STATEMENTS_PER_PAGE = 45;
    /** persistence.xml's {@code hibernate.default_batch_fetch_size}. */
    private static final int BATCH_FETCH_SIZE = 50;
    /**
     * The counter is the whole server's: the mail outbox's timer (every 30 s) may run statements during a request.
     * A page is measured this many times and its least count taken: a timer run (one short query, about every 30 s)
     * overlapping both of two requests in a row is too unlikely to matter, and a third would cost every CI run time.
     */
    private static final int MEASUREMENTS = 2;
    /** The page size of {@link #theJsonListAskedAgainRunsNoneOfItsQueries}'s list, which no other test asks for. */
    private static final int LIST_SIZE_OF_THIS_TEST = 137;
    /**
     * A list writes the read log once per kind of record it shows that names a student (requests and placements,
     * inquiries, visit bookings: the audit list shows all three), so a larger page may add up to this many INSERTs
     * when rows of another kind come into view; a query per row adds one per extra row.
     */
    private static final int READ_LOG_KINDS = 3;
    /** How {@code it.StatementCountResource#details} names a query's counter (entities' loads and fetches apart). */
    private static final String QUERY = "query ";
    private static final List<String> USERS = List.of(Fixtures.CENTRAL, Fixtures.SODERMALM, Fixtures.SU, Fixtures.ADMIN);
    private static final Pattern HEADER = Pattern.compile("<form id=\"header\".*?</form>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<a [^>]*href=\"([^\"#]+)\"");
    private static final Pattern FILE_DOWNLOADS = Pattern.compile(".*\\.(csv|xlsx|pdf|ics|json)(\\?.*)?$");
    /** A table with a paginator: its client id (the paginator's is the table's and a suffix). */
    private static final Pattern PAGED_TABLE = Pattern.compile("id=\"([^\"]+)_paginator_bottom\"");
    private static final Pattern ROW = Pattern.compile("<tr[^>]* data-ri=\"");
    /** A choice of the rows-per-page menu; the menu itself is found by its name, the table's id and "_rppDD". */
    private static final Pattern ROWS_CHOICE = Pattern.compile("<option value=\"(\\d+)\"");
    /** The term chosen in the header's selector, as the header shows it. */
    private static final Pattern CHOSEN_TERM = Pattern.compile(
            "<option value=\"\\d+\" selected=\"selected\"[^>]*>" + Pattern.quote(LoadFixtures.TERM) + "</option>");

    @ArquillianResource
    URL base;

    @BeforeEach
    void countStatements() throws Exception {
        Http http = new Http(base.toURI());
        assertThat(http.send(HttpRequest.newBuilder(http.uri("api/it/load-fixtures")).POST(HttpRequest.BodyPublishers.noBody()),
                Fixtures.CENTRAL, Fixtures.PASSWORD).statusCode()).as("the load test's term").isEqualTo(204);
        assertThat(http.send(HttpRequest.newBuilder(http.uri("api/it/statements")).POST(HttpRequest.BodyPublishers.noBody()),
                Fixtures.CENTRAL, Fixtures.PASSWORD).statusCode()).as("statistics on").isEqualTo(200);
    }

    @AfterEach
    void stopCounting() throws Exception {
        Http http = new Http(base.toURI());
        http.send(HttpRequest.newBuilder(http.uri("api/it/statements")).DELETE(), Fixtures.CENTRAL, Fixtures.PASSWORD);
    }

    @Test
    void everyPageOfEveryRoleRunsAFixedSmallNumberOfStatements(TestReporter report) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> over = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> repeated = new LinkedHashMap<>();
        for (String user : USERS) {
            Counter counter = new Counter(new PageClient(base.toURI(), user, Fixtures.PASSWORD));
            List<String> pages = counter.pages();
            assertThat(pages).as("pages in the header of %s", user).hasSizeGreaterThan(10);
            for (String page : pages) {
                long count = counter.page(page);
                counts.put(user + " " + page, count);
                Map<String, Integer> ran = counter.details(page);
                if (count > MAX_STATEMENTS_PER_PAGE) {
                    over.put(user + " " + page + ": " + count, ran);
                }
                Map<String, Integer> twice = new TreeMap<>(ran);
                twice.entrySet().removeIf(counted -> counted.getValue() < 2 || !counted.getKey().startsWith(QUERY));
                if (!twice.isEmpty()) {
                    repeated.put(user + " " + page, twice);
                }
            }
        }
        report.publishEntry("statements per page", table(counts));
        write("statements-per-page.tsv", counts);
        assertThat(counts).as("pages measured").hasSizeGreaterThan(60);
        assertThat(over).as("pages running more than %d statements, with what they ran", MAX_STATEMENTS_PER_PAGE)
                .isEmpty();
        // e.g. a lazy table whose count and rows were each read twice (PrimeFaces asks the count, then the page)
        assertThat(repeated).as("pages running the same query more than once in one request, with the query").isEmpty();
    }

    @Test
    void aListShowingMoreRowsRunsNoMoreStatements(TestReporter report) throws Exception {
        Map<String, String> measured = new LinkedHashMap<>();
        List<String> grown = new ArrayList<>();
        List<String> longer = new ArrayList<>();
        for (String user : USERS) {
            Counter counter = new Counter(new PageClient(base.toURI(), user, Fixtures.PASSWORD));
            for (String page : counter.pages()) {
                for (Map.Entry<String, List<Integer>> menu : counter.pagedTables(page).entrySet()) {
                    String table = menu.getKey();
                    String name = user + " " + page + " " + table;
                    if (menu.getValue().size() < 2) {
                        // PrimeFaces refuses any other size than the menu's (or, without a menu, the table's own)
                        measured.put(name, "no rows-per-page menu");
                        continue;
                    }
                    Paged few = counter.paged(page, table, menu.getValue().get(0));
                    Paged many = counter.paged(page, table, menu.getValue().get(menu.getValue().size() - 1));
                    measured.put(name, few.rows() + " rows: " + few.statements() + ", " + many.rows() + " rows: "
                            + many.statements());
                    if (many.rows() > few.rows()) {
                        longer.add(name);
                    }
                    // related rows are fetched in batches (persistence.xml: hibernate.default_batch_fetch_size),
                    // so more rows may cost one more statement per batch, never one per row
                    long allowed = few.statements() + READ_LOG_KINDS + batches(many.rows()) - batches(few.rows());
                    if (many.statements() > allowed) {
                        grown.add(name + " (" + measured.get(name) + ")");
                    }
                }
            }
        }
        report.publishEntry("statements per list, rows", table(measured.isEmpty() ? Map.of("none", "") : measured));
        write("statements-per-list.tsv", measured);
        assertThat(measured).as("lists with a rows-per-page menu").hasSizeGreaterThan(10);
        assertThat(longer).as("lists that showed more rows at the most of their rows-per-page menu than at the least"
                + " (or the check proves nothing)").isNotEmpty();
        assertThat(grown).as("lists whose statements grew with the rows shown (a query per row)").isEmpty();
    }

    /**
     * The JSON list of requests (issue 13) asked again with nothing changed is answered from Hibernate's query cache
     * (persistence.xml): its page, count and started placements, the term's id and the session guard's read of the
     * user run no SQL; only the read log is written, as for every list that shows students.
     */
    @Test
    void theJsonListAskedAgainRunsNoneOfItsQueries(TestReporter report) throws Exception {
        Counter counter = new Counter(new PageClient(base.toURI(), Fixtures.SU, Fixtures.PASSWORD));
        // a page size no other test asks for, so that the first call finds nothing cached
        String list = "api/terms/" + Fixtures.REQUEST_TERM + "/requests?size=" + LIST_SIZE_OF_THIS_TEST;
        long first = counter.call(list);
        long again = Long.MAX_VALUE;
        for (int i = 0; i < MEASUREMENTS; i++) {
            again = Math.min(again, counter.call(list));
        }
        Map<String, Integer> ran = counter.details(list);
        report.publishEntry("the JSON list's statements", "first " + first + ", again " + again + ": " + ran);

        assertThat(again).as("statements of the list asked again, against the first time's %d", first).isLessThan(first);
        assertThat(ran.keySet()).as("queries the list asked again still ran").noneMatch(counted -> counted.startsWith(QUERY)
                && List.of("StudentRequest", "Placement pl", "AppUser", "Term t").stream().anyMatch(counted::contains));
    }

    /** How many batches of related rows Hibernate fetches for this many rows. */
    private static long batches(long rows) {
        return (rows + BATCH_FETCH_SIZE - 1) / BATCH_FETCH_SIZE;
    }

    /** The figures as a file, for docs/performance.md: target/performance/{@code name}. */
    private static void write(String name, Map<String, ?> lines) {
        Path dir = Path.of("target", "performance");
        try {
            Files.createDirectories(dir);
            List<String> out = new ArrayList<>();
            lines.forEach((page, value) -> out.add(page + "\t" + value));
            Files.write(dir.resolve(name), out);
        } catch (IOException notWritten) {
            throw new UncheckedIOException(notWritten);
        }
    }

    private static String table(Map<String, ?> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach((name, value) -> text.append('\n').append(name).append('\t').append(value));
        return text.toString();
    }

    /** A page list's rows shown and the statements its request ran. */
    private record Paged(int rows, long statements) {
    }

    /** One signed-in user's requests, each with the statements the server ran for it. */
    private final class Counter {

        private final PageClient client;
        /** What reading the counter itself costs between two reads (the session's check of the user). */
        private final long overhead;

        Counter(PageClient client) throws Exception {
            this.client = client;
            // in the load test's term, chosen once for the session in the header's selector (index.xhtml?term=…
            // would not do: / redirects to the role's landing page before anything reads the term)
            String landing = landing("index.xhtml");
            client.chooseTerm(landing, LoadFixtures.TERM);
            assertThat(client.open(landing).body()).as("the term in the header after choosing it")
                    .containsPattern(CHOSEN_TERM);
            long least = Long.MAX_VALUE;
            for (int i = 0; i < MEASUREMENTS; i++) {
                long before = read();
                least = Math.min(least, read() - before);
            }
            this.overhead = least;
        }

        /**
         * The header's links of the landing page (the role's overview, where / sends the user), as paths below the
         * application, without file downloads; a link that redirects (/ itself) as the page it leads to.
         */
        List<String> pages() throws Exception {
            HttpResponse<String> landing = client.open(landing("index.xhtml"));
            assertThat(landing.statusCode()).isEqualTo(200);
            Matcher header = HEADER.matcher(landing.body());
            assertThat(header.find()).as("the header form").isTrue();
            String root = base.toURI().getPath();
            Set<String> pages = new LinkedHashSet<>();
            Matcher link = LINK.matcher(header.group());
            while (link.find()) {
                String href = link.group(1).replace("&amp;", "&");
                if (href.startsWith(root) && !FILE_DOWNLOADS.matcher(href).matches()) {
                    pages.add(landing(href.substring(root.length())));
                }
            }
            return List.copyOf(pages);
        }

        /** The page a path shows: itself, or where it redirects to. */
        private String landing(String path) throws Exception {
            HttpResponse<String> opened = client.open(path);
            if (opened.statusCode() / 100 != 3) {
                return path;
            }
            String root = base.toURI().getPath();
            String target = URI.create(opened.headers().firstValue("Location").orElseThrow()).getPath();
            assertThat(target).as("where %s leads", path).startsWith(root);
            return target.substring(root.length());
        }

        /** The statements one call of the JSON API ran (the answer must be 200). */
        long call(String path) throws Exception {
            long before = read();
            HttpResponse<String> answer = client.send("GET", client.uri(path), null, null, "Accept", "application/json");
            long after = read();
            assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
            return after - before - overhead;
        }

        /** The least number of statements that opening the page ran, over a few openings. */
        long page(String path) throws Exception {
            long least = Long.MAX_VALUE;
            for (int i = 0; i < MEASUREMENTS; i++) {
                long before = read();
                HttpResponse<String> opened = client.open(path);
                long after = read();
                assertThat(opened.statusCode()).as(path).isEqualTo(200);
                least = Math.min(least, after - before - overhead);
            }
            return least;
        }

        /**
         * The page's tables with a paginator, each with the choices of its rows-per-page menu (none without a menu):
         * PrimeFaces answers any other number of rows with an error, so a list is asked only for sizes its menu offers.
         */
        Map<String, List<Integer>> pagedTables(String path) throws Exception {
            HttpResponse<String> opened = client.open(path);
            assertThat(opened.statusCode()).as(path).isEqualTo(200);
            Map<String, List<Integer>> tables = new LinkedHashMap<>();
            Matcher table = PAGED_TABLE.matcher(opened.body());
            while (table.find()) {
                tables.computeIfAbsent(table.group(1), id -> rowsMenu(opened.body(), id));
            }
            return tables;
        }

        private static List<Integer> rowsMenu(String page, String table) {
            Matcher menu = Pattern.compile("<select[^>]* name=\"" + Pattern.quote(table) + "_rppDD\"[^>]*>(.*?)</select>",
                    Pattern.DOTALL).matcher(page);
            if (!menu.find()) {
                return List.of();
            }
            return ROWS_CHOICE.matcher(menu.group(1)).results().map(choice -> Integer.valueOf(choice.group(1)))
                    .sorted().toList();
        }

        /**
         * The list's first page at {@code rows} per page, asked as the rows-per-page menu does (an ajax request of
         * the table), on a freshly opened page: the rows it showed and the least count of statements.
         */
        Paged paged(String path, String table, int rows) throws Exception {
            long least = Long.MAX_VALUE;
            int shown = -1;
            for (int i = 0; i < MEASUREMENTS; i++) {
                client.open(path);
                long before = read();
                HttpResponse<String> answer = client.ajax(path, table, "page", Map.of(
                        table + "_pagination", "true", table + "_first", "0", table + "_rows", Integer.toString(rows),
                        table + "_skipChildren", "true", table + "_encodeFeature", "true"));
                long after = read();
                assertThat(answer.statusCode()).as(path + " " + table).isEqualTo(200);
                // an exception answers 200 too, with the error page in place of the whole view
                assertThat(answer.body()).as(path + " " + table).contains("<partial-response").doesNotContain("<error>")
                        .doesNotContain("<update id=\"jakarta.faces.ViewRoot\">").contains("<update id=\"" + table + "\">");
                shown = (int) ROW.matcher(answer.body()).results().count();
                least = Math.min(least, after - before - overhead);
            }
            return new Paged(shown, least);
        }

        /**
         * What opening the page ran, as counters that grew (see {@code it.StatementCountResource#details}), the
         * counters' own reads taken off; a timer's statements may be among them.
         */
        Map<String, Integer> details(String path) throws Exception {
            Map<String, Integer> before = counters();
            Map<String, Integer> during = counters();
            client.open(path);
            Map<String, Integer> after = counters();
            Map<String, Integer> grown = new TreeMap<>();
            after.forEach((name, count) -> {
                int own = during.getOrDefault(name, 0) - before.getOrDefault(name, 0);
                int ran = count - during.getOrDefault(name, 0) - own;
                if (ran > 0) {
                    grown.put(name, ran);
                }
            });
            return grown;
        }

        private Map<String, Integer> counters() throws Exception {
            HttpResponse<String> details = client.send("GET", client.uri("api/it/statements/details"), null, null,
                    "Accept", "application/json");
            assertThat(details.statusCode()).as("statement details").isEqualTo(200);
            Map<String, Integer> counters = new LinkedHashMap<>();
            Http.object(details).forEach((name, count) -> counters.put(name, Integer.parseInt(count.toString())));
            return counters;
        }

        private long read() throws Exception {
            URI uri = client.uri("api/it/statements");
            HttpResponse<String> count = client.send("GET", uri, null, null, "Accept", "application/json");
            assertThat(count.statusCode()).as("statement count").isEqualTo(200);
            return Long.parseLong(count.body().trim());
        }
    }
}
