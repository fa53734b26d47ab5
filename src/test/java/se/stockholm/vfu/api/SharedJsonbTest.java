package se.stockholm.vfu.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PortalClasses;
import se.stockholm.vfu.request.RequestRow;
import se.stockholm.vfu.request.RequestStatus;

import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
                        RequestStatus.SENT, null, false, false),
                new RequestRow(8, 2, "ESH", "esh-2", "Adam Ek", "adam@student.demo.se", "Umeå universitet", false,
                        RequestStatus.PLACED, Instant.parse("2026-11-30T09:15:00Z"), false, false)), 42);

        String written = SHARED.getContext(Page.class).toJson(page);

        assertThat(written).isEqualTo(resteasyDefault.toJson(page));
        assertThat(written).contains("\"studentName\":\"Åsa Öberg\"", "\"total\":42", "\"status\":\"PLACED\"")
                .doesNotContain("homeUniversity\":null");
    }

    /**
     * JSON-B names a record's own getter-like methods by the whole method name ({@code isFormerVfuStudent()} became the
     * key "isFormerVfuStudent"), and the OpenAPI document, which reads only the components, does not show them. So
     * every record an operation answers with (and the records inside it) is written with a sample of each component,
     * and no key may read like a method.
     */
    @Test
    void noRecordTheApiAnswersWithHasAKeyNamedLikeAMethod() throws Exception {
        Set<Class<?>> records = new LinkedHashSet<>();
        for (Class<?> resource : PortalClasses.all()) {
            if (resource.isAnnotationPresent(Path.class)) {
                for (Method method : resource.getDeclaredMethods()) {
                    if (Modifier.isPublic(method.getModifiers())) {
                        collectRecords(method.getGenericReturnType(), records);
                    }
                }
            }
        }
        assertThat(records).as("records the API answers with").hasSizeGreaterThanOrEqualTo(40)
                .contains(se.stockholm.vfu.recruitment.CandidateRow.class);

        Map<String, List<String>> methodNamed = new TreeMap<>();
        for (Class<?> type : records) {
            String json = SHARED.getContext(type).toJson(sample(type));
            List<String> keys = new ArrayList<>();
            collectKeys(Json.createReader(new StringReader(json)).readValue(), keys);
            List<String> wrong = keys.stream().filter(key -> key.matches("(get|is)[A-Z].*")).distinct().toList();
            if (!wrong.isEmpty()) {
                methodNamed.put(type.getName(), wrong);
            }
        }
        assertThat(methodNamed).as("keys named like a method, by record").isEmpty();
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

    private static void collectRecords(Type type, Set<Class<?>> records) {
        if (type instanceof ParameterizedType parameterized) {
            collectRecords(parameterized.getRawType(), records);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collectRecords(argument, records);
            }
        } else if (type instanceof Class<?> raw && raw.isRecord() && raw.getName().startsWith("se.stockholm.vfu.")
                && records.add(raw)) {
            for (RecordComponent component : raw.getRecordComponents()) {
                collectRecords(component.getGenericType(), records);
            }
        }
    }

    /** The record with a plain value for every component: text, 1, true, the first constant, an empty list. */
    private static Object sample(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(types[i]);
        }
        return type.getDeclaredConstructor(types).newInstance(values);
    }

    private static Object value(Class<?> type) throws Exception {
        if (type == String.class) {
            return "x";
        } else if (type == long.class || type == Long.class) {
            return 1L;
        } else if (type == int.class || type == Integer.class) {
            return 1;
        } else if (type == double.class || type == Double.class) {
            return 1.0;
        } else if (type == boolean.class || type == Boolean.class) {
            return true;
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        } else if (type == LocalDate.class) {
            return LocalDate.of(2026, 12, 5);
        } else if (type == Instant.class) {
            return Instant.parse("2026-12-05T09:00:00Z");
        } else if (List.class.isAssignableFrom(type)) {
            return List.of();
        } else if (Set.class.isAssignableFrom(type)) {
            return Set.of();
        } else if (Map.class.isAssignableFrom(type)) {
            return Map.of();
        } else if (type.isRecord()) {
            return sample(type);
        }
        return null;
    }

    private static void collectKeys(JsonValue value, List<String> keys) {
        if (value instanceof JsonObject object) {
            object.forEach((key, inner) -> {
                keys.add(key);
                collectKeys(inner, keys);
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(inner -> collectKeys(inner, keys));
        }
    }
}
