package se.stockholm.vfu.web;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;

import java.util.Map;

/**
 * The JSON-P builders the charts' configurations are written with. {@code Json.createObjectBuilder()} looks the
 * JSON-P implementation up again on every call (JSON-P 2.1's {@code JsonProvider.provider()} keeps no instance: a
 * {@code ServiceLoader} search through the deployment's modules), and a chart takes a dozen builders; one factory,
 * made once, finds it once.
 */
public final class JsonBuilders {

    /** Thread-safe, as JSON-P's factories are. */
    public static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private JsonBuilders() {
    }
}
