package se.stockholm.vfu.api;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B instance every API answer and request body goes through. Without a {@code ContextResolver<Jsonb>}
 * RESTEasy (6.2) builds a new {@code Jsonb} for every entity it reads or writes, and Yasson builds its whole context
 * with it: it looks the class model up again and loads classes under the JDK class loader's lock, so under load the
 * request threads queued there (seen in thread dumps of the JSON list: 7 of 16 waiting on that lock; the list answered
 * 107–320 requests/s). A {@code Jsonb} is thread-safe and made to be shared. Same configuration as RESTEasy's own
 * ({@code JsonbBuilder.create()}), so every answer is written as before.
 */
@Provider
@ApplicationScoped
public class SharedJsonb implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    @PreDestroy
    void close() throws Exception {
        jsonb.close();
    }
}
