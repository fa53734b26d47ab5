package se.stockholm.vfu.allocation;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import se.stockholm.vfu.allocation.engine.AllocationResult;
import se.stockholm.vfu.allocation.engine.ShortageGroup;
import se.stockholm.vfu.allocation.engine.Unplaced;
import se.stockholm.vfu.allocation.engine.UnplacedReason;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import static se.stockholm.vfu.common.JsonFactories.BUILDERS;
import static se.stockholm.vfu.common.JsonFactories.READERS;

/**
 * An allocation result as JSON, field for field: the runner's {@code --json} output and the result stored with each
 * run. The readers give back the parts a stored run is looked at for.
 */
public final class ResultJson {

    private ResultJson() {
    }

    public static String write(AllocationResult result) {
        JsonArrayBuilder assignments = BUILDERS.createArrayBuilder();
        result.assignments().forEach(assignment -> assignments.add(BUILDERS.createObjectBuilder()
                .add("student", assignment.studentKey())
                .add("place", assignment.placeKey())
                .add("rank", assignment.rank())
                .add("fixed", assignment.fixed())));
        JsonArrayBuilder unplaced = BUILDERS.createArrayBuilder();
        result.unplaced().forEach(student -> unplaced.add(BUILDERS.createObjectBuilder()
                .add("student", student.studentKey())
                .add("reason", student.reason().name())
                .add("detail", student.detail())));
        JsonArrayBuilder shortage = BUILDERS.createArrayBuilder();
        result.shortage().forEach(group -> shortage.add(group(group)));
        JsonArrayBuilder profile = BUILDERS.createArrayBuilder();
        result.profile().countByRank().forEach(profile::add);
        return BUILDERS.createObjectBuilder()
                .add("seed", result.seed())
                .add("placed", result.placedCount())
                .add("elapsedMillis", result.elapsed().toMillis())
                .add("ceiling", BUILDERS.createObjectBuilder()
                        .add("requests", result.ceiling().requests())
                        .add("places", result.ceiling().places())
                        .add("capacity", result.ceiling().capacity())
                        .add("maxPlaceable", result.ceiling().maxPlaceable()))
                .add("profile", profile)
                .add("assignments", assignments)
                .add("unplaced", unplaced)
                .add("shortage", shortage)
                .build()
                .toString();
    }

    private static JsonObjectBuilder group(ShortageGroup group) {
        JsonArrayBuilder students = BUILDERS.createArrayBuilder();
        group.studentKeys().forEach(students::add);
        JsonArrayBuilder districts = BUILDERS.createArrayBuilder();
        group.requestedDistricts().forEach(districts::add);
        JsonArrayBuilder areas = BUILDERS.createArrayBuilder();
        group.requestedAreas().forEach(areas::add);
        return BUILDERS.createObjectBuilder()
                .add("students", students)
                .add("demand", group.demand())
                .add("capacity", group.capacity())
                .add("shortfall", group.shortfall())
                .add("capacityByDistrict", counts(group.capacityByDistrict()))
                .add("capacityByArea", counts(group.capacityByArea()))
                .add("requestedDistricts", districts)
                .add("requestedAreas", areas);
    }

    private static JsonObjectBuilder counts(Map<String, Integer> counts) {
        JsonObjectBuilder object = BUILDERS.createObjectBuilder();
        counts.forEach(object::add);
        return object;
    }

    /** Student key to place key, for every assignment. */
    public static Map<String, String> assignments(String json) {
        Map<String, String> assignments = new LinkedHashMap<>();
        read(json).getJsonArray("assignments").stream().map(JsonValue::asJsonObject)
                .forEach(a -> assignments.put(a.getString("student"), a.getString("place")));
        return assignments;
    }

    public static List<Unplaced> unplaced(String json) {
        return read(json).getJsonArray("unplaced").stream().map(JsonValue::asJsonObject)
                .map(u -> new Unplaced(u.getString("student"), UnplacedReason.valueOf(u.getString("reason")),
                        u.getString("detail")))
                .toList();
    }

    public static List<ShortageGroup> shortage(String json) {
        return read(json).getJsonArray("shortage").stream().map(JsonValue::asJsonObject)
                .map(g -> new ShortageGroup(strings(g.getJsonArray("students")), g.getInt("demand"), g.getInt("capacity"),
                        counts(g.getJsonObject("capacityByDistrict")), counts(g.getJsonObject("capacityByArea")),
                        new TreeSet<>(strings(g.getJsonArray("requestedDistricts"))),
                        new TreeSet<>(strings(g.getJsonArray("requestedAreas")))))
                .toList();
    }

    private static JsonObject read(String json) {
        try (var reader = READERS.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static SortedMap<String, Integer> counts(JsonObject object) {
        SortedMap<String, Integer> counts = new TreeMap<>();
        object.forEach((key, value) -> counts.put(key, ((JsonNumber) value).intValue()));
        return counts;
    }
}
