package se.stockholm.vfu.network;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The document files on disk, outside the web root: the directory {@value #DIR_VARIABLE} (or the system property
 * {@value #DIR_PROPERTY}); by default {@code documents} beside the embedded H2 database, in the server's data
 * directory ({@code data/vfu/documents}). Files get random names (a UUID), never the name the user gave, so no
 * upload can choose where it lands. A file written in a transaction that then rolls back is deleted again; a file
 * of a deleted document is deleted only once the deletion commits.
 */
@ApplicationScoped
public class DocumentStorage {

    public static final String DIR_VARIABLE = "VFU_DOCUMENT_DIR";
    public static final String DIR_PROPERTY = "vfu.document.dir";
    private static final Pattern STORAGE_NAME = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Logger LOG = Logger.getLogger(DocumentStorage.class.getName());

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The directory the files are in, created if missing. */
    public Path directory() {
        String configured = System.getProperty(DIR_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(DIR_VARIABLE);
        }
        Path dir;
        if (configured != null && !configured.isBlank()) {
            dir = Path.of(configured.trim());
        } else {
            String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
            dir = Path.of(data, "vfu", "documents");
        }
        try {
            return Files.createDirectories(dir.toAbsolutePath().normalize());
        } catch (IOException failed) {
            throw new UncheckedIOException("The document directory cannot be created (" + DIR_VARIABLE + ")", failed);
        }
    }

    /** Writes the bytes under a new random name and answers the name; removed again if the transaction rolls back. */
    public String store(byte[] content) {
        Path dir = directory();
        String name = UUID.randomUUID().toString();
        Path target = dir.resolve(name);
        try {
            Path temporary = Files.createTempFile(dir, "upload-", ".part");
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new UncheckedIOException("A document could not be stored", failed);
        }
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before the outcome is known
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != Status.STATUS_COMMITTED) {
                        delete(name);
                    }
                }
            });
        }
        return name;
    }

    public byte[] read(String storageName) {
        try {
            return Files.readAllBytes(file(storageName));
        } catch (IOException failed) {
            throw new UncheckedIOException("A stored document cannot be read", failed);
        }
    }

    /**
     * Deletes these stored files once the transaction commits (a rolled-back deletion keeps them); at once when there
     * is no transaction.
     */
    public void deleteAfterCommit(List<String> storageNames) {
        List<String> names = List.copyOf(storageNames);
        names.forEach(this::file); // a name this class never gave out is refused before anything is deleted
        if (transactions == null || transactions.getTransactionKey() == null) {
            names.forEach(this::delete);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // the outcome is not known yet
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    names.forEach(DocumentStorage.this::delete);
                }
            }
        });
    }

    void delete(String storageName) {
        try {
            Files.deleteIfExists(file(storageName));
        } catch (IOException failed) {
            LOG.warning(() -> "A stored document could not be deleted: " + failed.getClass().getName());
        }
    }

    /** The file of a stored name; only names this class gave out are accepted, so no path can leave the directory. */
    private Path file(String storageName) {
        if (storageName == null || !STORAGE_NAME.matcher(storageName).matches()) {
            throw new IllegalArgumentException("Not a storage name");
        }
        return directory().resolve(storageName);
    }
}
