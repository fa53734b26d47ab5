package se.stockholm.vfu.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** How long a mail that could not be sent waits before the next try, and when the outbox gives it up. */
class MailOutboxTest {

    @Test
    void theWaitDoublesFromOneMinuteToAtMostAnHour() {
        assertThat(IntStream.rangeClosed(1, 9).mapToObj(MailOutbox::wait).map(Duration::toMinutes))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    }

    @Test
    void aMailIsGivenUpWithinAFewHoursSoItsPersonalDataIsNotKeptLonger() {
        Duration untilTheLastTry = IntStream.range(1, MailOutbox.MAX_ATTEMPTS).mapToObj(MailOutbox::wait)
                .reduce(Duration.ZERO, Duration::plus);

        assertThat(untilTheLastTry).isEqualTo(Duration.ofMinutes(1 + 2 + 4 + 8 + 16 + 32 + 60));
        assertThat(untilTheLastTry).isLessThan(Duration.ofHours(3));
    }
}
