package se.stockholm.vfu.allocation.engine.bench;

import se.stockholm.vfu.allocation.ProblemJson;
import se.stockholm.vfu.allocation.ResultJson;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import se.stockholm.vfu.allocation.engine.AllocationProblem;
import se.stockholm.vfu.allocation.engine.AllocationResult;
import se.stockholm.vfu.allocation.engine.Allocator;
import se.stockholm.vfu.allocation.engine.Assignment;
import se.stockholm.vfu.allocation.engine.Preference;
import se.stockholm.vfu.allocation.engine.UnplacedReason;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The documented problem file: the example reads as described, round-trips and allocates as expected. */
class ProblemJsonTest {

    @Test
    void readsTheDocumentedExampleWithItsDefaults() throws IOException {
        AllocationProblem problem = ProblemJson.read(example());

        assertThat(problem.options().seed()).isEqualTo(20261123L);
        assertThat(problem.places()).hasSize(4);
        assertThat(problem.places().get(1).languages()).containsExactly("sv");
        assertThat(problem.places().get(1).supervisorTrained()).isFalse();
        assertThat(problem.requests().get(0).preferences()).containsExactly(
                new Preference.InDistrictAndArea("Kungsholmen", "Barn och unga"),
                new Preference.InDistrict("Bromma"));
        assertThat(problem.requests().get(1).preferences()).containsExactly(
                new Preference.InArea("Barn och unga"), new Preference.SinglePlace("BR-MOT-1"));
        assertThat(problem.requests().get(1).requiredLanguages()).isEqualTo(Set.of("sv", "en"));
        assertThat(problem.requests().get(2).requiredLanguages()).isEqualTo(Set.of("sv"));
        assertThat(problem.requests().get(3).acceptsUnrankedPlaces()).isTrue();
        assertThat(problem.fixedAssignments()).hasSize(1);
    }

    @Test
    void writingAndReadingGivesTheSameProblem() throws IOException {
        AllocationProblem problem = ProblemJson.read(example());

        assertThat(ProblemJson.read(ProblemJson.write(problem))).isEqualTo(problem);
    }

    @Test
    void allocatesTheExample() throws IOException {
        AllocationResult result = new Allocator().allocate(ProblemJson.read(example()));

        assertThat(result.assignments()).contains(
                new Assignment("anna", "KH-BOU-1", 1, false),
                new Assignment("bilal", "KH-BOU-1", 1, false),
                new Assignment("cecilia", "KH-EKB-1", 1, true));
        assertThat(result.assignments()).filteredOn(assignment -> assignment.studentKey().equals("david"))
                .singleElement()
                .satisfies(david -> {
                    assertThat(david.placeKey()).as("outside Kungsholmen, which david excluded")
                            .isIn("BR-MOT-1", "SK-BOU-1");
                    assertThat(david.rank()).isEqualTo(3);
                });
        assertThat(result.unplaced()).singleElement().satisfies(unplaced -> {
            assertThat(unplaced.studentKey()).isEqualTo("emma");
            assertThat(unplaced.reason()).isEqualTo(UnplacedReason.NO_PLACE_MATCHES_PREFERENCES);
        });

        JsonObject json = Json.createReader(new StringReader(ResultJson.write(result))).readObject();
        assertThat(json.getInt("placed")).isEqualTo(4);
        assertThat(json.getJsonObject("ceiling").getInt("maxPlaceable")).isEqualTo(4);
        assertThat(json.getJsonArray("unplaced").getJsonObject(0).getString("reason"))
                .isEqualTo("NO_PLACE_MATCHES_PREFERENCES");
    }

    @Test
    void aPreferenceMustNameSomething() {
        String json = "{\"requests\": [{\"student\": \"s\", \"preferences\": [{\"unit\": \"x\"}]}]}";

        assertThatThrownBy(() -> ProblemJson.read(json)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("place, a district or an area");
    }

    private static String example() throws IOException {
        try (InputStream in = ProblemJsonTest.class.getResourceAsStream("example-problem.json")) {
            return new String(Objects.requireNonNull(in, "example-problem.json").readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
