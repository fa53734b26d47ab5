package se.stockholm.vfu.allocation.engine.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import se.stockholm.vfu.allocation.engine.AllocationResult;
import se.stockholm.vfu.allocation.engine.ShortageGroup;

import java.util.Map;

/** Writes an allocation result as JSON, field for field, for the runner's {@code --json} option. */
final class ResultJson {

    private ResultJson() {
    }

    static String write(AllocationResult result) {
        JsonArrayBuilder assignments = Json.createArrayBuilder();
        result.assignments().forEach(assignment -> assignments.add(Json.createObjectBuilder()
                .add("student", assignment.studentKey())
                .add("place", assignment.placeKey())
                .add("rank", assignment.rank())
                .add("fixed", assignment.fixed())));
        JsonArrayBuilder unplaced = Json.createArrayBuilder();
        result.unplaced().forEach(student -> unplaced.add(Json.createObjectBuilder()
                .add("student", student.studentKey())
                .add("reason", student.reason().name())
                .add("detail", student.detail())));
        JsonArrayBuilder shortage = Json.createArrayBuilder();
        result.shortage().forEach(group -> shortage.add(group(group)));
        JsonArrayBuilder profile = Json.createArrayBuilder();
        result.profile().countByRank().forEach(profile::add);
        return Json.createObjectBuilder()
                .add("seed", result.seed())
                .add("placed", result.placedCount())
                .add("elapsedMillis", result.elapsed().toMillis())
                .add("ceiling", Json.createObjectBuilder()
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
        JsonArrayBuilder students = Json.createArrayBuilder();
        group.studentKeys().forEach(students::add);
        JsonArrayBuilder districts = Json.createArrayBuilder();
        group.requestedDistricts().forEach(districts::add);
        JsonArrayBuilder areas = Json.createArrayBuilder();
        group.requestedAreas().forEach(areas::add);
        return Json.createObjectBuilder()
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
        JsonObjectBuilder object = Json.createObjectBuilder();
        counts.forEach(object::add);
        return object;
    }
}
