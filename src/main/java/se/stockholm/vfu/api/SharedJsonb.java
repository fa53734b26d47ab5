package se.stockholm.vfu.api;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one JSON-B instance every API answer and request body goes through. Without a {@code ContextResolver<Jsonb>}
 * RESTEasy (6.2) builds a new {@code Jsonb} for every entity it reads or writes, and Yasson builds its whole context
 * with it: it looks the class model up again and loads classes under the JDK class loader's lock, so under load the
 * request threads queued there (seen in thread dumps of the JSON list: 7 of 16 waiting on that lock; the list answered
 * 107–320 requests/s). A {@code Jsonb} is thread-safe and made to be shared. Same configuration as RESTEasy's own
 * ({@code JsonbBuilder.create()}), so every answer is written as before. (Problems answered by the servlet filters,
 * before JAX-RS, are written with JSON-P: {@link Problem#send}.)
 */
@Provider
@ApplicationScoped
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Logger LOG = Logger.getLogger(SharedJsonb.class.getName());

    /** Made when the bean is, not by a field initialiser: Weld's client proxy would build (and never close) a second. */
    private Jsonb jsonb;

    @PostConstruct
    void open() {
        jsonb = JsonbBuilder.create();
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception notClosed) {
            LOG.log(Level.FINE, "JSON-B not closed", notClosed);
        }
    }
}
