package se.stockholm.vfu.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A table's rows newest term first, from rows a service gives oldest term first (as a chart's trend reads them), so
 * the current term is on the table's first page however many past terms there are.
 */
public final class NewestFirst {

    private NewestFirst() {
    }

    /** A stable reordering: within one term the rows keep the service's order. */
    public static <T> List<T> byTerm(List<T> chronological, Function<T, String> term) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < chronological.size(); i++) {
            order.putIfAbsent(term.apply(chronological.get(i)), i);
        }
        List<T> newestFirst = new ArrayList<>(chronological);
        newestFirst.sort(Comparator.comparing((T row) -> order.get(term.apply(row))).reversed());
        return newestFirst;
    }
}
