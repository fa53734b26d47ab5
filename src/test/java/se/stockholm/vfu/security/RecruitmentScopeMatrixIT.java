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
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RecruitmentFixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.recruitment.CandidateForm;
import se.stockholm.vfu.recruitment.CandidateStatus;
import se.stockholm.vfu.recruitment.FunnelRow;
import se.stockholm.vfu.recruitment.FunnelService;
import se.stockholm.vfu.recruitment.PostForm;
import se.stockholm.vfu.recruitment.PostStatus;
import se.stockholm.vfu.recruitment.RecruitmentService;
import se.stockholm.vfu.recruitment.StaffGroup;
import se.stockholm.vfu.recruitment.StepForm;
import se.stockholm.vfu.recruitment.TurnoverForm;
import se.stockholm.vfu.recruitment.TurnoverService;

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
    FunnelService funnel;

    @Inject
    TurnoverService turnover;

    private record Operation(String name, Callable<?> call) {
    }

    private List<Operation> operations(long post, long candidate, long placement) {
        PostForm change = new PostForm();
        change.setUnitId(fixtures.unitOf(post));
        change.setAreaId(fixtures.areaOf(post));
        change.setPeriodStart(LocalDate.now().minusYears(3));
        change.setPeriodEnd(LocalDate.now().plusYears(2));
        change.setPosts(5);
        change.setStatus(PostStatus.FILLED);
        CandidateForm outside = new CandidateForm();
        outside.setName("IT Utomstående");
        CandidateForm former = new CandidateForm();
        former.setPlacementId(placement);
        List<Operation> ops = new ArrayList<>();
        ops.add(new Operation("read post", () -> recruitment.getPost(post)));
        ops.add(new Operation("change post", () -> {
            change.setVersion(Long.valueOf(fixtures.postState(post).split("/")[0]));
            recruitment.updatePost(post, change);
            return null;
        }));
        ops.add(new Operation("list candidates", () -> recruitment.candidates(post)));
        ops.add(new Operation("add outside candidate", () -> recruitment.addCandidate(post, outside)));
        ops.add(new Operation("add former student", () -> recruitment.addCandidate(post, former)));
        ops.add(new Operation("read candidate", () -> recruitment.getCandidate(candidate)));
        ops.add(new Operation("history", () -> recruitment.steps(candidate)));
        ops.add(new Operation("move", () -> {
            recruitment.move(candidate, new StepForm(version(candidate), CandidateStatus.LEFT, LocalDate.now(), "IT"));
            return null;
        }));
        ops.add(new Operation("end employment", () -> {
            recruitment.endEmployment(candidate, version(candidate), LocalDate.now());
            return null;
        }));
        ops.add(new Operation("consent", () -> {
            recruitment.setConsent(candidate, version(candidate), false);
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
        long candidate = fixtures.candidate(post, placement, LocalDate.now().minusYears(2),
                new CandidateStatus[] {CandidateStatus.TRAINEE, CandidateStatus.HIRED}, new int[] {10, 100});
        List<Case> cases = new ArrayList<>();
        for (String caller : List.of(Fixtures.RINKEBY, Fixtures.SU)) {
            Class<?> refusal = caller.equals(Fixtures.SU) ? EJBAccessException.class : NotFoundException.class;
            for (Operation op : operations(post, candidate, other)) {
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
            cases.add(new Case(caller + " × list posts", () -> {
                List<Long> ids = caller.equals(Fixtures.SU) ? List.of() : runAs.user(caller, () -> recruitment.findPosts(
                        new PageRequest(0, 500, null, true, Map.of("districtId", "" + fixtures.postDistrict(post)))))
                        .rows().stream().map(r -> r.id()).toList();
                assertThat(ids).doesNotContain(post);
                if (caller.equals(Fixtures.SU)) {
                    assertThatThrownBy(() -> runAs.user(caller, () -> recruitment.findPosts(PageRequest.of(0, 10))))
                            .isInstanceOf(EJBAccessException.class);
                }
            }));
        }
        cases.add(new Case("sodermalm may do each", () -> {
            for (Operation op : operations(post, candidate, other)) {
                runAs.user(Fixtures.SODERMALM, op.call());
            }
            assertThat(fixtures.candidateState(candidate)).contains("/LEFT/false/");
        }));
        cases.add(new Case("a university gets no individual and no staff figures", () -> {
            List<FunnelRow> rows = runAs.user(Fixtures.SU, () -> funnel.funnel());
            assertThat(rows).allMatch(r -> r.groupType().equals(FunnelRow.UNIVERSITY) && "SU".equals(r.groupName()));
            assertThat(rows).allMatch(r -> r.students().suppressed() || r.students().count() >= 5);
            assertThatThrownBy(() -> runAs.user(Fixtures.SU, () -> recruitment.formerStudents(PageRequest.of(0, 10))))
                    .isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> runAs.user(Fixtures.SU, () -> turnover.save(new TurnoverForm(null, 2051,
                    StaffGroup.CASE_WORKER, 10, 1, 0, null)))).isInstanceOf(EJBAccessException.class);
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
    }
}
