package se.stockholm.vfu.request;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.QueryCache;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.importing.ImportError;
import se.stockholm.vfu.request.importing.ImportPreview;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Student requests through the real service as real users: create, change and withdraw; the request deadline;
 * the import (preview saves nothing, valid rows only, a second import updates); extra support kept from others.
 * Each test uses student ids of its own, so the tests run in any order and again on the same database.
 */
@ExtendWith(ArquillianExtension.class)
class RequestServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    RequestService requestService;

    @Inject
    RequestChanges requestChanges;

    @Inject
    RequestImport requestImport;

    @Inject
    RunAs runAs;

    @Inject
    Fixtures fixtures;

    @Inject
    QueryCache queryCache;

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static RequestForm form(String ref) {
        RequestForm form = new RequestForm();
        form.setStudentRef(ref);
        form.setStudentName("IT Alva " + ref);
        form.setStudentEmail(ref + "@student.example");
        form.setNoPreference(true);
        form.setLanguages("sv, en");
        return form;
    }

    long openTerm() {
        return fixtures.termId(Fixtures.REQUEST_TERM);
    }

    /** The request form offers a new request only to whom its save takes it from: a coordinator, before the deadline. */
    @Test
    void aNewRequestOnTheFormIsOfferedToACoordinatorOnlyBeforeTheDeadline() throws Exception {
        assertThat(runAs.user(Fixtures.SU, () -> requestService.mayCreate(openTerm()))).isTrue();
        assertThat(runAs.user(Fixtures.CENTRAL, () -> requestService.mayCreate(openTerm())))
                .as("the form's save is a coordinator's: the central contact was offered a form it refused").isFalse();
        assertThat(runAs.user(Fixtures.SU, () -> requestService.mayCreate(fixtures.termId(Fixtures.PAST_TERM))))
                .as("after the deadline").isFalse();
    }

    @Test
    void aCoordinatorCreatesChangesAndWithdrawsOwnStudentsRequest() throws Exception {
        String ref = unique("it-crud");
        RequestForm form = form(ref);
        form.setNoPreference(false);
        form.setAreaPreferences(new Long[] {areaId("BOU"), null, null});
        form.setDistrictPreferences(new Long[] {fixtures.districtId("SO"), fixtures.districtId("RK"), null});
        form.setExclusions(new Long[] {fixtures.districtId("FA")});
        form.setExtraSupport(true);
        form.setExtraSupportNote("Behöver anpassad schemaläggning");
        long id = runAs.user(Fixtures.SU, () -> requestChanges.create(openTerm(), form));

        RequestDetails created = runAs.user(Fixtures.SU, () -> requestService.get(openTerm(), id));
        assertThat(created.universityCode()).isEqualTo("SU");
        assertThat(created.districtPreferences()).containsExactly(fixtures.districtId("SO"), fixtures.districtId("RK"));
        assertThat(created.exclusions()).containsExactly(fixtures.districtId("FA"));
        assertThat(created.languages()).containsExactly("sv", "en");
        assertThat(created.extraSupportNote()).isEqualTo("Behöver anpassad schemaläggning");
        assertThat(created.changedBy()).isEqualTo(Fixtures.SU);

        RequestForm change = RequestForm.of(created);
        change.setStudentName("IT Alva Ändrad");
        change.setHomeUniversity("Umeå universitet");
        RequestDetails changed = runAs.user(Fixtures.SU, () -> requestChanges.update(openTerm(), id, change));
        assertThat(changed.studentName()).isEqualTo("IT Alva Ändrad");
        assertThat(changed.homeUniversity()).isEqualTo("Umeå universitet");
        assertThat(changed.version()).isGreaterThan(created.version());
        assertThat(changed.lateChangeAt()).isNull();

        assertThatThrownBy(() -> runAs.user(Fixtures.SU, () -> requestChanges.withdraw(openTerm(), id, changed.version(), " ")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("withdrawalReason"));
        RequestDetails withdrawn = runAs.user(Fixtures.SU, () -> requestChanges.withdraw(openTerm(), id, changed.version(),
                "Studenten har gjort uppehåll"));
        assertThat(withdrawn.status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(withdrawn.withdrawalReason()).isEqualTo("Studenten har gjort uppehåll");
        assertThatThrownBy(() -> runAs.user(Fixtures.SU, () -> requestChanges.update(openTerm(), id, change)))
                .hasMessage("request.error.notEditable");
    }

    /** A page or URL works in one term: a request of another term is not found there, and nothing about it changes. */
    @Test
    void aRequestOfAnotherTermIsNotFound() throws Exception {
        long other = fixtures.termId(Fixtures.PAST_TERM);
        long id = runAs.user(Fixtures.SU, () -> requestChanges.create(openTerm(), form(unique("it-term"))));
        RequestDetails request = runAs.user(Fixtures.SU, () -> requestService.get(openTerm(), id));
        RequestForm change = RequestForm.of(request);
        change.setNotes("Fel termin");

        for (String user : List.of(Fixtures.SU, Fixtures.CENTRAL)) {
            assertThatThrownBy(() -> runAs.user(user, () -> requestService.get(other, id)))
                    .as(user).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> runAs.user(user, () -> requestChanges.update(other, id, change)))
                    .as(user).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> runAs.user(user, () -> requestChanges.withdraw(other, id, request.version(), "Fel")))
                    .as(user).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> runAs.user(Fixtures.SH, () -> requestService.get(other, id)))
                .as("another university is refused first, as always").isInstanceOf(AccessDeniedException.class);
        assertThat(runAs.user(Fixtures.SU, () -> requestService.get(openTerm(), id)).version())
                .isEqualTo(request.version());
    }

    @Test
    void invalidInputIsRefusedBesideItsFieldAndADuplicateStudentToo() {
        RequestForm bad = form(unique("it-bad"));
        bad.setStudentEmail("not-an-email");
        assertThatThrownBy(() -> runAs.user(Fixtures.SU, () -> requestChanges.create(openTerm(), bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getField()).isEqualTo("studentEmail");
                    assertThat(e.getMessageKey()).isEqualTo("request.error.email");
                });
        assertThatThrownBy(() -> runAs.user(Fixtures.SU, () -> requestChanges.create(openTerm(), form("it-su-r1"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("request.error.duplicate"));
    }

    @Test
    void afterTheDeadlineOnlyTheCentralContactChangesAndTheChangeIsRecorded() throws Exception {
        long past = fixtures.termId(Fixtures.PAST_TERM);
        long id = idOf(Fixtures.CENTRAL, past, "it-su-past");
        RequestDetails before = runAs.user(Fixtures.SU, () -> requestService.get(past, id));

        assertThatThrownBy(() -> runAs.user(Fixtures.SU, () -> requestChanges.update(past, id, RequestForm.of(before))))
                .hasMessage("request.error.deadlinePassed");
        assertThatThrownBy(() -> runAs.user(Fixtures.SU, () -> requestChanges.withdraw(past, id, before.version(), "sent")))
                .hasMessage("request.error.deadlinePassed");
        assertThatThrownBy(() -> runAs.user(Fixtures.SU, () -> requestChanges.create(past, form(unique("it-late")))))
                .hasMessage("request.error.deadlinePassed");
        assertThat(runAs.user(Fixtures.SU, () -> requestService.get(past, id)).version()).isEqualTo(before.version());

        RequestForm change = RequestForm.of(before);
        change.setNotes("Ändrad av central " + UUID.randomUUID());
        RequestDetails changed = runAs.user(Fixtures.CENTRAL, () -> requestChanges.update(past, id, change));
        assertThat(changed.lateChangeBy()).isEqualTo(Fixtures.CENTRAL);
        assertThat(changed.lateChangeAt()).isNotNull();
        Page<RequestRow> rows = runAs.user(Fixtures.CENTRAL, () -> requestService.find(past,
                new PageRequest(0, 10, null, true, Map.of("text", "it-su-past"))));
        assertThat(rows.rows()).singleElement().satisfies(r -> assertThat(r.changedAfterDeadline()).isTrue());
    }

    @Test
    void aPreviewWithErrorsSavesNothingAndListsEveryError() throws Exception {
        String good = unique("it-prev");
        byte[] file = csv(good + ";Alva;Andersson;alva@student.se;BOU;;ja;\n"
                + ";Elias;Berg;elias@student.se;XYZ;;nej;\n");
        long before = count(Fixtures.SU);

        ImportPreview preview = runAs.user(Fixtures.SU, () -> requestImport.preview(openTerm(), "requests.csv", file));

        assertThat(preview.validRows()).hasSize(0);
        assertThat(preview.errors()).extracting(ImportError::row, ImportError::column, ImportError::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(2, "Extra stöd kommentar", "request.error.extraSupportNote"),
                        org.assertj.core.groups.Tuple.tuple(3, "Student-id", "request.error.required"),
                        org.assertj.core.groups.Tuple.tuple(3, "Verksamhetsområde 1", "request.import.unknownArea"));
        assertThat(count(Fixtures.SU)).isEqualTo(before);
    }

    @Test
    void importingSavesTheValidRowsOnlyAndAgainUpdatesWithoutDuplicates() throws Exception {
        String first = unique("it-imp");
        String second = unique("it-imp");
        byte[] file = csv(first + ";Alva;Andersson;alva@student.se;BOU;Södermalm;nej;\n"
                + second + ";Elias;Berg;elias@student.se;;;;\n"
                + "it-bad-row;Maja;Lind;not-an-email;;;;\n");
        long before = count(Fixtures.SU);

        ImportResult result = runAs.user(Fixtures.SU, () -> requestImport.importFile(openTerm(), "requests.csv", file));
        assertThat(result).extracting(ImportResult::created, ImportResult::updated, ImportResult::skippedRows)
                .containsExactly(2L, 0L, 1L);
        assertThat(result.errors()).extracting(ImportError::row, ImportError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "request.error.email"));
        assertThat(count(Fixtures.SU)).isEqualTo(before + 2);

        byte[] changed = csv(first + ";Alva;Andersson-Ek;alva@student.se;EKB;Södermalm;nej;\n"
                + second + ";Elias;Berg;elias@student.se;;;;\n");
        ImportPreview preview = runAs.user(Fixtures.SU, () -> requestImport.preview(openTerm(), "again.csv", changed));
        assertThat(preview.updates()).isEqualTo(2);
        assertThat(preview.creates()).isZero();
        ImportResult again = runAs.user(Fixtures.SU, () -> requestImport.importFile(openTerm(), "again.csv", changed));
        assertThat(again).isEqualTo(new ImportResult(0, 2, 0, List.of()));
        assertThat(count(Fixtures.SU)).isEqualTo(before + 2);
        long id = idOf(Fixtures.SU, openTerm(), first);
        RequestDetails updated = runAs.user(Fixtures.SU, () -> requestService.get(openTerm(), id));
        assertThat(updated.studentName()).isEqualTo("Alva Andersson-Ek");
        assertThat(updated.areaPreferences()).containsExactly(areaId("EKB"));
    }

    /**
     * A request whose placement a district confirmed is not changed by an import (docs/import-format.md): a one-row
     * file with new areas, districts and e-mail previewed "1 uppdateras" and overwrote it.
     */
    @Test
    void aPlacedRequestIsAnErrorOfTheImportAndStaysAsItWas() throws Exception {
        String placed = unique("it-placed");
        String other = unique("it-placed");
        fixtures.placedRequest("SU", placed);
        long id = idOf(Fixtures.SU, openTerm(), placed);
        RequestDetails before = runAs.user(Fixtures.SU, () -> requestService.get(openTerm(), id));
        assertThat(before.status()).isEqualTo(RequestStatus.PLACED);
        byte[] file = csv(placed + ";Adam;Berg;adam.ny@student.se;EKB;Rinkeby-Kista;nej;\n"
                + other + ";Elias;Berg;elias@student.se;;;;\n");

        ImportPreview preview = runAs.user(Fixtures.SU, () -> requestImport.preview(openTerm(), "placed.csv", file));
        assertThat(preview.updates()).isZero();
        assertThat(preview.creates()).isEqualTo(1);
        assertThat(preview.errors()).extracting(ImportError::row, ImportError::column, ImportError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Student-id", "request.import.placed"));

        ImportResult result = runAs.user(Fixtures.SU, () -> requestImport.importFile(openTerm(), "placed.csv", file));
        assertThat(result).extracting(ImportResult::created, ImportResult::updated, ImportResult::skippedRows)
                .containsExactly(1L, 0L, 1L);
        assertThat(result.errors()).extracting(ImportError::row, ImportError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "request.import.placed"));
        RequestDetails after = runAs.user(Fixtures.SU, () -> requestService.get(openTerm(), id));
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.studentEmail()).isEqualTo(placed + "@it.example");
        assertThat(after.areaPreferences()).containsExactly(areaId("BOU"));
    }

    @Test
    void districtContactsHaveNoAccessToRequestsOrTheirExtraSupport() throws Exception {
        long id = idOf(Fixtures.SH, openTerm(), "it-sh-r1");
        assertThat(runAs.user(Fixtures.SH, () -> requestService.get(openTerm(), id)).extraSupportNote())
                .isEqualTo(Fixtures.SH_SUPPORT_NOTE);
        assertThat(runAs.user(Fixtures.CENTRAL, () -> requestService.get(openTerm(), id)).extraSupportNote())
                .isEqualTo(Fixtures.SH_SUPPORT_NOTE);

        assertThatThrownBy(() -> runAs.user(Fixtures.SODERMALM, () -> requestService.get(openTerm(), id)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.SODERMALM, () -> requestService.find(openTerm(), PageRequest.of(0, 10))))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theCentralContactSeesAllUniversitiesFiltersByOneAndWhoHasSentNone() throws Exception {
        long sh = fixtures.universityId("SH");
        Page<RequestRow> all = runAs.user(Fixtures.CENTRAL, () -> requestService.find(openTerm(), PageRequest.of(0, 500)));
        assertThat(all.rows()).extracting(RequestRow::universityCode).contains("SU", "SH");
        Page<RequestRow> onlySh = runAs.user(Fixtures.CENTRAL, () -> requestService.find(openTerm(),
                new PageRequest(0, 500, "studentRef", false, Map.of("university", Long.toString(sh)))));
        assertThat(onlySh.rows()).isNotEmpty().allMatch(r -> r.universityCode().equals("SH"));
        assertThat(onlySh.total()).isEqualTo(onlySh.rows().size());

        assertThat(runAs.user(Fixtures.CENTRAL, () -> requestService.universitiesWithoutRequests(openTerm())))
                .extracting(University::getCode).contains("ESBH").doesNotContain("SU", "SH");
        assertThatThrownBy(() -> runAs.user(Fixtures.SU, () -> requestService.universitiesWithoutRequests(openTerm())))
                .isInstanceOf(EJBAccessException.class);
    }

    /**
     * The list comes from Hibernate's query cache when nothing changed (persistence.xml), and the next list after a
     * change shows it: a placement confirmed (placed) and started (no longer withdrawable), a request changed.
     */
    @Test
    void theListAskedAgainComesFromTheQueryCacheAndShowsEveryChangeAtOnce() throws Exception {
        String ref = unique("it-qc");
        fixtures.placedRequest("SU", ref);
        RequestRow placed = onlyRow(ref);
        assertThat(placed.status()).isEqualTo(RequestStatus.PLACED);
        assertThat(placed.mayWithdraw()).isTrue();
        QueryCache.Counted<RequestRow> again = queryCache.hitsDuring(() -> onlyRow(ref));
        assertThat(again.result()).isEqualTo(placed);
        assertThat(again.hits()).as("the page (with whether its placements began) and its count from the query cache")
                .isGreaterThanOrEqualTo(2);

        fixtures.startPlacementOf(ref);
        assertThat(onlyRow(ref).mayWithdraw()).as("a started placement's request is not withdrawn any more").isFalse();

        RequestDetails details = runAs.user(Fixtures.SU, () -> requestService.get(openTerm(), placed.id()));
        RequestForm change = RequestForm.of(details);
        change.setStudentName("IT Alva Cachad " + ref);
        runAs.userCommitting(Fixtures.SU, () -> requestChanges.update(openTerm(), placed.id(), change));
        assertThat(onlyRow(ref).studentName()).isEqualTo("IT Alva Cachad " + ref);
    }

    /** The coordinator's list, searched for the one student. */
    private RequestRow onlyRow(String ref) throws Exception {
        Page<RequestRow> found = runAs.user(Fixtures.SU, () -> requestService.find(openTerm(),
                new PageRequest(0, 20, null, true, Map.of("text", ref))));
        assertThat(found.total()).isEqualTo(1);
        return found.rows().get(0);
    }

    private long count(String user) throws Exception {
        return runAs.user(user, () -> requestService.find(openTerm(), PageRequest.of(0, 1)).total());
    }

    private long idOf(String user, long termId, String ref) throws Exception {
        return runAs.user(user, () -> requestService.find(termId,
                        new PageRequest(0, 10, null, true, Map.of("text", ref))).rows().stream()
                .filter(r -> r.studentRef().equals(ref)).findFirst().orElseThrow().id());
    }

    private long areaId(String code) throws Exception {
        return runAs.user(Fixtures.CENTRAL, () -> fixtures.areaId(code));
    }

    /** A file with the columns the tests use, in an order of their own (headers are matched by name). */
    private static byte[] csv(String rows) {
        return ("Student-id;Förnamn;Efternamn;E-post;Verksamhetsområde 1;Stadsdel 1;Extra stöd;Extra stöd kommentar\n"
                + rows).getBytes(StandardCharsets.UTF_8);
    }
}
