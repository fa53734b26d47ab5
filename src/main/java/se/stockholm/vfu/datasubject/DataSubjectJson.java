package se.stockholm.vfu.datasubject;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import se.stockholm.vfu.common.StockholmTime;

/** The export as the file handed over: indented UTF-8 JSON, named without any personal data. */
public final class DataSubjectJson {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(StockholmTime.ZONE);

    private DataSubjectJson() {
    }

    public static byte[] write(DataSubjectExport export) {
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            return jsonb.toJson(export).getBytes(StandardCharsets.UTF_8);
        } catch (Exception closing) {
            throw new IllegalStateException("the data-subject export could not be written as JSON", closing);
        }
    }

    /** "registerutdrag-SU-2026-12-01.json": university and day, never the student's reference or name. */
    public static String fileName(DataSubjectExport export) {
        return "registerutdrag-" + export.universityCode() + "-" + DAY.format(export.exportedAt()) + ".json";
    }
}
