package se.stockholm.vfu.common;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonReaderFactory;

import java.util.Map;

/**
 * The portal's JSON-P builders and readers (the charts' configurations, a notice's arguments, the allocation's stored
 * problem, a filter's problem answer). {@code Json.createObjectBuilder()} and {@code Json.createReader(…)} look the
 * JSON-P implementation up again on every call (JSON-P 2.1's {@code JsonProvider.provider()} keeps no instance: a
 * {@code ServiceLoader} search through the deployment's modules; 11.8 % of the central dashboard's time for its
 * charts' builders); factories made once find it once. JSON-P's factories are thread-safe.
 */
public final class JsonFactories {

    public static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    public static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private JsonFactories() {
    }
}
