package se.stockholm.vfu.placement;

import org.junit.jupiter.api.Test;
import se.stockholm.vfu.common.BaseEntity;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.supervisor.Supervisor;
import se.stockholm.vfu.term.Season;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.unit.Unit;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The day a placement ends, interrupted or completed, lies within the placement, as the compensation basis counts
 * supervision up to it: a date after the VFU period counted weeks nobody supervised, one before the start dropped the
 * weeks that were.
 */
class PlacementTest {

    private static final LocalDate VFU_START = LocalDate.of(2031, 8, 25);
    private static final LocalDate VFU_END = LocalDate.of(2032, 1, 16);
    private static final Instant AT = Instant.parse("2031-10-01T09:00:00Z");

    private final Term term = new Term(Season.HT, 2031, VFU_START, VFU_END, LocalDate.of(2031, 5, 15),
            LocalDate.of(2031, 5, 29));

    @Test
    void anInterruptionIsDatedFromTheStartToTheVfuEndAndNotAfterToday() {
        LocalDate today = LocalDate.of(2031, 10, 20);

        refused(started(), VFU_START.minusDays(1), null, today, "placement.error.endedBeforeStart");
        refused(started(), LocalDate.of(2020, 1, 1), null, today, "placement.error.endedBeforeStart");
        refused(started(), today.plusDays(1), null, today, "placement.error.endedInFuture");
        refused(started(), VFU_END.plusDays(1), null, LocalDate.of(2032, 3, 1), "placement.error.endedAfterEnd");
        refused(started(), LocalDate.of(2031, 9, 9), LocalDate.of(2031, 9, 10), today,
                "placement.error.endedBeforeStart");

        Placement placement = started();
        placement.interrupt("Sjukdom", today, LocalDate.of(2031, 9, 10), today, "central", AT);
        assertThat(placement.getStatus()).isEqualTo(PlacementStatus.INTERRUPTED);
        assertThat(placement.getEndedOn()).isEqualTo(today);
        Placement first = started();
        first.interrupt("Sjukdom", VFU_START, LocalDate.of(2031, 8, 1), today, "central", AT);
        assertThat(first.getEndedOn()).as("marked started before the period: its first day").isEqualTo(VFU_START);
        Placement last = started();
        last.interrupt("Sjukdom", VFU_END, null, LocalDate.of(2032, 3, 1), "central", AT);
        assertThat(last.getEndedOn()).as("reported after the period, on its last day").isEqualTo(VFU_END);
    }

    /**
     * A completion follows the same rule: dated before the VFU start it dropped the supervised weeks from the
     * compensation basis, in the far future it counted weeks nobody had supervised yet.
     */
    @Test
    void aCompletionIsDatedLikeAnInterruption() {
        LocalDate today = LocalDate.of(2031, 12, 1);

        completionRefused(VFU_START.minusDays(1), null, today, "placement.error.endedBeforeStart");
        completionRefused(LocalDate.of(2020, 1, 1), null, today, "placement.error.endedBeforeStart");
        completionRefused(LocalDate.of(2031, 9, 9), LocalDate.of(2031, 9, 10), today, "placement.error.endedBeforeStart");
        completionRefused(today.plusDays(1), null, today, "placement.error.endedInFuture");
        completionRefused(LocalDate.of(2099, 6, 1), null, LocalDate.of(2099, 6, 1), "placement.error.endedAfterEnd");
        completionRefused(null, null, VFU_START.minusDays(3), "placement.error.endedBeforeStart");

        Placement early = started();
        early.complete(LocalDate.of(2031, 11, 20), LocalDate.of(2031, 9, 10), today, "central", AT);
        assertThat(early.getStatus()).isEqualTo(PlacementStatus.COMPLETED);
        assertThat(early.getEndedOn()).as("before the VFU end: the weeks up to that day").isEqualTo(
                LocalDate.of(2031, 11, 20));
        Placement undated = started();
        undated.complete(null, null, today, "central", AT);
        assertThat(undated.getEndedOn()).as("no date, within the period: today").isEqualTo(today);
        Placement late = started();
        late.complete(null, null, LocalDate.of(2032, 3, 1), "central", AT);
        assertThat(late.getEndedOn()).as("no date, reported after the period: its last day").isEqualTo(VFU_END);
        // marked started only after the period (reported late): it can still be completed, on the VFU end (no date
        // passed the rule before, so it could never be completed)
        Placement markedLate = started();
        markedLate.complete(null, VFU_END.plusDays(10), LocalDate.of(2032, 3, 1), "central", AT);
        assertThat(markedLate.getEndedOn()).isEqualTo(VFU_END);
    }

