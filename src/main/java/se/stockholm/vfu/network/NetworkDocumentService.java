package se.stockholm.vfu.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.common.SwedishOrder;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The network's shared documents. The central contact uploads them (a new version of an existing document keeps
 * the older ones downloadable) and says who they are shared with; a district contact or a university coordinator
 * sees and downloads only what is shared with their district or university (another's is "not found").
 * <p>
 * An upload is checked before its bytes are read: the file name (no path), the declared size and the extension;
 * then at most {@link DocumentRules#MAX_BYTES} + 1 bytes are read and their first bytes must match the extension.
 * Only a file that passes is written, under a random name, in the document directory ({@link DocumentStorage}).
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.DISTRICT_NAME, Role.UNIVERSITY_NAME})
public class NetworkDocumentService {

    private static final Logger LOG = Logger.getLogger(NetworkDocumentService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private DocumentStorage storage;

    @Inject
    private Clock clock;

    /** The documents the caller may see, by title; filter {@code text} on the title. */
    public Page<DocumentRow> find(@NotNull PageRequest page) {
        Caller caller = currentUser.get();
        String where = " WHERE (:all = TRUE OR EXISTS (SELECT s FROM DocumentShare s WHERE s.document = d"
                + " AND (s.district.id = :district OR s.university.id = :university)))"
                + page.containsCondition("text", "d.title");
        TypedQuery<NetworkDocument> rows = em.createQuery("SELECT d FROM NetworkDocument d" + where
                + page.orderBy(Map.of("title", "d.title"), "d.title", "d.id"), NetworkDocument.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(d) FROM NetworkDocument d" + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            page.bindContains(query, "text");
            query.setParameter("all", caller.isCityWide());
            query.setParameter("district", caller.role() == Role.DISTRICT ? caller.districtId() : -1L);
            query.setParameter("university", caller.role() == Role.UNIVERSITY ? caller.universityId() : -1L);
        }
        List<DocumentRow> found = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList().stream()
                .map(d -> row(d, caller)).toList();
        return new Page<>(found, count.getSingleResult());
    }

    public DocumentRow get(long id) {
        Caller caller = currentUser.get();
        return row(readable(id, caller), caller);
    }

    /**
     * A new document with its first version. {@code declaredSize} is what the request said (multipart part size or
     * Content-Length); -1 when unknown, and then the bytes read are counted.
     */
    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public long create(@NotNull @Valid DocumentForm form, String fileName, long declaredSize, InputStream content) {
        Caller caller = currentUser.get();
        Checked file = check(fileName, declaredSize, content);
        NetworkDocument document = new NetworkDocument(form.getTitle().trim(), blankToNull(form.getDescription()),
                caller.username(), clock.instant());
        share(document, form);
        em.persist(document);
        addVersion(document, file, caller);
        em.flush();
        return document.getId();
    }

    /** A newer version of a document; the older ones stay downloadable. */
    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public int upload(long id, String fileName, long declaredSize, InputStream content) {
        NetworkDocument document = find(id);
        Checked file = check(fileName, declaredSize, content);
        DocumentVersion version = addVersion(document, file, currentUser.get());
        em.flush();
        return version.getNumber();
    }

    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public DocumentRow update(long id, @NotNull @Valid DocumentForm form) {
        NetworkDocument document = find(id);
        document.requireVersion(form.getVersion());
        document.describe(form.getTitle().trim(), blankToNull(form.getDescription()));
        share(document, form);
        em.flush(); // the row carries the version the document has once this commits
        return get(id);
    }

    /**
     * Deletes a document with all its versions and shares (central contact only); an event that has it as minutes
     * is left without minutes. Its files are removed from the document directory once the deletion commits. The
     * change history keeps its last values (title, file names, who uploaded), not the files.
     */
    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public void delete(long id) {
        Caller caller = currentUser.get();
        caller.requireCityWide();
        NetworkDocument document = find(id);
        Instant now = clock.instant();
        em.createQuery("SELECT e FROM NetworkEvent e WHERE e.minutes = :document", NetworkEvent.class)
                .setParameter("document", document).getResultList()
                .forEach(e -> e.attachMinutes(null, caller.username(), now));
        List<String> files = document.getVersions().stream().map(DocumentVersion::getStorageName).toList();
        em.remove(document);
        em.flush();
        storage.deleteAfterCommit(files);
        LOG.info(() -> "Network document " + id + " deleted with " + files.size() + " version(s)");
    }

    /** A version's file ({@code number} 0 or less: the newest), for a reader the document is shared with. */
    public DocumentFile download(long id, int number) {
        NetworkDocument document = readable(id, currentUser.get());
        DocumentVersion version = number <= 0 ? document.newest() : document.getVersions().stream()
                .filter(v -> v.getNumber() == number).findFirst().orElse(null);
        if (version == null) {
            throw new NotFoundException();
        }
        return new DocumentFile(version.getFileName(), version.getContentType(), storage.read(version.getStorageName()));
    }

    /** All documents, for choosing minutes (central contact only). */
    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public List<DocumentRow> all() {
        Caller caller = currentUser.get();
        return em.createQuery("SELECT d FROM NetworkDocument d ORDER BY d.title, d.id", NetworkDocument.class)
                .getResultList().stream().map(d -> row(d, caller)).toList();
    }

    private record Checked(String fileName, DocumentType type, byte[] content) {
    }

    private Checked check(String fileName, long declaredSize, InputStream in) {
        String name = DocumentRules.fileName(fileName);
        if (declaredSize >= 0) {
            DocumentRules.size(declaredSize);
        }
        DocumentRules.declaredType(name);
        if (in == null) {
            throw new InvalidInputException(DocumentRules.FIELD, "network.document.error.fileRequired");
        }
        byte[] content;
        try (InputStream bounded = in) {
            content = bounded.readNBytes((int) DocumentRules.MAX_BYTES + 1);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return new Checked(name, DocumentRules.check(name, content), content);
    }

    private DocumentVersion addVersion(NetworkDocument document, Checked file, Caller caller) {
        String storageName = storage.store(file.content());
        DocumentVersion version = document.addVersion(file.fileName(), file.type(), file.content().length, storageName,
                sha256(file.content()), caller.username(), clock.instant());
        em.persist(version);
        LOG.info(() -> "Network document " + document.getId() + " version " + version.getNumber() + " stored ("
                + file.type() + ", " + file.content().length + " bytes)");
        return version;
    }

    private void share(NetworkDocument document, DocumentForm form) {
        List<District> districts = form.isAllDistricts()
                ? em.createQuery("SELECT d FROM District d WHERE d.active = TRUE", District.class).getResultList()
                : byIds(District.class, form.getDistrictIds());
        List<University> universities = form.isAllUniversities()
                ? em.createQuery("SELECT u FROM University u WHERE u.active = TRUE", University.class).getResultList()
                : byIds(University.class, form.getUniversityIds());
        document.shareWith(districts, universities);
    }

    private <T> List<T> byIds(Class<T> type, List<Long> ids) {
        List<T> found = new ArrayList<>();
        for (Long id : ids == null ? List.<Long>of() : ids) {
            T entity = id == null ? null : em.find(type, id);
            if (entity == null) {
                throw new InvalidInputException("sharedWith", "network.error.noSuchInvitee");
            }
            found.add(entity);
        }
        return found;
    }

    private NetworkDocument readable(long id, Caller caller) {
        NetworkDocument document = find(id);
        boolean may = caller.isCityWide()
                || caller.role() == Role.DISTRICT && document.isSharedWith(caller.districtId(), null)
                || caller.role() == Role.UNIVERSITY && document.isSharedWith(null, caller.universityId());
        if (!may) {
            throw new NotFoundException();
        }
        return document;
    }

    private NetworkDocument find(long id) {
        NetworkDocument document = em.find(NetworkDocument.class, id);
        if (document == null) {
            throw new NotFoundException();
        }
        return document;
    }

    private static DocumentRow row(NetworkDocument d, Caller caller) {
        List<String> shared = caller.isCityWide() ? d.getShares().stream()
                .map(s -> s.getDistrict() != null ? s.getDistrict().getName() : s.getUniversity().getCode())
                .sorted(SwedishOrder.names()).toList() : List.of();
        List<Long> districtIds = caller.isCityWide() ? d.getShares().stream().filter(s -> s.getDistrict() != null)
                .map(s -> s.getDistrict().getId()).toList() : List.of();
        List<Long> universityIds = caller.isCityWide() ? d.getShares().stream().filter(s -> s.getUniversity() != null)
                .map(s -> s.getUniversity().getId()).toList() : List.of();
        List<DocumentRow.VersionRow> versions = d.getVersions().stream().map(v -> new DocumentRow.VersionRow(
                v.getNumber(), v.getFileName(), v.getContentType(), v.getSizeBytes(), v.getUploadedAt(),
                v.getUploadedBy())).toList();
        return new DocumentRow(d.getId(), d.getTitle(), d.getDescription(), shared, districtIds, universityIds, versions,
                d.getVersion());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
