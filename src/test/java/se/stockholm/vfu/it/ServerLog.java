package se.stockholm.vfu.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The test server's own log file, read from inside the server (in-container tests): where it stood when a test began,
 * and what it gained since. Found through {@code jboss.server.log.dir}.
 */
public final class ServerLog {

    /** WildFly's lines for a server that begins to start and for one that has started. */
    private static final String BOOT_BEGINS = "WFLYSRV0049";
    private static final String BOOT_ENDS = "WFLYSRV0025";

    private final Path file;
    private final Object fileKey;
    private final long start;

    private ServerLog(Path file, Object fileKey, long start) {
        this.file = file;
        this.fileKey = fileKey;
        this.start = start;
    }

    /** The log as it stands now: {@link #gained()} reads what is written after this. */
    public static ServerLog mark() throws IOException {
        Path file = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        if (!Files.exists(file)) {
            throw new IllegalStateException("no server log at " + file + ": the test must run inside the server");
        }
        return new ServerLog(file, fileKey(file), Files.size(file));
    }

    /**
     * What the log says from the server's last start (WildFly's "starting" line) to its "started" line, the boot before
     * any deployment; looked for in the rotated files too (daily, at midnight), newest first.
     */
    public static String lastBoot() throws IOException {
        Path dir = Path.of(System.getProperty("jboss.server.log.dir"));
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            // server.log, then server.log.2026-12-04 and older
            files = listed.filter(f -> f.getFileName().toString().startsWith("server.log"))
                    .sorted(Comparator.comparing((Path f) -> !f.getFileName().toString().equals("server.log"))
                            .thenComparing(Comparator.comparing(Path::toString).reversed()))
                    .toList();
        }
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int starting = text.lastIndexOf(BOOT_BEGINS);
            if (starting >= 0) {
                int started = text.indexOf(BOOT_ENDS, starting);
                return text.substring(text.lastIndexOf('\n', starting) + 1,
                        started < 0 ? text.length() : text.indexOf('\n', started) + 1);
            }
        }
        throw new IllegalStateException("no server start in " + files);
    }

    /**
     * Waits until the log has not grown for two seconds (at most {@code patience}): what a request set off on another
     * thread (mail after a commit) is then written.
     */
    public ServerLog awaitQuiet(Duration patience) throws Exception {
        Instant until = Instant.now().plus(patience);
        long size = Files.size(file);
        Instant quietSince = Instant.now();
        while (Instant.now().isBefore(until)) {
            Thread.sleep(250);
            long now = Files.size(file);
            if (now != size) {
                size = now;
                quietSince = Instant.now();
            } else if (Duration.between(quietSince, Instant.now()).toMillis() >= 2000) {
                break;
            }
        }
        return this;
    }

    /**
     * What the log gained since {@link #mark()}; the whole new file if it was rotated meanwhile (daily, at midnight:
     * what the old file got after the mark is then not read).
     */
    public String gained() throws IOException {
        boolean rotated = !Objects.equals(fileKey, fileKey(file));
        try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
            long from = rotated || log.length() < start ? 0 : start;
            byte[] bytes = new byte[(int) (log.length() - from)];
            log.seek(from);
            log.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The file's identity (its inode where there is one): a rotated log is a new file under the same name. */
    private static Object fileKey(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return attributes.fileKey() != null ? attributes.fileKey() : attributes.creationTime();
    }
}
