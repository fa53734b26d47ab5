package se.stockholm.vfu.retention;

import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.config.PortalSettings;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The dates before which personal data is no longer kept, per data type: today in Stockholm minus the configured
 * months. Requests and placements compare them with their term's end date, inquiries with the date they were
 * closed (or forwarded, when never closed), notifications with the date they were created.
 */
public record RetentionLimits(LocalDate requestsBefore, LocalDate placementsBefore, LocalDate inquiriesBefore,
                              LocalDate notificationsBefore) {


    public static RetentionLimits at(Instant now, PortalSettings settings) {
        LocalDate today = LocalDate.ofInstant(now, StockholmTime.ZONE);
        return new RetentionLimits(
                today.minusMonths(settings.retentionMonths(PortalSettings.Retention.REQUESTS)),
                today.minusMonths(settings.retentionMonths(PortalSettings.Retention.PLACEMENTS)),
                today.minusMonths(settings.retentionMonths(PortalSettings.Retention.INQUIRIES)),
                today.minusMonths(settings.retentionMonths(PortalSettings.Retention.NOTIFICATIONS)));
    }

    /** The start of a date in Stockholm, for comparing with stored instants. */
    static Instant startOf(LocalDate date) {
        return date.atStartOfDay(StockholmTime.ZONE).toInstant();
    }
}
