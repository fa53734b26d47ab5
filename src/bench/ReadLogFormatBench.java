import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What one JSON list's read-log entries cost H2 to write, in today's format and in a narrower one (docs/performance.md,
 * "The read log's format"). Not a test and not part of the build: a single-file program run against the H2 of the
 * provisioned server, from the repository's root after `mvn package`:
 *
 * <pre>java -cp target/server/modules/system/layers/base/com/h2database/h2/main/h2-2.2.224.jar src/bench/ReadLogFormatBench.java</pre>
 *
 * Each variant writes 20,000 lists of 20 students (a list call's page), ten lists per commit (the read log's group
 * commit under load), into a fresh database file, four rounds alternating; the first round is the JIT's warm-up.
 * Today: one row per student shown in read_log (V11, V24, V26: primary key and five indexes). Split: one row per read
 * (who, when, channel, operation; indexed by user and time) and one per student shown in a table whose primary key
 * is (request_id, read_log_id) and has no other index.
 */
public class ReadLogFormatBench {

    private static final int LISTS = 20_000;
    private static final int STUDENTS_PER_LIST = 20;
    private static final int LISTS_PER_COMMIT = 10;
    private static final int ROUNDS = 4;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("read-log-bench");
        for (int round = 1; round <= ROUNDS; round++) {
            for (String variant : List.of("today", "split")) {
                String url = "jdbc:h2:file:" + dir.resolve(variant + round) + ";DB_CLOSE_ON_EXIT=FALSE";
                try (Connection connection = DriverManager.getConnection(url, "sa", "sa")) {
                    create(connection, variant);
                    connection.setAutoCommit(false);
                    long start = System.nanoTime();
                    write(connection, variant);
                    long micros = (System.nanoTime() - start) / 1_000;
                    System.out.printf("round %d %-5s %,d lists of %d students: %,d ms, %d µs a list%n", round, variant,
                            LISTS, STUDENTS_PER_LIST, micros / 1_000, micros / LISTS);
                }
            }
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    private static void create(Connection connection, String variant) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE read_log (id BIGINT AUTO_INCREMENT PRIMARY KEY, read_at TIMESTAMP(6) NOT NULL,"
                    + " username VARCHAR(60) NOT NULL, request_id BIGINT, placement_id BIGINT, channel VARCHAR(10) NOT NULL,"
                    + " operation VARCHAR(200) NOT NULL, inquiry_id BIGINT, booking_id BIGINT)");
            ddl.execute("CREATE INDEX ix_read_log_user ON read_log (username, read_at)");
            ddl.execute("CREATE INDEX ix_read_log_time ON read_log (read_at)");
            if (variant.equals("today")) {
                ddl.execute("CREATE INDEX ix_read_log_request ON read_log (request_id, read_at)");
                ddl.execute("CREATE INDEX ix_read_log_inquiry ON read_log (inquiry_id, read_at)");
                ddl.execute("CREATE INDEX ix_read_log_booking ON read_log (booking_id, read_at)");
            } else {
                ddl.execute("CREATE TABLE read_log_student (request_id BIGINT NOT NULL, read_log_id BIGINT NOT NULL,"
                        + " placement_id BIGINT, PRIMARY KEY (request_id, read_log_id))");
            }
        }
    }

    private static void write(Connection connection, String variant) throws SQLException {
        Random random = new Random(2026);
        for (int list = 0; list < LISTS; list++) {
            String user = "user-" + random.nextInt(50);
            Timestamp now = new Timestamp(System.currentTimeMillis());
            List<Long> students = new ArrayList<>();
            while (students.size() < STUDENTS_PER_LIST) {
                long student = random.nextInt(3_000);
                if (!students.contains(student)) {
                    students.add(student);
                }
            }
            if (variant.equals("today")) {
                writeToday(connection, user, now, students);
            } else {
                writeSplit(connection, user, now, students);
            }
            if (list % LISTS_PER_COMMIT == LISTS_PER_COMMIT - 1) {
                connection.commit();
            }
        }
        connection.commit();
    }

    /** One row per student, as ReadLogWriter writes them. */
    private static void writeToday(Connection connection, String user, Timestamp now, List<Long> students)
            throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO read_log (read_at, username, request_id, placement_id,"
                + " inquiry_id, booking_id, channel, operation) VALUES ");
        for (int i = 0; i < students.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
        }
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int parameter = 1;
            for (long student : students) {
                insert.setTimestamp(parameter++, now);
                insert.setString(parameter++, user);
                insert.setLong(parameter++, student);
                insert.setNull(parameter++, Types.BIGINT);
                insert.setNull(parameter++, Types.BIGINT);
                insert.setNull(parameter++, Types.BIGINT);
                insert.setString(parameter++, "API");
                insert.setString(parameter++, "RequestService.find");
            }
            insert.executeUpdate();
        }
    }

    /** One row for the read, one narrow row per student. */
    private static void writeSplit(Connection connection, String user, Timestamp now, List<Long> students)
            throws SQLException {
        long read;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO read_log (read_at, username, channel, operation) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setTimestamp(1, now);
            insert.setString(2, user);
            insert.setString(3, "API");
            insert.setString(4, "RequestService.find");
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                read = key.getLong(1);
            }
        }
        StringBuilder sql = new StringBuilder("INSERT INTO read_log_student (request_id, read_log_id, placement_id) VALUES ");
        for (int i = 0; i < students.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?)");
        }
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int parameter = 1;
            for (long student : students) {
                insert.setLong(parameter++, student);
                insert.setLong(parameter++, read);
                insert.setNull(parameter++, Types.BIGINT);
            }
            insert.executeUpdate();
        }
    }
}
