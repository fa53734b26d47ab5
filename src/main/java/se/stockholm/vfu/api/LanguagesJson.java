package se.stockholm.vfu.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Languages in the API's JSON: answers give them as a list of codes ({@code ["sv", "en"]}), as a request's do; a
 * body may give them as a list or as one text ({@code "sv, en"}, as the request form's field takes them). A place's
 * answer gave its languages as the text {@code "sv"}, which its own PUT refused ("wrong type"): what the API answers
 * can now be sent back as it is, for places and requests alike.
 */
public final class LanguagesJson {

    private LanguagesJson() {
    }

    /** A list or a text read as the list of codes. */
    public static class AsList implements JsonbDeserializer<List<String>> {
        @Override
        public List<String> deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return codes(parser.getValue());
        }
    }

    /** A list or a text read as the text of codes separated by commas (the request form's field). */
    public static class AsText implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            List<String> codes = codes(parser.getValue());
            return codes == null ? null : String.join(", ", codes);
        }
    }

    /** A place's languages, stored as {@code "sv,en"}, answered as a list. */
    public static class Stored implements JsonbAdapter<String, List<String>> {
        @Override
        public List<String> adaptToJson(String stored) {
            return stored == null ? null : split(stored);
        }

        @Override
        public String adaptFromJson(List<String> codes) {
            return codes == null ? null : String.join(",", codes);
        }
    }

    private static List<String> codes(JsonValue value) {
        if (value instanceof JsonString text) {
            return split(text.getString());
        }
        if (value instanceof JsonArray list) {
            List<String> codes = new ArrayList<>();
            // anything but a text in the list is kept as written, for the rules' message about that language
            list.forEach(code -> codes.add(code instanceof JsonString text ? text.getString().trim() : code.toString()));
            return codes;
        }
        return null;
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(code -> !code.isEmpty()).toList();
    }
}
