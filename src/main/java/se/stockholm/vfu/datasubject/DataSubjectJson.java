package se.stockholm.vfu.datasubject;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.common.Texts;

/** The export as the file handed over: indented UTF-8 JSON, named without any personal data. */
public final class DataSubjectJson {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss")
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

    /**
     * "registerutdrag-SU-2026-12-01-143205.json": university and moment of the export (Stockholm time, to the second),
     * never the student's reference or name. The time tells apart two exports of one day, which had the same name.
     */
    public static String fileName(DataSubjectExport export) {
        return fileName(export, Locale.forLanguageTag("sv"));
    }

    /** The same name in a language: "data-subject-export-SU-…" in English, as the page it is downloaded from. */
    public static String fileName(DataSubjectExport export, Locale locale) {
        return Texts.text(locale, "subjectExport.file") + "-" + export.universityCode() + "-"
                + MOMENT.format(export.exportedAt()) + ".json";
    }
}
