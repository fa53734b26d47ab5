package se.stockholm.vfu.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import se.stockholm.vfu.notification.OutgoingMail;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test deployments only: keeps the evaluation mails the portal hands to its mailer (in the business transaction),
 * so tests can follow a link as its respondent would. Keyed by the invitation's id (the mail's recipient id).
 */
@ApplicationScoped
public class EvaluationMailbox {

    private static final Pattern LINK = Pattern.compile("/evaluation/([A-Za-z0-9_-]{43})");

    /** One evaluation mail: which kind, to whom, its subject and body, and the token of its link. */
    public record Mail(String key, String to, String subject, String body, String token) {
    }

    private final Map<Long, List<Mail>> byInvitation = new ConcurrentHashMap<>();

    void keep(@Observes OutgoingMail mail) {
        if (!mail.noticeKey().startsWith("evaluation.")) {
            return;
        }
        for (OutgoingMail.Message message : mail.messages()) {
            Matcher link = LINK.matcher(message.body());
            String token = link.find() ? link.group(1) : null;
            byInvitation.computeIfAbsent(message.recipientId(), id -> new CopyOnWriteArrayList<>())
                    .add(new Mail(mail.noticeKey(), message.to(), message.subject(), message.body(), token));
        }
    }

    /** Every evaluation mail for the invitation, oldest first. */
    public List<Mail> of(long invitationId) {
        return List.copyOf(byInvitation.getOrDefault(invitationId, List.of()));
    }
}
