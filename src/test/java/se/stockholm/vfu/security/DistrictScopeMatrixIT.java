package se.stockholm.vfu.security;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.DistrictFixtures;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.inquiry.InquiryForm;
import se.stockholm.vfu.inquiry.InquiryRow;
import se.stockholm.vfu.inquiry.InquiryService;
import se.stockholm.vfu.place.PlaceForm;
import se.stockholm.vfu.place.PlaceRow;
import se.stockholm.vfu.place.PlaceService;
import se.stockholm.vfu.place.Withdrawal;
import se.stockholm.vfu.scope.ScopeMatrix;
import se.stockholm.vfu.supervisor.SupervisorForm;
import se.stockholm.vfu.supervisor.SupervisorRow;
import se.stockholm.vfu.supervisor.SupervisorService;
import se.stockholm.vfu.supervisor.TrainingForm;
import se.stockholm.vfu.supervisor.TrainingStatus;
import se.stockholm.vfu.training.CourseForm;
import se.stockholm.vfu.training.TrainingReportForm;
import se.stockholm.vfu.training.TrainingReportService;
import se.stockholm.vfu.unit.UnitForm;
import se.stockholm.vfu.unit.UnitRow;
import se.stockholm.vfu.unit.UnitService;
import se.stockholm.vfu.web.PagedTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The scope matrix of the district's and the universities' records through the services and the pages' table row
 * keys: a district contact of Södermalm, and a coordinator of Stockholms universitet, try to read, change,
 * deactivate, reactivate, withdraw or decline Rinkeby-Kista's unit, supervisor and place offer, an inquiry that
 * Rinkeby-Kista forwarded to Södertörn, and Södertörn's supervisor-training report. Every case is refused and the
 * record is the same afterwards, as the central contact reads it. The cases are generated
 * (caller × entity × operation × channel); the REST channel is {@link DistrictScopeMatrixApiIT}, the export channel
 * {@link ExportScopeMatrixIT}.
 */
@ExtendWith(ArquillianExtension.class)
class DistrictScopeMatrixIT {

    private static final List<String> CALLERS = List.of(Fixtures.SODERMALM, Fixtures.SU);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    UnitService unitService;

    @Inject
    SupervisorService supervisorService;

    @Inject
    PlaceService placeService;

    @Inject
    InquiryService inquiryService;

    @Inject
    TrainingReportService trainingReports;

    @Inject
    RunAs runAs;

    @Inject
    Fixtures fixtures;

    @Inject
    DistrictFixtures districtFixtures;

    /**
     * One generated case: what is tried, and how to read the record before and after; whether it must be refused is
     * the scope matrix's rule ({@link ScopeMatrix}), asked when the case is tried.
     */
    record Case(String caller, String entity, String operation, String channel, Callable<?> attempt,
                Callable<?> snapshot) {

        @Override
        public String toString() {
            return caller + " × " + entity + " × " + operation + " × " + channel;
        }
    }

