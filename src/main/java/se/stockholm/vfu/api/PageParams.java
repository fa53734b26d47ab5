package se.stockholm.vfu.api;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import se.stockholm.vfu.common.PageRequest;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads a page request from a list resource's query: {@code first}, {@code size}, {@code sort},
 * {@code order=desc}; every other parameter is a filter with the same name as the table's. The services
 * check sort fields against their allow-lists and apply the caller's scope, as they do for the pages.
 */
public final class PageParams {

    private static final Set<String> PAGING = Set.of("first", "size", "sort", "order");
    private static final int DEFAULT_SIZE = 50;

    private PageParams() {
    }

    public static PageRequest from(UriInfo uri) {
        return from(uri, true);
    }

    /** As {@link #from(UriInfo)}, for a list whose natural order is newest first when no {@code order} is given. */
    public static PageRequest from(UriInfo uri, boolean ascendingByDefault) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        Map<String, String> filters = new HashMap<>();
        query.forEach((name, values) -> {
            if (!PAGING.contains(name) && !values.isEmpty()) {
                filters.put(name, values.get(0));
            }
        });
        return new PageRequest(number(query.getFirst("first"), 0), number(query.getFirst("size"), DEFAULT_SIZE),
                query.getFirst("sort"), ascending(query.getFirst("order"), ascendingByDefault), filters);
    }

    private static boolean ascending(String order, boolean otherwise) {
        if (order == null || order.isBlank()) {
            return otherwise;
        }
        return !"desc".equalsIgnoreCase(order.trim());
    }

    private static int number(String value, int otherwise) {
        try {
            return value == null ? otherwise : Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            return otherwise;
        }
    }
}
