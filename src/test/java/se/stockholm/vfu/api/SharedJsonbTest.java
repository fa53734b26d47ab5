package se.stockholm.vfu.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.request.RequestRow;
import se.stockholm.vfu.request.RequestStatus;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API writes every answer through one JSON-B instance, and writes it as RESTEasy's own per-request instance did:
 * an integration reading the portal's JSON sees no change, only faster answers (docs/performance.md).
 */
class SharedJsonbTest {

    private static final SharedJsonb SHARED = new SharedJsonb();
    private static Jsonb resteasyDefault;

    @BeforeAll
    static void open() {
        SHARED.open();
        resteasyDefault = JsonbBuilder.create();
    }

    @AfterAll
    static void close() throws Exception {
        resteasyDefault.close();
        SHARED.close();
    }

    @Test
    void everyTypeIsWrittenByTheSameInstance() {
        Jsonb forLists = SHARED.getContext(Page.class);

        assertThat(SHARED.getContext(RequestRow.class)).isSameAs(forLists);
        assertThat(SHARED.getContext(Problem.class)).isSameAs(forLists);
    }

    @Test
    void aPageOfRequestsIsWrittenAsBefore() {
        Page<RequestRow> page = new Page<>(List.of(
                new RequestRow(7, 1, "SU", "su-1", "Åsa Öberg", "asa@student.demo.se", null, true,
                        RequestStatus.SENT, null),
                new RequestRow(8, 2, "ESH", "esh-2", "Adam Ek", "adam@student.demo.se", "Umeå universitet", false,
                        RequestStatus.PLACED, Instant.parse("2026-11-30T09:15:00Z"))), 42);

        String written = SHARED.getContext(Page.class).toJson(page);

        assertThat(written).isEqualTo(resteasyDefault.toJson(page));
        assertThat(written).contains("\"studentName\":\"Åsa Öberg\"", "\"total\":42", "\"status\":\"PLACED\"")
                .doesNotContain("homeUniversity\":null");
    }

    @Test
    void aProblemIsReadAndWrittenAsBefore() {
        Problem problem = Problem.of(400, "Bad Request", "Ange högst 50 platser.", "places");

        String written = SHARED.getContext(Problem.class).toJson(problem);

        assertThat(written).isEqualTo(resteasyDefault.toJson(problem));
        assertThat(SHARED.getContext(Problem.class).fromJson(written, Problem.class)).isEqualTo(problem);
        assertThat(written).as("no reference for a problem the client can act on").doesNotContain("instance");
    }

    @Test
    void anUnexpectedFailuresProblemCarriesItsReference() {
        Problem problem = Problem.unexpected("0b7e2c8e-1d5f-4a8e-9c39-2f1f1c3e9a10");
        String reference = "\"instance\":\"urn:uuid:0b7e2c8e-1d5f-4a8e-9c39-2f1f1c3e9a10\"";

        String written = SHARED.getContext(Problem.class).toJson(problem);

        assertThat(written).contains(reference).doesNotContain("field");
        assertThat(SHARED.getContext(Problem.class).fromJson(written, Problem.class)).isEqualTo(problem);
        assertThat(problem.json()).as("as a servlet filter writes it").contains(reference).contains("\"status\":500");
    }
}