    /** Before the VFU period no date could pass: the district is told to cancel the placement instead. */
    @Test
    void aConfirmedPlacementIsNotInterruptedBeforeThePeriodBeginsButCancelled() {
        Placement placement = confirmed();
        assertThatThrownBy(() -> placement.interrupt("Flyttar", VFU_START.minusDays(30), null, VFU_START.minusDays(20),
                "central", AT)).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.getField()).isEqualTo("date");
                    assertThat(refused.getMessageKey()).isEqualTo("placement.error.notBegunCancelInstead");
                });
        assertThat(placement.getStatus()).isEqualTo(PlacementStatus.CONFIRMED);

        Placement begun = confirmed();
        begun.interrupt("Sjukdom", VFU_START.plusDays(3), null, VFU_START.plusDays(5), "central", AT);
        assertThat(begun.getStatus()).as("confirmed, not marked started, within the period")
                .isEqualTo(PlacementStatus.INTERRUPTED);
    }

    /**
     * Who may read a placement, the one rule of the placements' services and the support cases': city-wide always; a
     * district or university its own only, and not while it is a proposal the next run may still move or drop.
     */
    @Test
    void aPlacementIsReadCityWideAndOnceOfferedByItsOwnDistrictOrUniversityOnly() throws Exception {
        District sodermalm = withId(new District("SO", "Södermalm"), 8L);
        University su = withId(new University("SU", "Stockholms universitet", "Stockholm University"), 1L);
        Caller central = new Caller("c", "C", Role.CENTRAL, null, null, null, null);
        Caller admin = new Caller("a", "A", Role.ADMIN, null, null, null, null);
        Caller ownDistrict = new Caller("s", "S", Role.DISTRICT, 8L, "Södermalm", null, null);
        Caller otherDistrict = new Caller("r", "R", Role.DISTRICT, 9L, "Rinkeby-Kista", null, null);
        Caller ownUniversity = new Caller("u", "U", Role.UNIVERSITY, null, null, 1L, "SU");
        Caller otherUniversity = new Caller("e", "E", Role.UNIVERSITY, null, null, 2L, "ESH");
        Caller unbound = new Caller("n", "N", Role.DISTRICT, null, null, null, null);

        Placement proposal = proposal(sodermalm, su);
        assertThat(proposal.isReadableBy(central)).isTrue();
        assertThat(proposal.isReadableBy(admin)).isTrue();
        assertThat(proposal.isReadableBy(ownDistrict)).as("a proposal, own district").isFalse();
        assertThat(proposal.isReadableBy(ownUniversity)).as("a proposal, own university").isFalse();

        Placement offered = proposal(sodermalm, su);
        offered.publish("central", AT);
        Placement cancelled = proposal(sodermalm, su);
        cancelled.publish("central", AT);
        cancelled.cancel("Flyttar", "central", AT);
        for (Placement placement : new Placement[] {offered, cancelled}) {
            String status = placement.getStatus().name();
            assertThat(placement.isReadableBy(central)).as(status).isTrue();
            assertThat(placement.isReadableBy(admin)).as(status).isTrue();
            assertThat(placement.isReadableBy(ownDistrict)).as(status + ", own district").isTrue();
            assertThat(placement.isReadableBy(ownUniversity)).as(status + ", own university").isTrue();
            assertThat(placement.isReadableBy(otherDistrict)).as(status + ", other district").isFalse();
            assertThat(placement.isReadableBy(otherUniversity)).as(status + ", other university").isFalse();
            assertThat(placement.isReadableBy(unbound)).as(status + ", a district contact without district").isFalse();
        }
        Caller districtWithUniversityId = new Caller("x", "X", Role.DISTRICT, 9L, "Rinkeby-Kista", 1L, "SU");
        assertThat(offered.isReadableBy(districtWithUniversityId)).as("the role decides, not a stray id").isFalse();
    }

    private Placement proposal(District district, University university) {
        AreaOfWork area = new AreaOfWork("BOU", "Barn och unga", "Children and youth");
        Unit unit = new Unit(district, area, "Barn och familj");
        StudentRequest request = new StudentRequest(term, university, "s1", "Sara Student", "sara@example.org");
        return Placement.propose(request, new PlaceOffer(term, unit, area, 1), null, 1, "central", AT);
    }

    /** A stored entity's id, which only the database gives. */
    private static <T extends BaseEntity> T withId(T entity, long id) throws Exception {
        Field field = BaseEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
    }

    private static void refused(Placement placement, LocalDate on, LocalDate startedOn, LocalDate today, String key) {
        assertThatThrownBy(() -> placement.interrupt("Sjukdom", on, startedOn, today, "central", AT))
                .as(on + " reported " + today).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.getField()).isEqualTo("date");
                    assertThat(refused.getMessageKey()).isEqualTo(key);
                });
        assertThat(placement.getStatus()).isEqualTo(PlacementStatus.STARTED);
        assertThat(placement.getEndedOn()).isNull();
    }

    private void completionRefused(LocalDate on, LocalDate startedOn, LocalDate today, String key) {
        Placement placement = started();
        assertThatThrownBy(() -> placement.complete(on, startedOn, today, "central", AT))
                .as(on + " reported " + today).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.getField()).isEqualTo("date");
                    assertThat(refused.getMessageKey()).isEqualTo(key);
                });
        assertThat(placement.getStatus()).isEqualTo(PlacementStatus.STARTED);
        assertThat(placement.getEndedOn()).isNull();
    }

    private Placement started() {
        Placement placement = confirmed();
        placement.start("so", AT);
        return placement;
    }

    private Placement confirmed() {
        AreaOfWork area = new AreaOfWork("BOU", "Barn och unga", "Children and youth");
        Unit unit = new Unit(new District("SO", "Södermalm"), area, "Barn och familj");
        PlaceOffer offer = new PlaceOffer(term, unit, area, 1);
        StudentRequest request = new StudentRequest(term, new University("SU", "Stockholms universitet",
                "Stockholm University"), "s1", "Sara Student", "sara@example.org");
        Placement placement = Placement.propose(request, offer, null, 1, "central", AT);
        placement.publish("central", AT);
        placement.confirm(new Supervisor(unit, "Hanna Handledare", "hanna@example.org"), "so", AT);
        return placement;
    }
}
