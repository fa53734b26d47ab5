package se.stockholm.vfu.retention;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.stockholm.vfu.config.PortalSettings;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The limits follow the settings: defaults, an override per data type, and a refused malformed value. */
class RetentionLimitsTest {

    private static final Instant NOW = Instant.parse("2027-03-15T23:30:00Z");

    @AfterEach
    void clear() {
        for (PortalSettings.Retention type : PortalSettings.Retention.values()) {
            System.clearProperty(type.property());
        }
    }

    @Test
    void byDefaultStudentsAreKeptTwoYearsAndInquiriesAndNotificationsOne() {
        // 23:30 UTC is already the 16th in Stockholm
        RetentionLimits limits = RetentionLimits.at(NOW, new PortalSettings());

        assertThat(limits.requestsBefore()).isEqualTo(LocalDate.of(2025, 3, 16));
        assertThat(limits.placementsBefore()).isEqualTo(LocalDate.of(2025, 3, 16));
        assertThat(limits.inquiriesBefore()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(limits.notificationsBefore()).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void eachDataTypeIsSetOnItsOwn() {
        System.setProperty("vfu.retention.inquiries.months", "6");

        RetentionLimits limits = RetentionLimits.at(NOW, new PortalSettings());

        assertThat(limits.inquiriesBefore()).isEqualTo(LocalDate.of(2026, 9, 16));
        assertThat(limits.requestsBefore()).isEqualTo(LocalDate.of(2025, 3, 16));
        assertThat(PortalSettings.Retention.INQUIRIES.variable()).isEqualTo("VFU_RETENTION_INQUIRIES_MONTHS");
    }

    @Test
    void aMalformedSettingStopsTheRunWithTheVariablesName() {
        System.setProperty("vfu.retention.requests.months", "two years");

        assertThatThrownBy(() -> RetentionLimits.at(NOW, new PortalSettings()))
                .hasMessageContaining("VFU_RETENTION_REQUESTS_MONTHS");
    }
}
