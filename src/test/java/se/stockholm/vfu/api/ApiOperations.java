package se.stockholm.vfu.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.Http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's operations as its OpenAPI document lists them, with their path parameters filled in (a term code, the
 * id 1), so tests run over every operation and grow with the API. The health check and the test deployment's own
 * resources (/api/it/…) are left out.
 */
record ApiOperations(List<Operation> all) {

    /**
     * One operation: method, path below the application (no leading slash), whether it takes a JSON body and what
     * that body may hold.
     */
    record Operation(String method, String path, boolean hasBody, Map<String, String> bodyFields) {

        boolean isUnsafe() {
            return !Set.of("GET", "HEAD", "OPTIONS").contains(method);
        }

        /** A field of the body that takes a number or true/false, so that some JSON does not fit it; null if none. */
        String typedField() {
            return bodyFields.entrySet().stream()
                    .filter(e -> Set.of("integer", "number", "boolean").contains(e.getValue()))
                    .map(Map.Entry::getKey).sorted().findFirst().orElse(null);
        }

        /**
         * JSON that does not fit {@link #typedField()}: a string for a number; an object for true/false (JSON-B reads
         * any string as a boolean, "abc" as false).
         */
        String wrongValue() {
            return "boolean".equals(bodyFields.get(typedField())) ? "{}" : "\"abc\"";
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    static ApiOperations read(Http http) throws Exception {
        JsonObject document = Http.object(http.get("openapi?format=JSON", null, null));
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            String template = path.getKey();
            if (!template.startsWith("/api/") || template.equals("/api/health") || template.startsWith("/api/it/")) {
                continue;
            }
            for (Map.Entry<String, JsonValue> method : path.getValue().asJsonObject().entrySet()) {
                if (!Set.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    continue;
                }
                JsonObject operation = method.getValue().asJsonObject();
                JsonObject body = operation.getJsonObject("requestBody");
                // an upload (multipart or plain bytes) takes no JSON: a JSON body there is rightly a 415
                boolean json = body != null && (!body.containsKey("content")
                        || body.getJsonObject("content").containsKey("application/json"));
                operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), fill(template).substring(1),
                        json, json ? fields(body, schemas) : Map.of()));
            }
        }
        return new ApiOperations(operations);
    }

    private static String fill(String template) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            parameter.appendReplacement(path, name.equals("term") || name.equals("code") ? Fixtures.TERM : "1");
        }
        return parameter.appendTail(path).toString();
    }

    /** The JSON body's properties and their JSON types (of a record: its components). */
    private static Map<String, String> fields(JsonObject body, JsonObject schemas) {
        JsonObject content = body.getJsonObject("content");
        JsonObject json = content == null ? null : content.getJsonObject("application/json");
        JsonObject schema = json == null ? null : json.getJsonObject("schema");
        if (schema != null && schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            schema = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (schema == null || !schema.containsKey("properties")) {
            return Map.of();
        }
        Map<String, String> fields = new java.util.TreeMap<>();
        schema.getJsonObject("properties").forEach((name, property) -> fields.put(name, type(property.asJsonObject())));
        return fields;
    }

    private static String type(JsonObject property) {
        JsonValue type = property.get("type");
        if (type instanceof JsonString single) {
            return single.getString();
        }
        if (type != null && type.getValueType() == JsonValue.ValueType.ARRAY) {
            return type.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString)
                    .filter(t -> !t.equals("null")).findFirst().orElse("null");
        }
        return property.containsKey("$ref") ? "object" : "unknown";
    }
}
