package se.stockholm.vfu.network;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.stockholm.vfu.common.InvalidInputException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uploads are refused by name, size, extension and first bytes, each with its own message. */
class DocumentRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"../rutin.pdf", "a/b.pdf", "a\\b.pdf", "..", "C:rutin.pdf", "/etc/passwd"})
    void aFileNameWithAPathIsRefused(String name) {
        assertThatThrownBy(() -> DocumentRules.check(name, "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getField()).isEqualTo("file");
                    assertThat(e.getMessageKey()).isEqualTo("network.document.error.path");
                });
    }

    @Test
    void aFileOverTheLimitIsRefusedByItsDeclaredSize() {
        assertThatThrownBy(() -> DocumentRules.size(DocumentRules.MAX_BYTES + 1))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("network.document.error.tooLarge"));
        DocumentRules.size(DocumentRules.MAX_BYTES);
    }

    @Test
    void anExtensionNotAllowedOrContentThatDoesNotMatchIsRefused() {
        assertThatThrownBy(() -> DocumentRules.check("script.exe", "MZ".getBytes(StandardCharsets.US_ASCII)))
                .hasMessage("network.document.error.type");
        assertThatThrownBy(() -> DocumentRules.check("fake.pdf", "<html>".getBytes(StandardCharsets.US_ASCII)))
                .hasMessage("network.document.error.type");
        assertThatThrownBy(() -> DocumentRules.check("binary.txt", new byte[] {0, 1, 2, 3}))
                .hasMessage("network.document.error.type");
        assertThatThrownBy(() -> DocumentRules.check("sheet.docx", zip("xl/workbook.xml")))
                .hasMessage("network.document.error.type");
    }

    @Test
    void theAllowedTypesAreRecognisedByTheirFirstBytes() throws Exception {
        assertThat(DocumentRules.check("Rutin.PDF", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(DocumentType.PDF);
        assertThat(DocumentRules.check("rutin.txt", "Rutin för VFU\nrad två".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DocumentType.TXT);
        assertThat(DocumentRules.check("rutin.docx", zip("word/document.xml"))).isEqualTo(DocumentType.DOCX);
        assertThat(DocumentRules.check("tabell.xlsx", zip("xl/workbook.xml"))).isEqualTo(DocumentType.XLSX);
        assertThat(DocumentRules.check("rutin.odt", odt())).isEqualTo(DocumentType.ODT);
    }

    @Test
    void anEmptyFileIsRefusedAsEmptyNotAsNoFile() {
        assertThatThrownBy(() -> DocumentRules.check("tom.txt", new byte[0]))
                .hasMessage("network.document.error.empty");
    }

    static byte[] zip(String entry) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (java.io.IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** An ODF text: the first entry is "mimetype", stored uncompressed. */
    static byte[] odt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
