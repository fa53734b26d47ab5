package se.stockholm.vfu.network;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An event as an iCalendar file (RFC 5545): one VEVENT with times in UTC, text values escaped (backslash, semicolon,
 * comma, line breaks) and lines folded at 75 octets without splitting a UTF-8 character, every line ending in CRLF.
 * The UID is stable per event and the SEQUENCE is the event's version, so a calendar that imported it replaces it
 * when it is changed.
 */
public final class Calendar {

    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private Calendar() {
    }

    /** What the file says about one event. */
    public record Entry(long id, long sequence, String title, Instant start, Instant end, String place, String link,
                        String description, Instant stamp) {
    }

    public static String of(Entry e, String host) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Stockholms stad//VFU-portalen//SV");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:network-event-" + e.id() + "@" + host);
        line(ics, "SEQUENCE:" + e.sequence());
        line(ics, "DTSTAMP:" + UTC.format(e.stamp()));
        line(ics, "DTSTART:" + UTC.format(e.start()));
        line(ics, "DTEND:" + UTC.format(e.end()));
        line(ics, "SUMMARY:" + escape(e.title()));
        if (e.place() != null) {
            line(ics, "LOCATION:" + escape(e.place()));
        } else if (e.link() != null) {
            line(ics, "LOCATION:" + escape(e.link()));
        }
        if (e.link() != null) {
            line(ics, "URL:" + e.link());
        }
        if (e.description() != null && !e.description().isBlank()) {
            line(ics, "DESCRIPTION:" + escape(e.description()));
        }
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** TEXT value escaping (RFC 5545, 3.3.11). */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n");
    }

    /** Appends one content line, folded into lines of at most 75 octets (continuations start with a space). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