    @Test
    void anotherDistrictsRecordsAreRefusedAndUnchanged() throws Exception {
        long inquiry = rinkebyInquiryToSh();
        saveShTrainingReport();
        List<Case> cases = new ArrayList<>();
        for (String caller : CALLERS) {
            cases.addAll(unitCases(caller));
            cases.addAll(supervisorCases(caller));
            cases.addAll(placeCases(caller));
            cases.addAll(inquiryCases(caller, inquiry));
            cases.addAll(trainingCases(caller));
        }

        // each sign-in costs a bcrypt hash: the records are read for all cases at once, before and after
        List<Object> before = runAs.user(Fixtures.CENTRAL, () -> snapshots(cases));
        List<Throwable> thrown = new ArrayList<>();
        for (Case c : cases) {
            thrown.add(catchThrowable(() -> runAs.user(c.caller(), c.attempt())));
        }
        List<Object> after = runAs.user(Fixtures.CENTRAL, () -> snapshots(cases));
        // collected rather than stopping at the first, so one run lists every hole (AssertJ's soft assertions
        // need ByteBuddy, which the deployment does not ship)
        List<String> failures = new ArrayList<>();
        ScopeMatrix.Tally rules = ScopeMatrix.tally(ScopeMatrix.DISTRICT);
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            try {
                ScopeMatrix.Expect expect = rules.expect(c.caller(), c.entity(), c.operation(), c.channel());
                if (expect == ScopeMatrix.Expect.REFUSED) {
                    assertThat(thrown.get(i)).as(c.toString())
                            .isInstanceOfAny(AccessDeniedException.class, NotFoundException.class, EJBAccessException.class);
                } else if (expect == ScopeMatrix.Expect.NOT_FOUND) {
                    assertThat(thrown.get(i)).as(c.toString()).isInstanceOf(NotFoundException.class);
                } else if (expect == ScopeMatrix.Expect.FORBIDDEN) {
                    assertThat(thrown.get(i)).as(c.toString())
                            .isInstanceOfAny(AccessDeniedException.class, EJBAccessException.class);
                } else if (thrown.get(i) != null) {
                    assertThat(thrown.get(i)).as(c.toString()).isInstanceOf(EJBAccessException.class);
                }
                assertThat(after.get(i)).as(c + ": unchanged").isEqualTo(before.get(i));
            } catch (AssertionError failed) {
                failures.add(failed.getMessage());
            }
        }
        assertThat(failures).as("refused and unchanged in every one of " + cases.size() + " cases").isEmpty();
        rules.assertEveryRuleTried();
    }

    private static List<Object> snapshots(List<Case> cases) throws Exception {
        List<Object> records = new ArrayList<>();
        for (Case c : cases) {
            records.add(c.snapshot().call());
        }
        return records;
    }

    private List<Case> unitCases(String caller) {
        long id = districtFixtures.rinkebyUnitId();
        Callable<?> snapshot = () -> unitService.get(id);
        UnitForm form = new UnitForm();
        form.setName("Övertagen enhet");
        form.setAreaId(districtFixtures.areaId("BOU"));
        form.setDistrictId(fixtures.districtId("RK"));
        return List.of(
                service(caller, "unit", "read", () -> unitService.get(id), snapshot),
                service(caller, "unit", "change", () -> {
                    unitService.update(id, form);
                    return null;
                }, snapshot),
                service(caller, "unit", "deactivate", () -> {
                    unitService.deactivate(id);
                    return null;
                }, snapshot),
                service(caller, "unit", "reactivate", () -> {
                    unitService.reactivate(id);
                    return null;
                }, snapshot),
                list(caller, "unit", () -> requireNone(
                        unitService.find(rinkebyFilter()), UnitRow::districtId), snapshot),
                rowKey(caller, "unit", id, () -> new PagedTable<>(unitService::find, r -> Long.toString(r.id())), snapshot));
    }

    private List<Case> supervisorCases(String caller) {
        long id = districtFixtures.rinkebySupervisorId();
        long unit = districtFixtures.rinkebyUnitId();
        Callable<?> snapshot = () -> List.of(supervisorService.get(id), supervisorService.trainingHistory(id));
        SupervisorForm form = new SupervisorForm();
        form.setUnitId(unit);
        form.setName("Övertagen handledare");
        form.setEmail("overtagen@it.example");
        TrainingForm training = new TrainingForm();
        training.setStatus(TrainingStatus.COMPLETED);
        training.setUniversityId(fixtures.universityId("SU"));
        training.setCompleted(java.time.LocalDate.of(2025, 1, 1));
        return List.of(
                service(caller, "supervisor", "read", () -> supervisorService.get(id), snapshot),
                service(caller, "supervisor", "read training history", () -> supervisorService.trainingHistory(id), snapshot),
                service(caller, "supervisor", "change", () -> {
                    supervisorService.update(id, form);
                    return null;
                }, snapshot),
                service(caller, "supervisor", "change training", () -> {
                    supervisorService.changeTraining(id, training);
                    return null;
                }, snapshot),
                service(caller, "supervisor", "deactivate", () -> {
                    supervisorService.deactivate(id);
                    return null;
                }, snapshot),
                service(caller, "supervisor", "create in the other district's unit", () -> supervisorService.create(form),
                        () -> supervisorService.find(new PageRequest(0, 500, null, true,
                                Map.of("unit", Long.toString(unit)))).total()),
                service(caller, "supervisor", "choices of the other district",
                        () -> supervisorService.choices(fixtures.districtId("RK")), snapshot),
                list(caller, "supervisor", () -> requireNone(
                        supervisorService.find(rinkebyFilter()), SupervisorRow::districtId), snapshot),
                rowKey(caller, "supervisor", id,
                        () -> new PagedTable<>(supervisorService::find, r -> Long.toString(r.id())), snapshot));
    }

    private List<Case> placeCases(String caller) {
        long term = districtFixtures.termId(DistrictFixtures.OPEN_TERM);
        long id = districtFixtures.rinkebyPlaceId(DistrictFixtures.OPEN_TERM);
        Callable<?> snapshot = () -> List.of(placeService.get(term, id), placeService.history(term, id));
        PlaceForm form = new PlaceForm();
        form.setUnitId(districtFixtures.rinkebyUnitId());
        form.setAreaId(districtFixtures.areaId("MOT"));
        form.setPlaces(9);
        Withdrawal withdrawal = new Withdrawal();
        withdrawal.setReason("Övertagen");
        return List.of(
                service(caller, "place offer", "read", () -> placeService.get(term, id), snapshot),
                service(caller, "place offer", "read history", () -> placeService.history(term, id), snapshot),
                service(caller, "place offer", "change", () -> {
                    placeService.update(term, id, form);
                    return null;
                }, snapshot),
                service(caller, "place offer", "withdraw", () -> {
                    placeService.withdraw(term, id, withdrawal);
                    return null;
                }, snapshot),
                service(caller, "place offer", "create on the other district's unit", () -> placeService.create(term, form),
                        () -> placeService.total(term, fixtures.districtId("RK"))),
                list(caller, "place offer", () -> requireNone(
                        placeService.find(term, rinkebyFilter()), PlaceRow::districtId), snapshot),
                rowKey(caller, "place offer", id,
                        () -> new PagedTable<>(page -> placeService.find(term, page), r -> Long.toString(r.id())),
                        snapshot));
    }

    /** Rinkeby-Kista's inquiry to Södertörn: Södermalm's contact and SU's coordinator may neither read nor act on it. */
    private List<Case> inquiryCases(String caller, long id) {
        Callable<?> snapshot = () -> inquiryService.get(id);
        long term = fixtures.termId(Fixtures.REQUEST_TERM);
        return List.of(
                service(caller, "inquiry", "read", () -> inquiryService.get(id), snapshot),
                service(caller, "inquiry", "acknowledge", () -> {
                    inquiryService.acknowledge(id);
                    return null;
                }, snapshot),
                service(caller, "inquiry", "decline", () -> {
                    inquiryService.decline(id, "Övertagen");
                    return null;
                }, snapshot),
                service(caller, "inquiry", "turn into a request", () -> inquiryService.turnIntoRequest(id, term,
                        "it-overtagen-" + id), snapshot),
                new Case(caller, "inquiry", "list filtered to the other district and university", ScopeMatrix.SERVICE,
                        () -> requireNoInquiry(inquiryService.find(new PageRequest(0, 500, null, true, Map.of(
                                "districtId", Long.toString(fixtures.districtId("RK")),
                                "universityId", Long.toString(fixtures.universityId("SH"))))), id), snapshot),
                rowKey(caller, "inquiry", id, () -> new PagedTable<>(inquiryService::find, r -> Long.toString(r.id())),
                        snapshot));
    }

    /**
     * Södertörn's training report: no one else reads it; a coordinator's save only ever writes their own university's
     * report (allowed, and Södertörn's unchanged), a district contact may not save at all.
     */
    private List<Case> trainingCases(String caller) {
        long term = districtFixtures.termId(DistrictFixtures.OPEN_TERM);
        long sh = fixtures.universityId("SH");
        Callable<?> snapshot = () -> trainingReports.report(term, sh);
        TrainingReportForm form = new TrainingReportForm();
        form.getCourses().add(new CourseForm("Övertagen kurs", LocalDate.of(2032, 9, 1), LocalDate.of(2032, 9, 30), 99));
        form.setStaffOffered(99);
        form.setEvaluationSummary("Övertagen");
        return List.of(
                service(caller, "training report", "read", () -> trainingReports.report(term, sh), snapshot),
                service(caller, "training report", "read all", () -> trainingReports.all(term), snapshot),
                new Case(caller, "training report", "save (own only)", ScopeMatrix.SERVICE, () -> {
                    if (caller.equals(Fixtures.SU)) {
                        // saved on the version the coordinator's own report has now, as the page does
                        form.setVersion(trainingReports.report(term, fixtures.universityId("SU")).version());
                    }
                    trainingReports.save(term, form);
                    return null;
                }, snapshot));
    }

    private long rinkebyInquiryToSh() throws Exception {
        InquiryForm form = new InquiryForm();
        form.setStudentName("IT Matrisfråga " + System.nanoTime());
        form.setStudentEmail("matris@it.example");
        form.setMessage("Jag vill göra min VFU i Rinkeby-Kista.");
        form.setReceivedOn(LocalDate.now(StockholmTime.ZONE).minusDays(1));
        form.setUniversityId(fixtures.universityId("SH"));
        return runAs.user(Fixtures.RINKEBY, () -> inquiryService.forward(form));
    }

    private void saveShTrainingReport() throws Exception {
        TrainingReportForm form = new TrainingReportForm();
        form.getCourses().add(new CourseForm("IT Handledarutbildning SH", LocalDate.of(2032, 9, 1),
                LocalDate.of(2032, 10, 1), 10));
        form.setStaffOffered(10);
        form.setStaffNotGivenPlace(1);
        form.setEvaluationSummary("IT: SH:s egen rapport");
        long term = districtFixtures.termId(DistrictFixtures.OPEN_TERM);
        runAs.user(Fixtures.SH, () -> {
            form.setVersion(trainingReports.report(term, fixtures.universityId("SH")).version());
            trainingReports.save(term, form);
        });
    }

    private static Object requireNoInquiry(Page<InquiryRow> page, long id) {
        if (page.rows().stream().anyMatch(r -> r.id() == id)) {
            throw new AssertionError("the list showed the other district's inquiry");
        }
        return page.total();
    }

    private static Case service(String caller, String entity, String operation, Callable<?> attempt,
                                Callable<?> snapshot) {
        return new Case(caller, entity, operation, ScopeMatrix.SERVICE, attempt, snapshot);
    }

    /** A list asked for the other district: the caller's own rows only (or refused outright for a university). */
    private static Case list(String caller, String entity, Callable<?> attempt, Callable<?> snapshot) {
        return new Case(caller, entity, "list filtered to the other district", ScopeMatrix.SERVICE, attempt, snapshot);
    }

    /**
     * The page's lazy table, loaded as the caller, asked for the other district's row by its key (as a
     * selection or row action posted with a forged key would): it has no such row.
     */
    private static <T> Case rowKey(String caller, String entity, long id, Callable<PagedTable<T>> table,
                                   Callable<?> snapshot) {
        return new Case(caller, entity, "select row by key", ScopeMatrix.ROW_KEY, () -> {
            PagedTable<T> model = table.call();
            model.setWrappedData(model.load(0, 500, Map.of(), Map.of()));
            if (model.getRowData(Long.toString(id)) != null) {
                throw new AssertionError("the table gave the other district's row " + id);
            }
            return null;
        }, snapshot);
    }

    private PageRequest rinkebyFilter() {
        return new PageRequest(0, 500, null, true, Map.of("district", Long.toString(fixtures.districtId("RK"))));
    }

    /** Fails when the list shows the other district's rows. */
    private <T> Object requireNone(Page<T> page, ToLongFunction<T> district) {
        long rinkeby = fixtures.districtId("RK");
        if (page.rows().stream().anyMatch(r -> district.applyAsLong(r) == rinkeby)) {
            throw new AssertionError("the list showed the other district's rows");
        }
        return page.total();
    }
}
