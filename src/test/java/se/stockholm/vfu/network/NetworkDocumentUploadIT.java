package se.stockholm.vfu.network;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Uploads through the service (the page's path): a wrong type, an oversized file and a file named with a path are
 * refused with their message and store nothing, neither a file in the document directory nor a row; a good file is
 * stored under a random name, and a second version keeps the first downloadable.
 */
@ExtendWith(ArquillianExtension.class)
class NetworkDocumentUploadIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    RunAs runAs;

    @Inject
    NetworkDocumentService documents;

    @Inject
    DocumentStorage storage;

    @Inject
    NetworkFixtures fixtures;

    @Test
    void aWrongTypeAnOversizedFileAndAPathAreRefusedAndNothingIsStored() throws Exception {
        long existing = fixtures.documentId(NetworkFixtures.SCOPED_DOCUMENT);
        List<String> before = files();
        long rows = fixtures.documents();
        long versions = fixtures.documentVersions();
        byte[] big = new byte[(int) DocumentRules.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');

        refused("fake.pdf", -1, bytes("<html>not a pdf</html>"), "network.document.error.type");
        refused("program.exe", -1, bytes("MZ"), "network.document.error.type");
        refused("stor.txt", big.length, new ByteArrayInputStream(big), "network.document.error.tooLarge");
        refused("stor.txt", -1, new ByteArrayInputStream(big), "network.document.error.tooLarge");
        refused("../../etc/rutin.txt", -1, bytes("text"), "network.document.error.path");
        refused("mapp/rutin.txt", -1, bytes("text"), "network.document.error.path");
        refused("mapp\\rutin.txt", -1, bytes("text"), "network.document.error.path");
        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL, () -> documents.upload(existing, "../x.txt", 4,
                bytes("text")))).hasMessage("network.document.error.path");

        assertThat(files()).as("nothing in the document directory").isEqualTo(before);
        assertThat(fixtures.documents()).as("no document row").isEqualTo(rows);
        assertThat(fixtures.documentVersions()).as("no version row").isEqualTo(versions);
    }

    @Test
    void aGoodFileIsStoredUnderARandomNameAndOlderVersionsStayDownloadable() throws Exception {
        DocumentForm form = new DocumentForm();
        form.setTitle("IT Rutin med versioner");
        long id = runAs.userCommitting(Fixtures.CENTRAL, () -> documents.create(form, "Rutin för VFU.txt", 5,
                bytes("en v1")));
        runAs.userCommitting(Fixtures.CENTRAL, () -> documents.upload(id, "Rutin för VFU.txt", 5, bytes("en v2")));

        DocumentRow row = runAs.user(Fixtures.CENTRAL, () -> documents.get(id));
        assertThat(row.versions()).extracting(DocumentRow.VersionRow::number).containsExactly(2, 1);
        assertThat(new String(runAs.user(Fixtures.CENTRAL, () -> documents.download(id, 0)).content(),
                StandardCharsets.UTF_8)).isEqualTo("en v2");
        assertThat(new String(runAs.user(Fixtures.SODERMALM, () -> documents.download(id, 1)).content(),
                StandardCharsets.UTF_8)).as("shared with all districts by default").isEqualTo("en v1");
        assertThat(files()).noneMatch(name -> name.contains("Rutin"));
    }

    private void refused(String name, long declared, InputStream content, String key) {
        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL, () -> {
            DocumentForm form = new DocumentForm();
            form.setTitle("IT Vägrad fil");
            return documents.create(form, name, declared, content);
        })).as(name).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo(key);
            assertThat(e.getField()).isEqualTo("file");
        });
    }

    private List<String> files() throws Exception {
        try (Stream<Path> list = Files.list(storage.directory())) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
