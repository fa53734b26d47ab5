package se.stockholm.vfu.common;

import java.util.List;
import java.util.function.Function;

/** One page of rows and the total number of rows the filters match. */
public record Page<T>(List<T> rows, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(rows.stream().map(mapper).toList(), total);
    }
}
