package se.stockholm.vfu.allocation;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import se.stockholm.vfu.allocation.engine.AllocationOptions;
import se.stockholm.vfu.allocation.engine.AllocationProblem;
import se.stockholm.vfu.allocation.engine.FixedAssignment;
import se.stockholm.vfu.allocation.engine.Place;
import se.stockholm.vfu.allocation.engine.Preference;
import se.stockholm.vfu.allocation.engine.Request;

import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static se.stockholm.vfu.common.JsonFactories.BUILDERS;
import static se.stockholm.vfu.common.JsonFactories.READERS;

/**
 * Reads and writes the problem file format described in {@code docs/allocation.md}, with Jakarta
 * JSON Processing (Parsson here; the engine itself stays free of JSON). Optional fields take the
 * defaults a term usually has: Swedish as the only language, no exclusions, no extra support.
 */
public final class ProblemJson {

    private static final Set<String> SWEDISH = Set.of("sv");

    private ProblemJson() {
    }

    public static AllocationProblem read(String json) {
        try (var reader = READERS.createReader(new StringReader(json))) {
            JsonObject root = reader.readObject();
            List<Place> places = array(root, "places").stream().map(JsonValue::asJsonObject)
                    .map(ProblemJson::place).toList();
            List<Request> requests = array(root, "requests").stream().map(JsonValue::asJsonObject)
                    .map(ProblemJson::request).toList();
            List<FixedAssignment> fixed = array(root, "fixedAssignments").stream().map(JsonValue::asJsonObject)
                    .map(object -> new FixedAssignment(object.getString("student"), object.getString("place")))
                    .toList();
            long seed = root.containsKey("seed") ? root.getJsonNumber("seed").longValueExact() : 0;
            return new AllocationProblem(requests, places, fixed, new AllocationOptions(seed));
        }
    }

    public static String write(AllocationProblem problem) {
        JsonArrayBuilder places = BUILDERS.createArrayBuilder();
        for (Place place : problem.places()) {
            places.add(BUILDERS.createObjectBuilder()
                    .add("key", place.key())
                    .add("district", place.district())
                    .add("unit", place.unit())
                    .add("area", place.area())
                    .add("capacity", place.capacity())
                    .add("languages", strings(place.languages()))
                    .add("supervisorTrained", place.supervisorTrained()));
        }
        JsonArrayBuilder requests = BUILDERS.createArrayBuilder();
        for (Request request : problem.requests()) {
            JsonArrayBuilder preferences = BUILDERS.createArrayBuilder();
            request.preferences().forEach(preference -> preferences.add(preference(preference)));
            requests.add(BUILDERS.createObjectBuilder()
                    .add("student", request.studentKey())
                    .add("preferences", preferences)
                    .add("acceptsUnrankedPlaces", request.acceptsUnrankedPlaces())
                    .add("excludedDistricts", strings(request.excludedDistricts()))
                    .add("excludedPlaces", strings(request.excludedPlaces()))
                    .add("requiredLanguages", strings(request.requiredLanguages()))
                    .add("needsExtraSupport", request.needsExtraSupport()));
        }
        JsonArrayBuilder fixed = BUILDERS.createArrayBuilder();
        problem.fixedAssignments().forEach(assignment -> fixed.add(BUILDERS.createObjectBuilder()
                .add("student", assignment.studentKey())
                .add("place", assignment.placeKey())));
        return BUILDERS.createObjectBuilder()
                .add("seed", problem.options().seed())
                .add("places", places)
                .add("requests", requests)
                .add("fixedAssignments", fixed)
                .build()
                .toString();
    }

    private static Place place(JsonObject object) {
        return new Place(object.getString("key"), object.getString("district"), object.getString("unit", ""),
                object.getString("area"), object.getInt("capacity"), strings(object, "languages", SWEDISH),
                object.getBoolean("supervisorTrained", false));
    }

    private static Request request(JsonObject object) {
        List<Preference> preferences = array(object, "preferences").stream().map(JsonValue::asJsonObject)
                .map(ProblemJson::preference).toList();
        return new Request(object.getString("student"), preferences, object.getBoolean("acceptsUnrankedPlaces", false),
                strings(object, "excludedDistricts", Set.of()), strings(object, "requiredLanguages", SWEDISH),
                object.getBoolean("needsExtraSupport", false), strings(object, "excludedPlaces", Set.of()));
    }

    /** {@code {"place"}}, {@code {"district"}}, {@code {"area"}} or {@code {"district", "area"}}. */
    private static Preference preference(JsonObject object) {
        if (object.containsKey("place")) {
            return new Preference.SinglePlace(object.getString("place"));
        }
        boolean district = object.containsKey("district");
        boolean area = object.containsKey("area");
        if (district && area) {
            return new Preference.InDistrictAndArea(object.getString("district"), object.getString("area"));
        }
        if (district) {
            return new Preference.InDistrict(object.getString("district"));
        }
        if (area) {
            return new Preference.InArea(object.getString("area"));
        }
        throw new IllegalArgumentException("A preference needs a place, a district or an area: " + object);
    }

    private static JsonObjectBuilder preference(Preference preference) {
        JsonObjectBuilder object = BUILDERS.createObjectBuilder();
        if (preference instanceof Preference.SinglePlace single) {
            object.add("place", single.placeKey());
        } else if (preference instanceof Preference.InDistrict district) {
            object.add("district", district.district());
        } else if (preference instanceof Preference.InArea area) {
            object.add("area", area.area());
        } else {
            Preference.InDistrictAndArea both = (Preference.InDistrictAndArea) preference;
            object.add("district", both.district()).add("area", both.area());
        }
        return object;
    }

    private static JsonArray array(JsonObject object, String name) {
        return object.containsKey(name) ? object.getJsonArray(name) : JsonValue.EMPTY_JSON_ARRAY;
    }

    private static Set<String> strings(JsonObject object, String name, Set<String> absent) {
        if (!object.containsKey(name)) {
            return absent;
        }
        Set<String> values = new LinkedHashSet<>();
        object.getJsonArray(name).getValuesAs(JsonString.class).forEach(value -> values.add(value.getString()));
        return values;
    }

    private static JsonArrayBuilder strings(Set<String> values) {
        JsonArrayBuilder array = BUILDERS.createArrayBuilder();
        values.stream().sorted().forEach(array::add);
        return array;
    }
}
