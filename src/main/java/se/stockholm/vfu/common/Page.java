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
}
