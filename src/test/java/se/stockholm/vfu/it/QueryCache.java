package se.stockholm.vfu.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import java.util.concurrent.Callable;

/**
 * Test deployments only: how many answers Hibernate took from its query cache (persistence.xml) while some code ran,
 * so that a test of "the next list shows the change" shows too that the list before the change was a cached one (a
 * test that passes with or without the cache proves nothing about it). Statistics are switched on for the call only,
 * unless they were on already ({@code it.StatementCountResource}); the count is the whole server's.
 */
@ApplicationScoped
public class QueryCache {

    @PersistenceUnit(unitName = "vfu")
    EntityManagerFactory factory;

    /** What the code returned and the query cache's hits meanwhile. */
    public <T> Counted<T> hitsDuring(Callable<T> code) throws Exception {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        boolean wasOn = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            long before = statistics.getQueryCacheHitCount();
            T result = code.call();
            return new Counted<>(result, statistics.getQueryCacheHitCount() - before);
        } finally {
            statistics.setStatisticsEnabled(wasOn);
        }
    }

    /** A result and the query cache's hits while it was worked out. */
    public record Counted<T>(T result, long hits) {
    }
}
