package se.stockholm.vfu.common;

import java.util.List;
import java.util.function.Function;

/** One page of rows and the total number of rows the filters match. */
public record Page<T>(List<T> rows, long total) {

    /** No rows: what a list answers when its filters can match nothing. */
    public static <T> Page<T> empty() {
        return new Page<>(List.of(), 0);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(rows.stream().map(mapper).toList(), total);
    }

    /**
     * From the total and the number of rows only, not from every row as a record's would be: the JSON writer (Yasson)
     * puts each object it writes into a hash set while writing it, so a JSON list hashed all its rows twice more (a
     * fifteenth of the requests list's time with its rows' own hashes, docs/performance.md). Equal pages still hash
     * alike; no page is kept in a hash set or map of the portal's own.
     */
    @Override
    public int hashCode() {
        return 31 * Long.hashCode(total) + rows.size();
    }
}
