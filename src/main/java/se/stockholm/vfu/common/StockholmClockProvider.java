package se.stockholm.vfu.common;

import jakarta.validation.ClockProvider;

import java.time.Clock;

/**
 * Bean Validation's "now" ({@code @PastOrPresent} and the like), in the city's time zone like the rest of the portal
 * ({@link StockholmTime}). Without it the constraints took the server's zone: between midnight and 1 a.m. in Stockholm
 * (2 a.m. in summer) on a server in UTC, a date received "today", which the forms fill in, was "in the future".
 * Named in {@code META-INF/validation.xml}.
 */
public class StockholmClockProvider implements ClockProvider {

    @Override
    public Clock getClock() {
        return Clock.system(StockholmTime.ZONE);
    }
}
