package se.stockholm.vfu.evaluation;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stockholm.vfu.common.ConflictException;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.it.Fixtures;
import se.stockholm.vfu.it.RunAs;
import se.stockholm.vfu.placement.PlacementCompleted;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The evaluation links, in the server: a completed placement invites its student and supervisor once each by mail,
 * with a link that only its hash is stored of; the link works once, expires, answers only for its own placement and
 * respondent, and gets one reminder before it expires.
 */
@ExtendWith(ArquillianExtension.class)
class EvaluationServiceIT {

    private static final List<Integer> SCORES = List.of(5, 4, 4, 3);

    @Inject
    EvaluationService evaluations;

    @Inject
    EvaluationFixtures fixtures;

    @Inject
    EvaluationMailbox mailbox;

    @Inject
    RunAs runAs;

    private EvaluationFixtures.Scenario completed(int count) throws Exception {
        return runAs.userCommitting(Fixtures.CENTRAL,
                () -> fixtures.completed(EvaluationFixtures.TERM, "SO", "SU", count));
    }

    @Test
    void aCompletedPlacementInvitesItsStudentAndSupervisorOnceEachWithOnlyTheHashStored() throws Exception {
        EvaluationFixtures.Scenario scenario = completed(1);
        long student = scenario.studentInvitations().get(0);
        long supervisor = scenario.supervisorInvitations().get(0);

        List<EvaluationMailbox.Mail> studentMails = mailbox.of(student);
        assertThat(studentMails).hasSize(1);
        EvaluationMailbox.Mail mail = studentMails.get(0);
        assertThat(mail.to()).startsWith("it-eval-").endsWith("@it.example").doesNotContain("sup");
        assertThat(mail.token()).as("a 256-bit token, URL-safe").hasSize(43);
        assertThat(mail.body()).as("no name in the mail").doesNotContain("IT Eval").doesNotContain("IT Handledare")
                .doesNotContain("IT Utvärdering").contains("Din VFU-placering är avslutad").contains("Your field placement");
        assertThat(mailbox.of(supervisor)).singleElement().satisfies(m -> assertThat(m.to()).startsWith("it-eval-sup-"));

        Object[] stored = fixtures.stored(student);
        assertThat(stored[0]).as("only the SHA-256 of the token").isEqualTo(EvaluationTokens.hash(mail.token()));
        assertThat(String.valueOf(stored[0])).doesNotContain(mail.token());

        // the event again (a replay, a second node): nobody is invited twice
        runAs.userCommitting(Fixtures.CENTRAL, () -> {
            evaluations.invite(new PlacementCompleted(scenario.placements().get(0)));
        });
        assertThat(mailbox.of(student)).hasSize(1);
        assertThat(mailbox.of(supervisor)).hasSize(1);
    }

