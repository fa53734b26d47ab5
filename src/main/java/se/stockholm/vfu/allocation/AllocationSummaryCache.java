package se.stockholm.vfu.allocation;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last {@link AllocationSummary} of each term, kept with the fingerprint of the term's data it was worked out on
 * ({@link AllocationService#summary}): the summary runs the whole allocation for its ceiling and shortage, which the
 * load test found to be the slowest thing the central contact's dashboard and allocation page did, on every load.
 * A summary is handed out again only while the fingerprint is the same; any change of a request, place offer, its unit
 * or supervisor, placement, run or the term gives another fingerprint. One entry per term, on this server only.
 */
@ApplicationScoped
public class AllocationSummaryCache {

    private record Entry(List<Object> fingerprint, AllocationSummary summary) {
    }

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    /** The term's summary if it was worked out on data with this fingerprint, else null. */
    AllocationSummary get(long termId, List<Object> fingerprint) {
        Entry entry = entries.get(termId);
        return entry != null && entry.fingerprint().equals(fingerprint) ? entry.summary() : null;
    }

    void put(long termId, List<Object> fingerprint, AllocationSummary summary) {
        entries.put(termId, new Entry(fingerprint, summary));
    }
}
