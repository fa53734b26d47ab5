package se.stockholm.vfu.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.stockholm.vfu.common.BaseEntity;

import java.time.Instant;
import java.util.Objects;

/**
 * One uploaded file of a document. The bytes are on disk under {@code storageName}, a random name in the document
 * directory ({@link DocumentStorage}); the name the user gave the file is kept only for the download's
 * Content-Disposition.
 */
@Audited
@Entity
@Table(name = "network_document_version")
public class DocumentVersion extends BaseEntity {

    public static final int FILE_NAME_MAX = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private NetworkDocument document;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "storage_name", nullable = false, length = 64, updatable = false)
    private String storageName;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 60, updatable = false)
    private String uploadedBy;

    protected DocumentVersion() {
    }

    DocumentVersion(NetworkDocument document, int number, String fileName, DocumentType type, long sizeBytes,
                    String storageName, String sha256, String by, Instant at) {
        this.document = Objects.requireNonNull(document);
        this.number = number;
        this.fileName = Objects.requireNonNull(fileName);
        this.contentType = type.contentType();
        this.sizeBytes = sizeBytes;
        this.storageName = Objects.requireNonNull(storageName);
        this.sha256 = Objects.requireNonNull(sha256);
        this.uploadedBy = Objects.requireNonNull(by);
        this.uploadedAt = Objects.requireNonNull(at);
    }

    public NetworkDocument getDocument() {
        return document;
    }

    public int getNumber() {
        return number;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getStorageName() {
        return storageName;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
