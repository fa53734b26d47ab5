package se.stockholm.vfu.request;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.importing.ImportPreview;
import se.stockholm.vfu.request.importing.ImportReferences;
import se.stockholm.vfu.request.importing.ImportRow;
import se.stockholm.vfu.request.importing.RequestImportValidator;
import se.stockholm.vfu.request.importing.SheetReader;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.TermService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * A university's student requests from a CSV or Excel file ({@code docs/import-format.md}): a preview of every row's
 * errors, then the valid rows saved, by the same rules as one request sent on the form ({@link RequestData}), and only
 * until the term's request deadline. A university imports its own students only.
 */
@Stateless
@RolesAllowed(Role.UNIVERSITY_NAME)
public class RequestImport {

    private static final Logger LOG = Logger.getLogger(RequestImport.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Inject
    private TermService terms;

    /**
     * What importing the file would do, saving nothing: every error by row, column and message, and which valid
     * rows create a request and which update one (same student id, term and university). A row of a student whose
     * request is withdrawn, or placed (a district confirmed its placement, {@link ShownStatus}), is an error: a file
     * sent again for the term's late changes must not move the preferences, or the e-mail, of a student already
     * placed behind the district's back.
     */
    public ImportPreview preview(long termId, String fileName, byte[] content) {
        Caller caller = currentUser.get();
        caller.requireUniversity(caller.universityId());
        requireOpen(terms.byId(termId), SheetReader.FIELD);
        ImportPreview preview = new RequestImportValidator(references()).validate(SheetReader.read(fileName, content));
        Set<String> refs = preview.validRows().stream().map(r -> r.data().studentRef()).collect(Collectors.toSet());
        Map<String, RequestStatus> existing = existing(termId, caller.universityId(), refs);
        Set<String> withdrawn = new HashSet<>();
        Set<String> placed = new HashSet<>();
        existing.forEach((ref, status) -> {
            if (status == RequestStatus.WITHDRAWN) {
                withdrawn.add(ref);
            } else if (status == RequestStatus.PLACED) {
                placed.add(ref);
            }
        });
        return preview.refuse(withdrawn, "request.import.notEditable").refuse(placed, "request.import.placed")
                .markExisting(existing.keySet());
    }

    /**
     * Imports the valid rows of the file (checked again, never trusted from an earlier preview): creates new
     * students' requests and updates those the university already sent for the term. Rows with errors are left out.
     */
    public ImportResult importFile(long termId, String fileName, byte[] content) {
        ImportPreview preview = preview(termId, fileName, content);
        Caller caller = currentUser.get();
        Term term = terms.byId(termId);
        University university = em.find(University.class, caller.universityId());
        Map<Long, AreaOfWork> areas = em.createQuery("SELECT a FROM AreaOfWork a", AreaOfWork.class)
                .getResultStream().collect(Collectors.toMap(AreaOfWork::getId, Function.identity()));
        Map<Long, District> districts = em.createQuery("SELECT d FROM District d", District.class)
                .getResultStream().collect(Collectors.toMap(District::getId, Function.identity()));
        Map<String, StudentRequest> existing = new HashMap<>();
        em.createQuery("""
                        SELECT DISTINCT r FROM StudentRequest r LEFT JOIN FETCH r.exclusions
                        WHERE r.term.id = :term AND r.university.id = :university AND r.status = :sent""",
                        StudentRequest.class)
                .setParameter("term", termId).setParameter("university", caller.universityId())
                .setParameter("sent", RequestStatus.SENT)
                .getResultStream().forEach(r -> existing.put(r.getStudentRef().toLowerCase(Locale.ROOT), r));
        Instant now = clock.instant();
        long created = 0;
        long updated = 0;
        for (ImportRow row : preview.validRows()) {
            RequestData data = row.data();
            List<AreaOfWork> rowAreas = data.areaIds().stream().map(areas::get).toList();
            List<District> rowDistricts = data.districtIds().stream().map(districts::get).toList();
            Set<District> rowExclusions = data.exclusionIds().stream().map(districts::get).collect(Collectors.toSet());
            StudentRequest request = existing.get(data.studentRef().toLowerCase(Locale.ROOT));
            if (request == null) {
                request = StudentRequest.of(term, university, data, rowAreas, rowDistricts, rowExclusions);
                em.persist(request);
                created++;
            } else {
                request.change(data, rowAreas, rowDistricts, rowExclusions);
                updated++;
            }
            request.recordChange(caller.username(), now, false);
        }
        // the file is checked again here: a row valid in the preview may have gone bad since (a request placed meanwhile)
        ImportResult result = new ImportResult(created, updated, preview.invalidRowCount(), preview.errors());
        // counts only: the result's errors carry student ids and cells as typed (personal data stays out of logs)
        LOG.info(() -> "Import by " + caller.username() + " for " + university.getCode() + " in " + term.getCode()
                + ": " + result.created() + " created, " + result.updated() + " updated, " + result.skippedRows()
                + " rows skipped");
        return result;
    }

    /** The students' requests for the term (ids in lower case) with their status as shown: sent, placed or withdrawn. */
    private Map<String, RequestStatus> existing(long termId, long universityId, Set<String> refs) {
        Map<String, RequestStatus> found = new HashMap<>();
        if (refs.isEmpty()) {
            return found;
        }
        Set<String> lower = refs.stream().map(r -> r.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        em.createQuery("SELECT r.studentRef, " + ShownStatus.of("r") + " FROM StudentRequest r"
                        + " WHERE r.term.id = :term AND r.university.id = :university", Tuple.class)
                .setParameter("term", termId).setParameter("university", universityId)
                .getResultStream()
                .filter(row -> lower.contains(row.get(0, String.class).toLowerCase(Locale.ROOT)))
                .forEach(row -> found.put(row.get(0, String.class).toLowerCase(Locale.ROOT),
                        row.get(1, RequestStatus.class)));
        return found;
    }

    private ImportReferences references() {
        ImportReferences references = new ImportReferences();
        em.createQuery("SELECT a FROM AreaOfWork a WHERE a.active = TRUE", AreaOfWork.class).getResultStream()
                .forEach(a -> references.area(a.getId(), a.getCode(), a.getNameSv(), a.getNameEn()));
        em.createQuery("SELECT d FROM District d WHERE d.active = TRUE", District.class).getResultStream()
                .forEach(d -> references.district(d.getId(), d.getCode(), d.getName()));
        return references;
    }

    /** Whether the term still takes an import today: the rule {@link #preview} refuses by, for the page to ask. */
    public boolean isOpen(long termId) {
        return terms.byId(termId).isRequestingOpen(today());
    }

    private void requireOpen(Term term, String field) {
        if (!term.isRequestingOpen(today())) {
            throw new RequestDeadlinePassedException(field, term.getRequestDeadline());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
