package se.stockholm.vfu.network;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar file follows RFC 5545: CRLF lines of at most 75 octets, escaped text, UTC times, a stable UID. */
class CalendarTest {

    private static final Calendar.Entry DAY = new Calendar.Entry(42, 3, "Introduktionsdag; VFU, HT2055",
            Instant.parse("2055-08-30T07:00:00Z"), Instant.parse("2055-08-30T10:00:00Z"), "Stadshuset, Stockholm",
            "https://meet.example.se/vfu", "Välkommen\nSocialtjänsten \\ organisation; frågor, svar "
            + "och en mycket lång rad som måste vikas eftersom den är längre än sjuttiofem oktetter åäö åäö åäö",
            Instant.parse("2055-08-01T12:00:00Z"));

    @Test
    void timesAreUtcAndTheUidAndSequenceFollowTheEvent() {
        String ics = Calendar.of(DAY, "vfu.stockholm.se");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("\r\nDTSTART:20550830T070000Z\r\n", "\r\nDTEND:20550830T100000Z\r\n",
                "\r\nDTSTAMP:20550801T120000Z\r\n", "\r\nUID:network-event-42@vfu.stockholm.se\r\n", "\r\nSEQUENCE:3\r\n",
                "\r\nBEGIN:VEVENT\r\n", "\r\nEND:VEVENT\r\n");
    }

    @Test
    void textIsEscaped() {
        String unfolded = Calendar.of(DAY, "h").replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Introduktionsdag\\; VFU\\, HT2055\r\n");
        assertThat(unfolded).contains("LOCATION:Stadshuset\\, Stockholm\r\n");
        assertThat(unfolded).contains("DESCRIPTION:Välkommen\\nSocialtjänsten \\\\ organisation\\; frågor\\, svar");
    }

    @Test
    void everyLineEndsInCrlfAndIsAtMost75OctetsWithoutSplittingACharacter() {
        String ics = Calendar.of(DAY, "h");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        String[] lines = ics.split("\r\n");
        assertThat(lines.length).isGreaterThan(12);
        for (String line : lines) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        assertThat(ics).contains("\r\n ");
        assertThat(ics.replace("\r\n ", "")).contains("åäö åäö åäö\r\n");
    }

    @Test
    void aLineOfMultiByteCharactersIsFoldedBetweenCharacters() {
        StringBuilder out = new StringBuilder();
        Calendar.line(out, "SUMMARY:" + "ö".repeat(100));
        for (String line : out.toString().split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(out.toString().replace("\r\n ", "")).isEqualTo("SUMMARY:" + "ö".repeat(100) + "\r\n");
    }
}
