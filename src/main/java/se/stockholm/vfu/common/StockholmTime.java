package se.stockholm.vfu.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The portal's one notion of "now": the city's time zone, whatever zone the server runs in. Deadlines are calendar
 * days in Stockholm ("the day itself included"), so every service asks the injected {@link Clock} instead of the
 * system clock, and a test or a job can pass another clock.
 */
@ApplicationScoped
public class StockholmTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    @Produces
    public Clock clock() {
        return Clock.system(ZONE);
    }
}
