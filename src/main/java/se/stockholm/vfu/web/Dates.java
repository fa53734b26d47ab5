package se.stockholm.vfu.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Shows stored instants (UTC) as Stockholm time on pages: "2026-11-23 14:05". */
@Named
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    public String format(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }
}
