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
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RecruitmentFixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.recruitment.CandidateForm;
import se.stockholm.vfu.recruitment.CandidateService;
import se.stockholm.vfu.recruitment.CandidateStatus;
import se.stockholm.vfu.recruitment.FunnelRow;
import se.stockholm.vfu.recruitment.FunnelService;
import se.stockholm.vfu.recruitment.PostForm;
import se.stockholm.vfu.recruitment.PostStatus;
import se.stockholm.vfu.recruitment.RecruitmentService;
import se.stockholm.vfu.recruitment.StaffGroup;
import se.stockholm.vfu.recruitment.StepForm;
import se.stockholm.vfu.recruitment.TurnoverForm;
import se.stockholm.vfu.recruitment.TurnoverImport;
import se.stockholm.vfu.recruitment.TurnoverRow;
import se.stockholm.vfu.recruitment.TurnoverService;
import se.stockholm.vfu.request.importing.ImportError;
import se.stockholm.vfu.scope.ScopeMatrix;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Recruitment's scope matrix through the services, generated: caller (Rinkeby-Kista's district contact, a university
 * coordinator) × record (Södermalm's trainee post, a candidate on it who did VFU) × operation (read, list, change,
 * add a candidate, move a step, end the employment, consent, history, former students). Each is refused (not found
 * for another district, access denied for a university) and the record is unchanged afterwards; Södermalm's own
 * contact may do each. A university also never gets an individual through the funnel, and no district's turnover.
 */
