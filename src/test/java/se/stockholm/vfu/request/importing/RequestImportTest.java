package se.stockholm.vfu.request.importing;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.Texts;
import se.stockholm.vfu.request.RequestData;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Reading and checking import files, CSV and Excel alike: every error by row, column and message. */
class RequestImportTest {

    static final String HEADER = "Student-id;Förnamn;Efternamn;E-post;Hemlärosäte;Verksamhetsområde 1;"
            + "Verksamhetsområde 2;Verksamhetsområde 3;Stadsdel 1;Stadsdel 2;Stadsdel 3;Språk;Extra stöd;"
            + "Extra stöd kommentar;Undantagna stadsdelar;Övrigt";

    static final ImportReferences REFERENCES = new ImportReferences()
            .area(1, "BOU", "Barn och unga", "Children and youth")
            .area(2, "EKB", "Ekonomiskt bistånd")
            .district(10, "SO", "Södermalm")
            .district(11, "RK", "Rinkeby-Kista")
            .district(12, "FA", "Farsta");

    private static ImportPreview check(String csv) {
        return new RequestImportValidator(REFERENCES).validate(SheetReader.read("requests.csv",
                csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aValidFileGivesOneRequestPerRowWithRankedPreferences() {
        ImportPreview preview = check(HEADER + "\n"
                + "s1;Alva;Andersson;alva@student.se;;BOU;ekb;;Södermalm;RK;;sv, en;ja;Behöver tolk;Farsta;Vill börja tidigt\n"
                + "s2;Elias;Berg;elias@student.se;Umeå universitet;;;;;;;;;;;\n");

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.rowCount()).isEqualTo(2);
        RequestData alva = preview.validRows().get(0).data();
        assertThat(preview.validRows().get(0).row()).isEqualTo(2);
        assertThat(alva.studentName()).isEqualTo("Alva Andersson");
        assertThat(alva.areaIds()).containsExactly(1L, 2L);
        assertThat(alva.districtIds()).containsExactly(10L, 11L);
        assertThat(alva.languages()).containsExactly("sv", "en");
        assertThat(alva.extraSupport()).isTrue();
        assertThat(alva.extraSupportNote()).isEqualTo("Behöver tolk");
        assertThat(alva.exclusionIds()).containsExactly(12L);
        assertThat(alva.noPreference()).isFalse();
        RequestData elias = preview.validRows().get(1).data();
        assertThat(elias.noPreference()).isTrue();
        assertThat(elias.homeUniversity()).isEqualTo("Umeå universitet");
        assertThat(elias.languages()).containsExactly("sv");
    }

    @Test
    void everyErrorIsListedByRowColumnAndMessage() {
        ImportPreview preview = check(HEADER + "\n"
                + "s1;Alva;Andersson;not-an-email;;XYZ;;;Södermalm;;;sv;kanske;;Södermalm;\n"
                + ";;Berg;elias@student.se;;;;;;;;;ja;;;\n"
                + "s1;Maja;Lind;maja@student.se;;BOU;BOU;;;;;svenska;;;Atlantis;\n"
                + "199001011234;Omar;Hassan;omar@student.se;;;;;;;;;;;;\n"
                + "s5;Saga;Ek;saga@student.se;;BOU;;;;;;;;;;\n");

        assertThat(preview.errors()).extracting(ImportError::row, ImportError::column, ImportError::messageKey)
                .containsExactly(
                        tuple(2, "Verksamhetsområde 1", "request.import.unknownArea"),
                        tuple(2, "Extra stöd", "request.import.yesNo"),
                        tuple(2, "E-post", "request.error.email"),
                        tuple(2, "Undantagna stadsdelar", "request.error.preferredAndExcluded"),
                        tuple(3, "Förnamn", "request.error.required"),
                        tuple(3, "Student-id", "request.error.required"),
                        tuple(3, "Extra stöd kommentar", "request.error.extraSupportNote"),
                        tuple(4, "Verksamhetsområde 2", "request.error.repeatedPreference"),
                        tuple(4, "Undantagna stadsdelar", "request.import.unknownDistrict"),
                        tuple(4, "Språk", "request.error.language"),
                        tuple(4, "Student-id", "request.import.repeated"),
                        tuple(5, "Student-id", "request.error.personalNumber"));
        assertThat(preview.errors().get(0).arguments()).containsExactly("XYZ");
        assertThat(preview.errors().get(10).arguments()).containsExactly("2");
        assertThat(preview.validRows()).extracting(ImportRow::row).containsExactly(6);
        assertThat(preview.invalidRowCount()).isEqualTo(4);
    }

    /**
     * An error names the column that holds the wrong value: a first name too long was reported on "Efternamn" (the
     * form's one name field), a district repeated in the second column on the first.
     */
    @Test
    void aTooLongNameAndARepeatedPreferenceAreReportedOnTheColumnThatHoldsThem() {
        String tooLong = "A".repeat(130);
        ImportPreview preview = check(HEADER + "\n"
                + "s1;" + tooLong + ";Andersson;alva@student.se;;;;;Södermalm;Södermalm;;;;;;\n"
                + "s2;Elias;" + tooLong + ";elias@student.se;;BOU;ekb;BOU;;;;;;;;\n"
                + "s3;" + "F".repeat(60) + ";" + "L".repeat(60) + ";saga@student.se;;BOU;;;;;;;;;;\n"
                + "s4;" + "F".repeat(59) + ";" + "L".repeat(60) + ";omar@student.se;;BOU;;;;;;;;;;\n");

        assertThat(preview.errors()).extracting(ImportError::row, ImportError::column, ImportError::messageKey)
                .containsExactly(
                        tuple(2, "Förnamn", "request.error.tooLong"),
                        tuple(2, "Stadsdel 2", "request.error.repeatedPreference"),
                        tuple(3, "Efternamn", "request.error.tooLong"),
                        tuple(3, "Verksamhetsområde 3", "request.error.repeatedPreference"),
                        tuple(4, "Förnamn, Efternamn", "request.import.nameTooLong"));
        int longest = RequestData.NAME_MAX - 2;
        assertThat(preview.errors().get(0).arguments()).containsExactly(Integer.toString(longest));
        assertThat(preview.errors().get(4).arguments()).containsExactly(Integer.toString(RequestData.NAME_MAX));
        assertThat(preview.validRows()).extracting(ImportRow::row).containsExactly(5);
        assertThat(preview.validRows().get(0).data().studentName()).hasSize(RequestData.NAME_MAX);
    }

    @Test
    void aGapInARankingIsAnErrorInTheEmptyColumn() {
        ImportPreview preview = check(HEADER + "\n"
                + "s1;Alva;Andersson;alva@student.se;;;BOU;;Södermalm;;Farsta;sv;;;;\n"
                + "s2;Elias;Berg;elias@student.se;;BOU;;;Södermalm;RK;;sv;;;;\n");

        assertThat(preview.errors()).extracting(ImportError::row, ImportError::column, ImportError::messageKey)
                .containsExactly(tuple(2, "Verksamhetsområde 1", "request.error.preferenceGap"),
                        tuple(2, "Stadsdel 2", "request.error.preferenceGap"));
        assertThat(preview.validRows()).extracting(ImportRow::row).containsExactly(3);
    }

    @Test
    void missingRequiredColumnsAreErrorsOfTheHeaderRowAndNoRowIsValid() {
        ImportPreview preview = check("Student-id;Förnamn;Personnummer\ns1;Alva;199001011234\n");

        assertThat(preview.errors()).extracting(ImportError::row, ImportError::column, ImportError::messageKey)
                .containsExactly(tuple(1, "Efternamn", "request.import.columnMissing"),
                        tuple(1, "E-post", "request.import.columnMissing"));
        assertThat(preview.validRows()).isEmpty();
        assertThat(preview.invalidRowCount()).as("no row is imported: the summary said \"0 rader med fel\"")
                .isEqualTo(preview.rowCount());
    }

    /** An unquoted separator in the notes ("hej; då") split the field: previewed without errors, "hej" stored. */
    @Test
    void aRowWithMoreFieldsThanTheHeaderIsAnErrorNotCutShort() {
        ImportPreview preview = check("Student-id;Förnamn;Efternamn;E-post;Verksamhetsområde 1;Stadsdel 1;Övrigt\n"
                + "sq-1;Anna;Ek;sq-1@x.se;BOU;SO;hej; då\n"
                + "sq-2;Bo;Ek;sq-2@x.se;BOU;SO;\"hej; då\"\n"
                + "sq-3;Cia;Ek;sq-3@x.se;BOU;SO;trailing separator;\n");

        assertThat(preview.errors()).extracting(ImportError::row, ImportError::column, ImportError::messageKey)
                .containsExactly(tuple(2, null, "request.import.tooManyFields"));
        assertThat(preview.errors().get(0).arguments()).containsExactly("8", "7");
        assertThat(preview.validRows()).extracting(ImportRow::row).containsExactly(3, 4);
        assertThat(preview.validRows().get(0).data().notes()).isEqualTo("hej; då");
        assertThat(Texts.text(Locale.forLanguageTag("sv"), "request.import.tooManyFields", "8", "7"))
                .contains("fler fält än rubrikraden (8 mot 7)");
    }

    /** An unclosed quote swallowed the rest of the file and was answered only "Filen kunde inte läsas". */
    @Test
    void anUnclosedQuoteIsRefusedNamingItsRow() {
        assertThatThrownBy(() -> check(HEADER + "\n"
                + "t4-10;Åsa;Öberg;t4-10@student.se;;BOU;;;SO;;;sv;nej;;;\n"
                + "t4-11;Åsa;Öberg;t4-11@student.se;;BOU;;;SO;;;sv;nej;;;\"Oavslutat citat\n"
                + "t4-12;Åsa;Öberg;t4-12@student.se;;BOU;;;SO;;;sv;nej;;;\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getField()).isEqualTo("file");
                    assertThat(e.getMessageKey()).isEqualTo("request.import.unclosedQuote");
                    assertThat(e.getArguments()).containsExactly(3L);
                });
        assertThatThrownBy(() -> check(HEADER + "\n\"t4-1\"x;Åsa;Öberg;a@student.se;;;;;;;;;;;;\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("request.import.badQuote");
                    assertThat(e.getArguments()).containsExactly(2L);
                });
    }

    /**
     * Where the file ends tells the two faults apart only if the reader looks: text after a closing quote on the last
     * line, with no line break after it, is not an unclosed quote; an open quote whose text holds doubled quotes ("")
     * or a closed quoted field before it still is.
     */
    @Test
    void aQuoteFaultOnTheLastLineIsToldApartFromAnUnclosedQuote() {
        String row = "t4-20;Åsa;Öberg;t4-20@student.se;;BOU;;;SO;;;sv;nej;;;";
        assertThatThrownBy(() -> check(HEADER + "\n" + row + "\n\"t4-21\"x;Åsa;Öberg;a@student.se;;;;;;;;;;;;"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("request.import.badQuote");
                    assertThat(e.getArguments()).containsExactly(3L);
                });
        assertThatThrownBy(() -> check(HEADER + "\n" + row + "\n\"t4-22\";Åsa;Öberg;a@student.se;;;;;;;;;;;;\"sa \"\"hej\"\""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("request.import.unclosedQuote");
                    assertThat(e.getArguments()).containsExactly(3L);
                });
        assertThatThrownBy(() -> check(HEADER + "\n\"t4-23;Åsa;Öberg;a@student.se;;;;;;;;;;;;\n" + row + "\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("request.import.unclosedQuote");
                    assertThat(e.getArguments()).containsExactly(2L);
                });
    }

    /** UTF-16 ("Unicode text") previewed "0 rader med fel" beside "Kolumnen saknas" for every column. */
    @Test
    void aUtf16FileIsRefusedAsAnEncodingNotSupported() {
        String csv = HEADER + "\ns1;Alva;Andersson;alva@student.se;;;;;;;;;;;;\n";
        for (byte[] file : List.of(csv.getBytes(StandardCharsets.UTF_16), ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_16LE),
                csv.getBytes(StandardCharsets.UTF_16LE))) {
            assertThatThrownBy(() -> SheetReader.read("export.csv", file))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.getField()).isEqualTo("file");
                        assertThat(e.getMessageKey()).isEqualTo("request.import.encoding");
                    });
        }
    }

    /** "1 rader", "Importera de 1 giltiga raderna", "Import the 1 valid rows". */
    @Test
    void countsOfOneAreSaidInTheSingular() {
        Locale sv = Locale.forLanguageTag("sv");
        assertThat(Texts.text(sv, "request.import.confirmValid", 1)).isEqualTo("Importera den giltiga raden");
        assertThat(Texts.text(sv, "request.import.confirmValid", 3)).isEqualTo("Importera de 3 giltiga raderna");
        assertThat(Texts.text(Locale.ENGLISH, "request.import.confirmValid", 1)).isEqualTo("Import the valid row");
        assertThat(Texts.text(sv, "request.import.done", 1, 0, 1))
                .isEqualTo("Importen är klar: 1 ny, 0 uppdaterade, 1 rad med fel hoppades över.");
        assertThat(Texts.text(Locale.ENGLISH, "request.import.done", 2, 1, 1))
                .isEqualTo("Import done: 2 new, 1 updated, 1 row with errors skipped.");
        assertThat(Texts.text(sv, "request.import.summary", 1, 1, 0, 0)).isEqualTo("1 rad: 1 ny, 0 uppdateras, 0 rader med fel.");
    }

    @Test
    void commasWindows1252QuotesAndEnglishHeadersAreRead() {
        String csv = "Student id,First name,Last name,E-mail,Notes\r\n"
                + "s1,Åsa,Öberg,asa@student.se,\"Kan börja, men sent\"\r\n";
        ImportPreview preview = new RequestImportValidator(REFERENCES).validate(
                SheetReader.read("export.csv", csv.getBytes(Charset.forName("windows-1252"))));

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.validRows().get(0).data().studentName()).isEqualTo("Åsa Öberg");
        assertThat(preview.validRows().get(0).data().notes()).isEqualTo("Kan börja, men sent");
    }

    @Test
    void anExcelFileIsCheckedLikeACsvFileWithTheSameRowNumbers() throws IOException {
        byte[] xlsx = workbook(List.of(
                List.of("Student-id", "Förnamn", "Efternamn", "E-post", "Verksamhetsområde 1"),
                List.of("s1", "Alva", "Andersson", "alva@student.se", "BOU"),
                List.of("", "", "", "", ""),
                List.of("s3", "Elias", "", "elias@student.se", "Okänt")));
        ImportPreview preview = new RequestImportValidator(REFERENCES).validate(SheetReader.read("export.xlsx", xlsx));

        assertThat(preview.validRows()).extracting(ImportRow::row).containsExactly(2);
        assertThat(preview.errors()).extracting(ImportError::row, ImportError::column, ImportError::messageKey)
                .containsExactly(tuple(4, "Efternamn", "request.error.required"),
                        tuple(4, "Verksamhetsområde 1", "request.import.unknownArea"));
    }

    @Test
    void numericStudentIdsInExcelAreReadAsTyped() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet();
            XSSFRow header = sheet.createRow(0);
            String[] headers = {"Student-id", "Förnamn", "Efternamn", "E-post"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue(1234567);
            row.createCell(1).setCellValue("Alva");
            row.createCell(2).setCellValue("Andersson");
            row.createCell(3).setCellValue("alva@student.se");
            workbook.write(out);
            ImportPreview preview = new RequestImportValidator(REFERENCES)
                    .validate(SheetReader.read("x.xlsx", out.toByteArray()));
            assertThat(preview.validRows().get(0).data().studentRef()).isEqualTo("1234567");
        }
    }

    @Test
    void theTemplatesAreValidImportFiles() {
        ImportReferences withExample = new ImportReferences().area(1, "BOU").area(2, "EKB")
                .district(10, "Södermalm").district(11, "RK").district(12, "Farsta");
        for (var file : List.of(SheetReader.read("t.csv", ImportTemplate.csv()), SheetReader.read("t.xlsx", ImportTemplate.xlsx()))) {
            ImportPreview preview = new RequestImportValidator(withExample).validate(file);
            assertThat(preview.errors()).isEmpty();
            assertThat(preview.validRows()).hasSize(1);
        }
    }

    @Test
    void unreadableAndEmptyFilesAreRefusedForTheUploadField() {
        assertThatThrownBy(() -> SheetReader.read("x.xlsx", "PK not really a zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getField()).isEqualTo("file");
                    assertThat(e.getMessageKey()).isEqualTo("request.import.unreadable");
                });
        assertThatThrownBy(() -> SheetReader.read("x.csv", new byte[0]))
                .hasMessage("request.import.empty");
        assertThatThrownBy(() -> SheetReader.read("x.xls", new byte[] {1, 2}))
                .hasMessage("request.import.oldExcel");
    }

    @Test
    void studentsWithClosedRequestsAreMovedToTheErrorsAndExistingOnesMarkedAsUpdates() {
        ImportPreview preview = check(HEADER + "\n"
                + "S1;Alva;Andersson;alva@student.se;;;;;;;;;;;;\n"
                + "s2;Elias;Berg;elias@student.se;;;;;;;;;;;;\n"
                + "s3;Maja;Lind;maja@student.se;;;;;;;;;;;;\n")
                .refuse(Set.of("s2"), "request.import.notEditable")
                .markExisting(Set.of("s1"));

        assertThat(preview.errors()).extracting(ImportError::row, ImportError::messageKey)
                .containsExactly(tuple(3, "request.import.notEditable"));
        assertThat(preview.creates()).isEqualTo(1);
        assertThat(preview.updates()).isEqualTo(1);
    }

    static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Export");
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