    @Test
    void theLinkWorksOnceAndOnlyForItsOwnPlacementAndRespondent() throws Exception {
        EvaluationFixtures.Scenario scenario = completed(2);
        String first = fixtures.token(scenario.studentInvitations().get(0));
        assertThat(evaluations.link(first).state()).isEqualTo(EvaluationLink.State.OPEN);
        assertThat(evaluations.link(first).respondent()).isEqualTo(Respondent.STUDENT);

        evaluations.answer(first, SCORES, "Bra handledning");

        assertThat(fixtures.answersOf(scenario.placements().get(0))).containsExactly("STUDENT");
        assertThat(fixtures.answersOf(scenario.placements().get(1))).as("the other placement is untouched").isEmpty();
        assertThat(fixtures.stored(scenario.supervisorInvitations().get(0))[2]).as("the supervisor's link stays open")
                .isNull();
        assertThat(evaluations.link(first).state()).isEqualTo(EvaluationLink.State.ANSWERED);
        assertThatThrownBy(() -> evaluations.answer(first, SCORES, "again")).isInstanceOf(ConflictException.class);
        assertThat(fixtures.answersOf(scenario.placements().get(0))).as("still one answer").containsExactly("STUDENT");
        assertThat(fixtures.freeTextOf(scenario.placements().get(0), Respondent.STUDENT)).isEqualTo("Bra handledning");

        // a token that is not one, or one changed by a character, opens nothing
        String changed = (first.charAt(0) == 'A' ? 'B' : 'A') + first.substring(1);
        assertThat(evaluations.link(changed).state()).isEqualTo(EvaluationLink.State.UNKNOWN);
        assertThatThrownBy(() -> evaluations.answer(changed, SCORES, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> evaluations.answer("../../api/terms", SCORES, null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAnswerOutsideTheScaleIsRefusedNamingTheQuestionAndTheLinkStaysOpen() throws Exception {
        EvaluationFixtures.Scenario scenario = completed(1);
        String token = fixtures.token(scenario.studentInvitations().get(0));

        assertThatThrownBy(() -> evaluations.answer(token, List.of(5, 6, 4, 3), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("q2"));
        assertThatThrownBy(() -> evaluations.answer(token, List.of(5, 4, 4), null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> evaluations.answer(token, SCORES, "x".repeat(2001)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("freeText"));
        assertThat(evaluations.link(token).state()).isEqualTo(EvaluationLink.State.OPEN);
        assertThat(fixtures.answersOf(scenario.placements().get(0))).isEmpty();
    }

    @Test
    void theLinkExpires() throws Exception {
        EvaluationFixtures.Scenario scenario = completed(1);
        long invitation = scenario.studentInvitations().get(0);
        String token = fixtures.token(invitation);
        fixtures.expireAt(invitation, Instant.now().minusSeconds(1));

        assertThat(evaluations.link(token).state()).isEqualTo(EvaluationLink.State.EXPIRED);
        assertThatThrownBy(() -> evaluations.answer(token, SCORES, null)).isInstanceOf(ConflictException.class);
        assertThat(fixtures.answersOf(scenario.placements().get(0))).isEmpty();
    }

    @Test
    void theDefaultValidityIsThirtyDays() throws Exception {
        EvaluationFixtures.Scenario scenario = completed(1);
        Instant expires = evaluations.link(fixtures.token(scenario.studentInvitations().get(0))).expiresAt();
        assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofDays(30).minusMinutes(5),
                Duration.ofDays(30));
    }

    @Test
    void aReminderGoesOnceBeforeExpiryWithALinkOfItsOwnAndAnAnswerClosesBoth() throws Exception {
        EvaluationFixtures.Scenario scenario = completed(3);
        long due = scenario.studentInvitations().get(0);
        long later = scenario.studentInvitations().get(1);
        long answered = scenario.studentInvitations().get(2);
        Instant now = Instant.now();
        fixtures.expireAt(due, now.plus(Duration.ofDays(3)));
        fixtures.expireAt(answered, now.plus(Duration.ofDays(3)));
        evaluations.answer(fixtures.token(answered), SCORES, null);
        String original = fixtures.token(due);

        evaluations.sendReminders(now);
        evaluations.sendReminders(now.plus(Duration.ofHours(1)));

        List<EvaluationMailbox.Mail> mails = mailbox.of(due);
        assertThat(mails).extracting(EvaluationMailbox.Mail::key)
                .as("the invitation, then exactly one reminder").containsExactly("evaluation.invitation", "evaluation.reminder");
        String reminder = mails.get(1).token();
        assertThat(reminder).isNotEqualTo(original);
        assertThat(mails.get(1).subject()).startsWith("Påminnelse");
        assertThat(mailbox.of(later)).as("not due for 30 days: no reminder yet").hasSize(1);
        assertThat(mailbox.of(answered)).as("answered: no reminder").hasSize(1);
        assertThat(fixtures.stored(due)[1]).isEqualTo(EvaluationTokens.hash(reminder));

        evaluations.answer(reminder, SCORES, null);
        assertThat(evaluations.link(original).state()).as("one answer closes both links")
                .isEqualTo(EvaluationLink.State.ANSWERED);
        assertThatThrownBy(() -> evaluations.answer(original, SCORES, null)).isInstanceOf(ConflictException.class);

        // an expired invitation is never reminded
        fixtures.expireAt(later, now.minusSeconds(1));
        evaluations.sendReminders(now);
        assertThat(mailbox.of(later)).hasSize(1);
    }
}
