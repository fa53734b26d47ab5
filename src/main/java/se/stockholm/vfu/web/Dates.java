package se.stockholm.vfu.web;

import se.stockholm.vfu.common.StockholmTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Shows stored instants (UTC) as Stockholm time on pages: "2026-11-23 14:05". */
@Named
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(StockholmTime.ZONE);

    public String format(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }
}
