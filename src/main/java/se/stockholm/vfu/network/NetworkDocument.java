package se.stockholm.vfu.network;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import se.stockholm.vfu.common.BaseEntity;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A routine or other document of the network, with its versions (the newest is the one shown) and the districts
 * and universities it is shared with. The central contact sees every document; the others only those shared with
 * their district or university.
 */
@Audited
@Entity
@Table(name = "network_document")
public class NetworkDocument extends BaseEntity {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60, updatable = false)
    private String createdBy;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<DocumentShare> shares = new ArrayList<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL)
    @OrderBy("number DESC")
    private List<DocumentVersion> versions = new ArrayList<>();

    protected NetworkDocument() {
    }

    public NetworkDocument(String title, String description, String by, Instant now) {
        describe(title, description);
        this.createdBy = Objects.requireNonNull(by);
        this.createdAt = Objects.requireNonNull(now);
    }

    public final void describe(String title, String description) {
        this.title = Objects.requireNonNull(title);
        this.description = description;
    }

    /** Shares the document with exactly these districts and universities. */
    public void shareWith(Collection<District> districts, Collection<University> universities) {
        shares.clear();
        districts.forEach(d -> shares.add(new DocumentShare(this, d, null)));
        universities.forEach(u -> shares.add(new DocumentShare(this, null, u)));
    }

    public boolean isSharedWith(Long districtId, Long universityId) {
        return shares.stream().anyMatch(s -> districtId != null && s.getDistrict() != null
                && s.getDistrict().getId().equals(districtId)
                || universityId != null && s.getUniversity() != null && s.getUniversity().getId().equals(universityId));
    }

    /** A new newest version; its file is already stored under {@code storageName}. */
    public DocumentVersion addVersion(String fileName, DocumentType type, long size, String storageName, String sha256,
                                      String by, Instant now) {
        int number = versions.stream().mapToInt(DocumentVersion::getNumber).max().orElse(0) + 1;
        DocumentVersion version = new DocumentVersion(this, number, fileName, type, size, storageName, sha256, by, now);
        versions.add(0, version);
        return version;
    }

    public DocumentVersion newest() {
        return versions.isEmpty() ? null : versions.get(0);
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<DocumentShare> getShares() {
        return shares;
    }

    public List<DocumentVersion> getVersions() {
        return versions;
    }
}