@ExtendWith(ArquillianExtension.class)
class RecruitmentScopeMatrixIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    RunAs runAs;

    @Inject
    RecruitmentFixtures fixtures;

    @Inject
    RecruitmentService recruitment;

    @Inject
    CandidateService candidates;

    @Inject
    FunnelService funnel;

    @Inject
    TurnoverService turnover;

    @Inject
    TurnoverImport turnoverImport;

    private record Operation(String entity, String name, Callable<?> call) {
    }

    private List<Operation> operations(long post, long candidate, long placement) {
        PostForm change = new PostForm();
        change.setUnitId(fixtures.unitOf(post));
        change.setAreaId(fixtures.areaOf(post));
        change.setPeriodStart(LocalDate.now(StockholmTime.ZONE).minusYears(3));
        change.setPeriodEnd(LocalDate.now(StockholmTime.ZONE).plusYears(2));
        change.setPosts(5);
        change.setStatus(PostStatus.FILLED);
        CandidateForm outside = new CandidateForm();
        outside.setName("IT Utomstående");
        CandidateForm former = new CandidateForm();
        former.setPlacementId(placement);
        List<Operation> ops = new ArrayList<>();
        ops.add(new Operation("trainee post", "read post", () -> recruitment.getPost(post)));
        ops.add(new Operation("trainee post", "change post", () -> {
            change.setVersion(Long.valueOf(fixtures.postState(post).split("/")[0]));
            recruitment.updatePost(post, change);
            return null;
        }));
        ops.add(new Operation("trainee post", "list candidates", () -> candidates.candidates(post)));
        ops.add(new Operation("trainee post", "add outside candidate", () -> candidates.addCandidate(post, outside)));
        ops.add(new Operation("trainee post", "add former student", () -> candidates.addCandidate(post, former)));
        ops.add(new Operation("candidate", "read candidate", () -> candidates.getCandidate(candidate)));
        ops.add(new Operation("candidate", "history", () -> candidates.steps(candidate)));
        ops.add(new Operation("candidate", "move", () -> {
            candidates.move(candidate, new StepForm(version(candidate), CandidateStatus.LEFT, LocalDate.now(StockholmTime.ZONE), "IT"));
            return null;
        }));
        ops.add(new Operation("candidate", "end employment", () -> {
            candidates.endEmployment(candidate, version(candidate), LocalDate.now(StockholmTime.ZONE));
            return null;
        }));
        ops.add(new Operation("candidate", "consent", () -> {
            candidates.setConsent(candidate, version(candidate), false);
            return null;
        }));
        return ops;
    }

    private long version(long candidate) {
        return Long.parseLong(fixtures.candidateState(candidate).split("/")[0]);
    }

    /** A generated case: its name and what it checks. */
    private record Case(String name, org.junit.jupiter.api.function.Executable check) {
    }

    @Test
    void anotherDistrictAndAUniversityAreRefusedEveryOperationAndNothingChanges() throws Exception {
        String term = fixtures.sharedTerm();
        long placement = fixtures.completedPlacement(term, "SO", "SU", "IT Matris " + System.nanoTime());
        long other = fixtures.completedPlacement(term, "SO", "SU", "IT Matris andra " + System.nanoTime());
        long post = fixtures.post("SO");
        long candidate = fixtures.candidate(post, placement, LocalDate.now(StockholmTime.ZONE).minusYears(2),
                new CandidateStatus[] {CandidateStatus.TRAINEE, CandidateStatus.HIRED}, new int[] {10, 100});
        List<Case> cases = new ArrayList<>();
        ScopeMatrix.Tally rules = ScopeMatrix.tally(ScopeMatrix.RECRUITMENT);
        for (String caller : List.of(Fixtures.RINKEBY, Fixtures.SU)) {
            for (Operation op : operations(post, candidate, other)) {
                // not found for another district, the role refused for a university
                Class<?> refusal = switch (rules.expect(caller, op.entity(), op.name(), ScopeMatrix.SERVICE)) {
                    case NOT_FOUND -> NotFoundException.class;
                    case FORBIDDEN -> EJBAccessException.class;
                    default -> throw new AssertionError("the runner tries refusals only: " + caller + " " + op.name());
                };
                cases.add(new Case(caller + " × " + op.name(), () -> {
                    String postBefore = fixtures.postState(post);
                    String candidateBefore = fixtures.candidateState(candidate);
                    long count = fixtures.candidateCount(post);
                    assertThatThrownBy(() -> runAs.user(caller, op.call())).isInstanceOfAny(refusal,
                            AccessDeniedException.class);
                    assertThat(fixtures.postState(post)).isEqualTo(postBefore);
                    assertThat(fixtures.candidateState(candidate)).isEqualTo(candidateBefore);
                    assertThat(fixtures.candidateCount(post)).isEqualTo(count);
                }));
            }
            ScopeMatrix.Expect listPosts = rules.expect(caller, "trainee post", "list posts", ScopeMatrix.SERVICE);
            cases.add(new Case(caller + " × list posts", () -> {
                List<Long> ids = listPosts == ScopeMatrix.Expect.FORBIDDEN ? List.of() : runAs.user(caller, () -> recruitment.findPosts(
                        new PageRequest(0, 500, null, true, Map.of("districtId", "" + fixtures.postDistrict(post)))))
                        .rows().stream().map(r -> r.id()).toList();
                assertThat(ids).doesNotContain(post);
                if (listPosts == ScopeMatrix.Expect.FORBIDDEN) {
                    assertThatThrownBy(() -> runAs.user(caller, () -> recruitment.findPosts(PageRequest.of(0, 10))))
                            .isInstanceOf(EJBAccessException.class);
                }
            }));
        }
        List<Operation> own = operations(post, candidate, other);
        for (Operation op : own) {
            assertThat(rules.expect(Fixtures.SODERMALM, op.entity(), op.name(), ScopeMatrix.SERVICE))
                    .isEqualTo(ScopeMatrix.Expect.ALLOWED);
        }
        cases.add(new Case("sodermalm may do each", () -> {
            for (Operation op : own) {
                runAs.user(Fixtures.SODERMALM, op.call());
            }
            assertThat(fixtures.candidateState(candidate)).contains("/LEFT/false/");
        }));
        // a university: the funnel without individuals, refused former students and turnover (the matrix's rules)
        assertThat(List.of(rules.expect(Fixtures.SU, "candidate", "funnel (aggregates, no individual)", ScopeMatrix.SERVICE),
                rules.expect(Fixtures.SU, "candidate", "former students", ScopeMatrix.SERVICE),
                rules.expect(Fixtures.SU, "staff turnover", "save", ScopeMatrix.SERVICE),
                rules.expect(Fixtures.SU, "staff turnover", "import", ScopeMatrix.SERVICE))).containsExactly(
                ScopeMatrix.Expect.NOT_LISTED, ScopeMatrix.Expect.FORBIDDEN, ScopeMatrix.Expect.FORBIDDEN,
                ScopeMatrix.Expect.FORBIDDEN);
        byte[] figures = "stadsdel,år,yrkesgrupp,tillsvidareanställda,slutat\nSO,2003,socialsekreterare,40,4\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        cases.add(new Case("a university gets no individual and no staff figures", () -> {
            List<FunnelRow> rows = runAs.user(Fixtures.SU, () -> funnel.funnel());
            assertThat(rows).allMatch(r -> r.groupType().equals(FunnelRow.UNIVERSITY) && "SU".equals(r.groupName()));
            assertThat(rows).allMatch(r -> r.students().suppressed() || r.students().count() >= 5);
            assertThatThrownBy(() -> runAs.user(Fixtures.SU, () -> candidates.formerStudents(PageRequest.of(0, 10))))
                    .isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> runAs.user(Fixtures.SU, () -> turnover.save(new TurnoverForm(null, 2051,
                    StaffGroup.CASE_WORKER, 10, 1, 0, null, null)))).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> runAs.user(Fixtures.SU, () -> turnoverImport.importFile("figures.csv", figures)))
                    .isInstanceOf(EJBAccessException.class);
        }));
        // another district's former student: by their full name, as the search finds them; an id alone is not found
        assertThat(rules.expect(Fixtures.RINKEBY, "candidate", "add another district's former student by id",
                ScopeMatrix.SERVICE)).isEqualTo(ScopeMatrix.Expect.NOT_FOUND);
        long rinkebyPost = fixtures.post("RK");
        String studentName = "IT Matris Sökt " + System.nanoTime();
        long sodermalmStudent = fixtures.completedPlacement(term, "SO", "SU", studentName);
        cases.add(new Case("rinkeby cannot add Södermalm's former student by placement id", () -> {
            CandidateForm byId = new CandidateForm();
            byId.setPlacementId(sodermalmStudent);
            assertThatThrownBy(() -> runAs.user(Fixtures.RINKEBY, () -> candidates.addCandidate(rinkebyPost, byId)))
                    .isInstanceOf(NotFoundException.class);
            CandidateForm noSuchPlacement = new CandidateForm();
            noSuchPlacement.setPlacementId(Long.MAX_VALUE);
            assertThatThrownBy(() -> runAs.user(Fixtures.RINKEBY,
                    () -> candidates.addCandidate(rinkebyPost, noSuchPlacement)))
                    .as("an id that does not exist answers as another district's: ids cannot be counted")
                    .isInstanceOf(NotFoundException.class);
            assertThat(fixtures.candidateCount(rinkebyPost)).isZero();
            CandidateForm byName = new CandidateForm();
            byName.setPlacementId(sodermalmStudent);
            byName.setName(studentName.toLowerCase(java.util.Locale.ROOT));
            runAs.user(Fixtures.RINKEBY, () -> candidates.addCandidate(rinkebyPost, byName));
            assertThat(fixtures.candidateCount(rinkebyPost)).isEqualTo(1);
        }));
        // another district's figures in a district contact's file: the row refused, nothing saved
        assertThat(rules.expect(Fixtures.RINKEBY, "staff turnover", "import another district's row",
                ScopeMatrix.SERVICE)).isEqualTo(ScopeMatrix.Expect.NOT_LISTED);
        cases.add(new Case("rinkeby cannot import Södermalm's figures", () -> {
            List<TurnoverRow> before = runAs.user(Fixtures.CENTRAL, () -> turnover.rows(null));
            TurnoverImport.Result result = runAs.user(Fixtures.RINKEBY,
                    () -> turnoverImport.importFile("figures.csv", figures));
            assertThat(result.saved()).isZero();
            assertThat(result.errors()).extracting(ImportError::messageKey)
                    .containsExactly("recruitment.import.otherDistrict");
            assertThat(runAs.user(Fixtures.CENTRAL, () -> turnover.rows(null))).isEqualTo(before);
        }));
        List<String> failed = new ArrayList<>();
        for (Case c : cases) {
            try {
                c.check().execute();
            } catch (Throwable failure) {
                failed.add(c.name() + ": " + failure.getMessage());
            }
        }
        assertThat(failed).as("cases that failed, of " + cases.size()).isEmpty();
        rules.assertEveryRuleTried();
    }
}
