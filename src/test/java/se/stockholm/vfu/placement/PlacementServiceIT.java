package se.stockholm.vfu.placement;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.allocation.AllocationRunService;
import se.stockholm.vfu.allocation.AllocationService;
import se.stockholm.vfu.allocation.RunDetails;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.it.AllocationFixtures;
import se.stockholm.vfu.it.AllocationFixtures.Scenario;
import se.stockholm.vfu.it.Deployments;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.notification.NotificationRow;
import se.stockholm.vfu.notification.NotificationService;
import se.stockholm.vfu.request.RequestChanges;
import se.stockholm.vfu.request.RequestRow;
import se.stockholm.vfu.request.RequestService;
import se.stockholm.vfu.request.RequestStatus;
import se.stockholm.vfu.supervisor.SupervisorChoice;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * After publishing: districts confirm with a supervisor who has room or decline with a reason, the lifecycle moves
 * on, and after the start only the central contact changes a placement. Through the real services as real users.
 */
@ExtendWith(ArquillianExtension.class)
class PlacementServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    AllocationService allocationService;

    @Inject
    AllocationRunService storedRuns;

    @Inject
    PlacementService placementService;

    @Inject
    PlacementLifecycleService lifecycle;

    @Inject
    AllocationFixtures fixtures;

    @Inject
    NotificationService notificationService;

    @Inject
    RequestService requestService;

    @Inject
    RequestChanges requestChanges;

    @Inject
    RunAs runAs;

    @Test
    void aDistrictConfirmsWithASupervisorAndIsWarnedWhenTheSupervisorIsNotTrained() throws Exception {
        Scenario term = published();
        PlacementRow e = only(Fixtures.RINKEBY, term);

        List<SupervisorChoice> options = runAs.user(Fixtures.RINKEBY, () -> placementService.supervisorOptions(term.termId(), e.id()));
        assertThat(options).extracting(SupervisorChoice::id).contains(term.rinkebySupervisor());
        assertThat(options).extracting(SupervisorChoice::id).doesNotContain(term.sodermalmSupervisor());
        assertThatThrownBy(() -> runAs.user(Fixtures.RINKEBY,
                () -> lifecycle.confirm(term.termId(), e.id(), e.version(), term.sodermalmSupervisor())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("supervisorOtherDistrict");
        assertThatThrownBy(() -> runAs.user(Fixtures.RINKEBY, () -> lifecycle.confirm(term.termId(), e.id(), e.version(), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("supervisorRequired");

        Confirmation confirmation = runAs.user(Fixtures.RINKEBY,
                () -> lifecycle.confirm(term.termId(), e.id(), e.version(), term.rinkebySupervisor()));

        assertThat(confirmation.warnings()).containsExactly("placement.warning.supervisorUntrained");
        assertThat(confirmation.placement().status()).as("the placement as confirmed").isEqualTo(PlacementStatus.CONFIRMED);
        PlacementRow confirmed = runAs.user(Fixtures.SH, () -> placementService.get(term.termId(), e.id()));
        assertThat(confirmed.status()).isEqualTo(PlacementStatus.CONFIRMED);
        assertThat(confirmed.supervisorId()).isEqualTo(term.rinkebySupervisor());
        assertThat(runAs.user(Fixtures.RINKEBY, () -> placementService.supervisorOptions(term.termId(), e.id())))
                .as("the supervisor's only room is used").extracting(SupervisorChoice::id)
                .doesNotContain(term.rinkebySupervisor());
        assertThat(runAs.user(Fixtures.CENTRAL, () -> placementService.history(term.termId(), e.id())))
                .extracting(PlacementEvent::getStatus).containsExactly(PlacementStatus.OFFERED, PlacementStatus.CONFIRMED);
        // each notice opens its page in the term it is about, whatever term the reader's header shows
        assertThat(notices(Fixtures.RINKEBY)).as("told on publish").anySatisfy(n -> {
            assertThat(n.subject()).isEqualTo("Nya VFU-erbjudanden för " + term.termCode());
            assertThat(n.link()).isEqualTo("/placements.xhtml?term=" + term.termCode());
        });
        assertThat(notices(Fixtures.SH)).as("the university is told").anySatisfy(n -> {
            assertThat(n.subject()).isEqualTo("Placering bekräftad: " + e.studentName());
            assertThat(n.link()).isEqualTo("/placements.xhtml?term=" + term.termCode());
        });
        assertThat(notices(Fixtures.SU)).noneSatisfy(n -> assertThat(n.subject()).contains(e.studentName()));
    }

    @Test
    void aDeclinedStudentReturnsToThePoolAndTheNextRunKeepsWhatWasAnswered() throws Exception {
        Scenario term = published();
        List<PlacementRow> sodermalm = visibleTo(Fixtures.SODERMALM, term);
        PlacementRow declined = sodermalm.get(0);
        PlacementRow kept = sodermalm.get(1);

        assertThatThrownBy(() -> runAs.user(Fixtures.SODERMALM,
                () -> lifecycle.decline(term.termId(), declined.id(), declined.version(), " ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reasonRequired");
        runAs.user(Fixtures.SODERMALM, () -> {
            lifecycle.decline(term.termId(), declined.id(), declined.version(), "Handledaren är sjukskriven");
            lifecycle.confirm(term.termId(), kept.id(), kept.version(), term.sodermalmSupervisor());
        });

        PlacementRow seenByUniversity = runAs.user(Fixtures.SU, () -> placementService.get(term.termId(), declined.id()));
        assertThat(seenByUniversity.status()).isEqualTo(PlacementStatus.DECLINED);
        assertThat(seenByUniversity.reason()).isEqualTo("Handledaren är sjukskriven");
        assertThat(fixtures.seats(term.sodermalmOffer())).containsExactly(1, 2);
        assertThat(notices(Fixtures.SU)).anySatisfy(n -> {
            assertThat(n.subject()).isEqualTo("Placering avböjd: " + declined.studentName());
            assertThat(n.body()).contains("Handledaren är sjukskriven");
        });

        long rerun = runAs.user(Fixtures.CENTRAL, () -> allocationService.run(term.termId(), 11L));
        RunDetails details = runAs.user(Fixtures.CENTRAL, () -> storedRuns.details(term.termId(), rerun));
        assertThat(details.run().placedCount()).as("2 kept + 1 on the freed seat").isEqualTo(3);
        assertThat(runAs.user(Fixtures.CENTRAL, () -> placementService.get(term.termId(), kept.id())).status())
                .isEqualTo(PlacementStatus.CONFIRMED);
        assertThat(fixtures.seats(term.sodermalmOffer())).containsExactly(2, 2);
        List<PlacementRow> proposed = runAs.user(Fixtures.CENTRAL, () -> placementService.find(term.termId(),
                new PageRequest(0, 50, null, true, Map.of("status", "PROPOSED")))).rows();
        assertThat(proposed).as("the freed seat goes to another student, not the one Södermalm declined")
                .singleElement().satisfies(p -> {
                    assertThat(p.offerId()).isEqualTo(term.sodermalmOffer());
                    assertThat(p.requestId()).isNotEqualTo(declined.requestId());
                });
    }

    @Test
    void othersCannotReadOrAnswerADistrictsOffers() throws Exception {
        Scenario term = published();
        PlacementRow e = only(Fixtures.RINKEBY, term);

        assertThatThrownBy(() -> runAs.user(Fixtures.SODERMALM, () -> placementService.get(term.termId(), e.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.SODERMALM,
                () -> lifecycle.confirm(term.termId(), e.id(), e.version(), term.sodermalmSupervisor())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.SODERMALM,
                () -> lifecycle.decline(term.termId(), e.id(), e.version(), "Inte vår")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.SU, () -> placementService.get(term.termId(), e.id())))
                .as("e studies at SH").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.SH,
                () -> lifecycle.confirm(term.termId(), e.id(), e.version(), term.rinkebySupervisor())))
                .as("a university reads its student's offer but answers nothing").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.RINKEBY,
                () -> lifecycle.cancel(term.termId(), e.id(), e.version(), "Vill inte")))
                .as("cancelling is the central contact's").isInstanceOf(AccessDeniedException.class);
        assertThat(runAs.user(Fixtures.CENTRAL, () -> placementService.get(term.termId(), e.id())).status())
                .as("nothing changed").isEqualTo(PlacementStatus.OFFERED);
    }

    /** A page or URL works in one term: a placement of another term is not found there, for any caller or step. */
    @Test
    void aPlacementOfAnotherTermIsNotFound() throws Exception {
        Scenario term = published();
        Scenario other = fixtures.newTerm();
        PlacementRow e = only(Fixtures.RINKEBY, term);

        for (String user : List.of(Fixtures.CENTRAL, Fixtures.RINKEBY, Fixtures.SH)) {
            assertThatThrownBy(() -> runAs.user(user, () -> placementService.get(other.termId(), e.id())))
                    .as(user).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> runAs.user(user, () -> placementService.history(other.termId(), e.id())))
                    .as(user).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> runAs.user(Fixtures.RINKEBY,
                () -> placementService.supervisorOptions(other.termId(), e.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.RINKEBY,
                () -> lifecycle.confirm(other.termId(), e.id(), e.version(), term.rinkebySupervisor())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.RINKEBY,
                () -> lifecycle.decline(other.termId(), e.id(), e.version(), "Fel termin")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.RINKEBY,
                () -> lifecycle.start(other.termId(), e.id(), e.version())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.SH,
                () -> lifecycle.confirm(other.termId(), e.id(), e.version(), term.rinkebySupervisor())))
                .as("not found before a university is refused").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL,
                () -> lifecycle.cancel(other.termId(), e.id(), e.version(), "Fel termin")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL,
                () -> lifecycle.interrupt(other.termId(), e.id(), e.version(), "Fel termin", null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL,
                () -> lifecycle.complete(other.termId(), e.id(), e.version(), null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(runAs.user(Fixtures.CENTRAL, () -> placementService.get(term.termId(), e.id())).status())
                .as("nothing changed").isEqualTo(PlacementStatus.OFFERED);
    }

    @Test
    void afterTheStartOnlyTheCentralContactChangesThePlacement() throws Exception {
        Scenario term = published();
        fixtures.spanToday(term);
        LocalDate today = LocalDate.now(StockholmTime.ZONE);
        PlacementRow e = only(Fixtures.RINKEBY, term);
        runAs.user(Fixtures.RINKEBY, () -> lifecycle.confirm(term.termId(), e.id(), e.version(), term.rinkebySupervisor()));
        PlacementRow confirmed = only(Fixtures.RINKEBY, term);
        runAs.user(Fixtures.RINKEBY, () -> lifecycle.start(term.termId(), confirmed.id(), confirmed.version()));
        PlacementRow started = only(Fixtures.RINKEBY, term);
        assertThat(started.status()).isEqualTo(PlacementStatus.STARTED);

        assertThatThrownBy(() -> runAs.user(Fixtures.RINKEBY,
                () -> lifecycle.complete(term.termId(), started.id(), started.version(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user(Fixtures.RINKEBY,
                () -> lifecycle.start(term.termId(), started.id(), started.version())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("startedCentralOnly");
        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL,
                () -> lifecycle.cancel(term.termId(), started.id(), started.version(), "För sent")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannotCancel");

        runAs.user(Fixtures.CENTRAL,
                () -> lifecycle.interrupt(term.termId(), started.id(), started.version(), "Studenten blev sjuk",
                        today));
        PlacementRow interrupted = runAs.user(Fixtures.SH, () -> placementService.get(term.termId(), started.id()));
        assertThat(interrupted.status()).isEqualTo(PlacementStatus.INTERRUPTED);
        assertThat(interrupted.endedOn()).isEqualTo(today);
        assertThat(fixtures.seats(term.rinkebyOffer())).containsExactly(0, 1);

        runAs.user(Fixtures.CENTRAL, () -> allocationService.run(term.termId(), 31L));
        assertThat(runAs.user(Fixtures.CENTRAL, () -> placementService.find(term.termId(),
                new PageRequest(0, 50, null, true, Map.of("status", "PROPOSED")))).rows())
                .as("an interrupted student is not put back in the pool by a run")
                .noneMatch(p -> p.requestId() == started.requestId());
    }

    @Test
    void aWithdrawnRequestGivesUpItsPlaceUnlessThePlacementHasStarted() throws Exception {
        Scenario term = published();
        PlacementRow e = only(Fixtures.RINKEBY, term);

        runAs.user(Fixtures.SH, () -> requestChanges.withdraw(term.termId(), term.student("e"),
                requestService.get(term.termId(), term.student("e")).version(), "Studenten har gjort uppehåll"));

        PlacementRow cancelled = runAs.user(Fixtures.CENTRAL, () -> placementService.get(term.termId(), e.id()));
        assertThat(cancelled.status()).isEqualTo(PlacementStatus.CANCELLED);
        assertThat(cancelled.reason()).isEqualTo("Studenten har gjort uppehåll");
        assertThat(fixtures.seats(term.rinkebyOffer())).containsExactly(0, 1);
        assertThat(notices(Fixtures.RINKEBY)).as("the district that had the offer is told").anySatisfy(n -> {
            assertThat(n.subject()).isEqualTo("Placering återkallad: " + e.studentName());
            assertThat(n.body()).contains("Studenten har gjort uppehåll");
        });

        Scenario started = published();
        PlacementRow s = only(Fixtures.RINKEBY, started);
        runAs.user(Fixtures.RINKEBY, () -> lifecycle.confirm(started.termId(), s.id(), s.version(), started.rinkebySupervisor()));
        PlacementRow confirmed = only(Fixtures.RINKEBY, started);
        runAs.user(Fixtures.RINKEBY, () -> lifecycle.start(started.termId(), confirmed.id(), confirmed.version()));
        assertThatThrownBy(() -> runAs.user(Fixtures.SH,
                () -> requestChanges.withdraw(started.termId(), started.student("e"),
                        requestService.get(started.termId(), started.student("e")).version(), "För sent")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("requestHasStartedPlacement");
        assertThat(runAs.user(Fixtures.CENTRAL, () -> requestService.get(started.termId(), started.student("e"))).status())
                .as("the withdrawal was rolled back").isEqualTo(RequestStatus.PLACED);
        // the list offers only what the service takes: no Återta on the started one (it was offered, then refused)
        List<RequestRow> rows = requests(Fixtures.SH, started, null);
        assertThat(rows).filteredOn(row -> row.id() == started.student("e"))
                .extracting(RequestRow::mayChange, RequestRow::mayWithdraw).containsExactly(tuple(true, false));
        assertThat(rows).filteredOn(row -> row.id() != started.student("e")).isNotEmpty()
                .allMatch(row -> row.mayChange() && row.mayWithdraw());
    }

    @Test
    void aRequestIsPlacedFromTheConfirmationOnAndNotWhileOfferedDeclinedOrCancelled() throws Exception {
        Scenario term = published();
        fixtures.spanToday(term);
        List<PlacementRow> sodermalm = visibleTo(Fixtures.SODERMALM, term);
        PlacementRow declined = sodermalm.get(0);
        PlacementRow cancelled = sodermalm.get(1);
        PlacementRow e = only(Fixtures.RINKEBY, term);
        assertThat(shown(Fixtures.SH, term, e)).as("offered, not answered").isEqualTo(RequestStatus.SENT);

        runAs.user(Fixtures.RINKEBY, () -> lifecycle.confirm(term.termId(), e.id(), e.version(), term.rinkebySupervisor()));
        runAs.user(Fixtures.SODERMALM, () -> {
            lifecycle.decline(term.termId(), declined.id(), declined.version(), "Ingen handledare");
            return lifecycle.confirm(term.termId(), cancelled.id(), cancelled.version(), term.sodermalmSupervisor());
        });
        PlacementRow confirmed = runAs.user(Fixtures.CENTRAL, () -> placementService.get(term.termId(), cancelled.id()));
        runAs.user(Fixtures.CENTRAL, () -> lifecycle.cancel(term.termId(), cancelled.id(), confirmed.version(),
                "Studenten har avbrutit utbildningen"));

        assertThat(shown(Fixtures.SH, term, e)).isEqualTo(RequestStatus.PLACED);
        assertThat(shown(Fixtures.SU, term, declined)).as("declined: back in the pool").isEqualTo(RequestStatus.SENT);
        assertThat(shown(Fixtures.SU, term, cancelled)).as("cancelled before the start").isEqualTo(RequestStatus.SENT);
        assertThat(requests(Fixtures.CENTRAL, term, "PLACED")).extracting(RequestRow::id, RequestRow::status)
                .containsExactly(tuple(e.requestId(), RequestStatus.PLACED));
        assertThat(requests(Fixtures.CENTRAL, term, "SENT")).extracting(RequestRow::id)
                .hasSize(4).doesNotContain(e.requestId());
        assertThat(requests(Fixtures.SH, term, null)).extracting(RequestRow::status)
                .containsExactlyInAnyOrder(RequestStatus.SENT, RequestStatus.PLACED);
        // sorted by status in the order of a request's life, not by the enum's name (PLACED before SENT)
        assertThat(runAs.user(Fixtures.SH, () -> requestService.find(term.termId(),
                new PageRequest(0, 50, "status", true, Map.of()))).rows()).extracting(RequestRow::status)
                .containsExactly(RequestStatus.SENT, RequestStatus.PLACED);
        assertThat(runAs.user(Fixtures.SH, () -> requestService.find(term.termId(),
                new PageRequest(0, 50, "status", false, Map.of()))).rows()).extracting(RequestRow::status)
                .containsExactly(RequestStatus.PLACED, RequestStatus.SENT);

        PlacementRow placed = runAs.user(Fixtures.RINKEBY, () -> placementService.get(term.termId(), e.id()));
        runAs.user(Fixtures.RINKEBY, () -> lifecycle.start(term.termId(), placed.id(), placed.version()));
        PlacementRow started = runAs.user(Fixtures.CENTRAL, () -> placementService.get(term.termId(), e.id()));
        runAs.user(Fixtures.CENTRAL, () -> lifecycle.interrupt(term.termId(), started.id(), started.version(),
                "Sjukdom", LocalDate.now(StockholmTime.ZONE)));
        assertThat(shown(Fixtures.SH, term, e)).as("interrupted: the student had their placement")
                .isEqualTo(RequestStatus.PLACED);
    }

    @Test
    void aStaleVersionIsRefused() throws Exception {
        Scenario term = published();
        PlacementRow e = only(Fixtures.RINKEBY, term);
        runAs.user(Fixtures.RINKEBY, () -> lifecycle.confirm(term.termId(), e.id(), e.version(), term.rinkebySupervisor()));

        assertThatThrownBy(() -> runAs.user(Fixtures.CENTRAL,
                () -> lifecycle.cancel(term.termId(), e.id(), e.version(), "Gammal bild")))
                .hasRootCauseInstanceOf(jakarta.persistence.OptimisticLockException.class);
    }

    /** The status the user is shown for the placement's request. */
    private RequestStatus shown(String user, Scenario term, PlacementRow placement) throws Exception {
        return runAs.user(user, () -> requestService.get(term.termId(), placement.requestId())).status();
    }

    /** The term's requests the user sees, with the status filter (null: all). */
    private List<RequestRow> requests(String user, Scenario term, String status) throws Exception {
        Map<String, String> filters = status == null ? Map.of() : Map.of("status", status);
        return runAs.user(user, () -> requestService.find(term.termId(), new PageRequest(0, 50, null, true, filters)))
                .rows();
    }

    /** The user's latest notifications, in Swedish. */
    private List<NotificationRow> notices(String user) throws Exception {
        return runAs.user(user, () -> notificationService.find(PageRequest.of(0, 50), Locale.forLanguageTag("sv")))
                .rows();
    }

    private Scenario published() throws Exception {
        Scenario term = fixtures.newTerm();
        runAs.user(Fixtures.CENTRAL, () -> {
            allocationService.run(term.termId(), 21L);
            return allocationService.publish(term.termId());
        });
        return term;
    }

    private PlacementRow only(String user, Scenario term) throws Exception {
        List<PlacementRow> rows = visibleTo(user, term);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private List<PlacementRow> visibleTo(String user, Scenario term) throws Exception {
        return runAs.user(user, () -> placementService.find(term.termId(),
                new PageRequest(0, 50, null, true, Map.of()))).rows();
    }
}
