package se.stockholm.vfu.config;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The absolute session lifetime setting: 10 hours unless set, fractions of an hour allowed, nonsense ignored. */
class PortalSettingsSessionTest {

    private final PortalSettings settings = new PortalSettings();

    @AfterEach
    void clear() {
        System.clearProperty(PortalSettings.SESSION_MAX_HOURS_PROPERTY);
    }

    @Test
    void tenHoursByDefault() {
        assertThat(settings.sessionMaxLifetime()).isEqualTo(Duration.ofHours(10));
    }

    @Test
    void setInHoursOrFractionsOfAnHour() {
        System.setProperty(PortalSettings.SESSION_MAX_HOURS_PROPERTY, "1.5");
        assertThat(settings.sessionMaxLifetime()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void aValueThatIsNoPositiveNumberKeepsTheDefault() {
        System.setProperty(PortalSettings.SESSION_MAX_HOURS_PROPERTY, "0");
        assertThat(settings.sessionMaxLifetime()).isEqualTo(Duration.ofHours(10));
        System.setProperty(PortalSettings.SESSION_MAX_HOURS_PROPERTY, "ten");
        assertThat(settings.sessionMaxLifetime()).isEqualTo(Duration.ofHours(10));
    }
}
