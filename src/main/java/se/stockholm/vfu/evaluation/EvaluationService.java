package se.stockholm.vfu.evaluation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import se.stockholm.vfu.common.ConflictException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.common.SwedishOrder;
import se.stockholm.vfu.config.PortalSettings;
import se.stockholm.vfu.notification.OutgoingMail;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.placement.PlacementCompleted;
import se.stockholm.vfu.placement.PlacementStatus;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import static se.stockholm.vfu.common.StockholmTime.ZONE;

/**
 * Evaluations after the placement. A completed placement ({@link PlacementCompleted}, in its transaction) invites its
 * student and its supervisor, each with a link of their own by mail; the link is answered once, before it expires,
 * through the public answer page ({@link EvaluationServlet}), which is the only thing the link opens; an unanswered
 * link gets one reminder (a second link) before it expires ({@link EvaluationReminderJob}).
 * <p>
 * Results are counted per term and group (district, unit, area of work, university) on the server, and a group of
 * fewer than {@link EvaluationQuestions#MIN_GROUP} answers is suppressed here, so pages and the API can only show
 * what this service lets out. A district contact sees its own district's answers, a university coordinator its own
 * students', each with the city's total; the central contact everything, and alone the free texts.
 * <p>
 * Logs carry internal ids only: never a token, an address or an answer.
 */
@Stateless
@PermitAll
public class EvaluationService {

    static final String INVITATION_KEY = "evaluation.invitation";
    static final String REMINDER_KEY = "evaluation.reminder";
    private static final Logger LOG = Logger.getLogger(EvaluationService.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final String LINK_PATH = "/evaluation/";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PortalSettings settings;

    @Inject
    private Event<OutgoingMail> mails;

    @Inject
    private Clock clock;

    /** Invites the completed placement's student and supervisor; a placement already invited is left as it is. */
    public void invite(@Observes PlacementCompleted completed) {
        Placement placement = em.find(Placement.class, completed.placementId());
        if (placement == null || placement.getStatus() != PlacementStatus.COMPLETED) {
            return;
        }
        Instant now = clock.instant();
        List<OutgoingMail.Message> messages = new ArrayList<>();
        for (Respondent respondent : Respondent.values()) {
            String address = addressOf(placement, respondent);
            if (address == null || invited(placement, respondent)) {
                continue;
            }
            String token = EvaluationTokens.newToken();
            EvaluationInvitation invitation = new EvaluationInvitation(placement, respondent,
                    EvaluationTokens.hash(token), now, settings.evaluationValidity());
            em.persist(invitation);
            em.flush();
            messages.add(mail(INVITATION_KEY, invitation, address, token));
        }
        if (!messages.isEmpty()) {
            mails.fire(new OutgoingMail(INVITATION_KEY, messages));
            LOG.info(() -> "Evaluation invitations for placement " + placement.getId() + ": " + messages.size());
        }
    }

    /** What the answer page may show for a token: its state, the respondent's kind and its expiry. */
    public EvaluationLink link(String token) {
        EvaluationInvitation invitation = byToken(token, false);
        if (invitation == null) {
            return EvaluationLink.UNKNOWN;
        }
        Instant now = clock.instant();
        EvaluationLink.State state = invitation.getAnsweredAt() != null ? EvaluationLink.State.ANSWERED
                : invitation.isExpired(now) ? EvaluationLink.State.EXPIRED : EvaluationLink.State.OPEN;
        return new EvaluationLink(state, invitation.getRespondent(), invitation.getExpiresAt());
    }

    /**
     * Saves the answer of the link's invitation and closes the invitation: the token alone says which placement
     * and which respondent, nothing the form sends can choose another. Unknown link: 404; answered or expired: 409.
     */
    public void answer(String token, List<Integer> scores, String freeText) {
        EvaluationInvitation invitation = byToken(token, true);
        if (invitation == null) {
            throw new NotFoundException();
        }
        Instant now = clock.instant();
        if (invitation.getAnsweredAt() != null) {
            throw new ConflictException(null, "evaluation.link.answered");
        }
        if (invitation.isExpired(now)) {
            throw new ConflictException(null, "evaluation.link.expired");
        }
        em.persist(EvaluationAnswer.of(invitation, scores, freeText, now));
        em.flush();
        LOG.info(() -> "Evaluation answered: invitation " + invitation.getId());
    }

    /**
     * Sends one reminder, with a link of its own, for each unanswered invitation that expires within the reminder
     * period; an invitation is reminded once. Run by the timer and idempotent: a second run finds nothing.
     */
    public int sendReminders(Instant now) {
        List<EvaluationInvitation> due = em.createQuery("""
                        SELECT i FROM EvaluationInvitation i
                        WHERE i.answeredAt IS NULL AND i.remindedAt IS NULL AND i.expiresAt > :now
                          AND i.expiresAt <= :soon ORDER BY i.id""", EvaluationInvitation.class)
                .setParameter("now", now).setParameter("soon", now.plus(settings.evaluationReminderBefore()))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        List<OutgoingMail.Message> messages = new ArrayList<>();
        for (EvaluationInvitation invitation : due) {
            String token = EvaluationTokens.newToken();
            invitation.remind(EvaluationTokens.hash(token), now);
            String address = addressOf(invitation.getPlacement(), invitation.getRespondent());
            if (address != null) {
                messages.add(mail(REMINDER_KEY, invitation, address, token));
            }
        }
        em.flush();
        if (!messages.isEmpty()) {
            mails.fire(new OutgoingMail(REMINDER_KEY, messages));
        }
        if (!due.isEmpty()) {
            LOG.info(() -> "Evaluation reminders sent: " + due.size());
        }
        return due.size();
    }

    /**
     * The results per term and group for one respondent kind, in the caller's scope, with the city's total per term;
     * groups of fewer than five answers suppressed. Oldest term first; in a term the city's total first, then the
     * groups by name in Swedish order.
     */
    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.DISTRICT_NAME, Role.UNIVERSITY_NAME})
    public List<ResultRow> results(@NotNull Grouping grouping, @NotNull Respondent respondent) {
        Caller caller = currentUser.get();
        String scope = "";
        Long scopeId = null;
        if (caller.role() == Role.DISTRICT) {
            scope = " AND a.districtId = :scope";
            scopeId = caller.districtId() == null ? -1L : caller.districtId();
        } else if (caller.role() == Role.UNIVERSITY) {
            scope = " AND a.universityId = :scope";
            scopeId = caller.universityId() == null ? -1L : caller.universityId();
        }
        TypedQuery<Tuple> query = em.createQuery("SELECT t.code, t.vfuStart, a." + grouping.field()
                + ", COUNT(a), AVG(a.q1), AVG(a.q2), AVG(a.q3), AVG(a.q4)"
                + " FROM EvaluationAnswer a, Term t WHERE t.id = a.termId AND a.respondent = :respondent" + scope
                + " GROUP BY t.code, t.vfuStart, a." + grouping.field(), Tuple.class)
                .setParameter("respondent", respondent);
        if (scopeId != null) {
            query.setParameter("scope", scopeId);
        }
        List<Tuple> groups = query.getResultList();
        Map<Long, String[]> names = names(grouping, groups.stream().map(row -> row.get(2, Long.class)).toList());
        List<Tuple> totals = em.createQuery("""
                        SELECT t.code, t.vfuStart, COUNT(a), AVG(a.q1), AVG(a.q2), AVG(a.q3), AVG(a.q4)
                        FROM EvaluationAnswer a, Term t WHERE t.id = a.termId AND a.respondent = :respondent
                        GROUP BY t.code, t.vfuStart""", Tuple.class)
                .setParameter("respondent", respondent).getResultList();
        Map<String, LocalDate> starts = new HashMap<>();
        List<ResultRow> rows = new ArrayList<>();
        for (Tuple row : groups) {
            String term = row.get(0, String.class);
            starts.put(term, row.get(1, LocalDate.class));
            long id = row.get(2, Long.class);
            String[] name = names.getOrDefault(id, new String[] {"?", "?"});
            rows.add(row(term, grouping, id, name[0], name[1], false, row, 3));
        }
        for (Tuple row : totals) {
            // every caller sees the city's total: it says nothing about one group, and is suppressed under five too
            String term = row.get(0, String.class);
            starts.put(term, row.get(1, LocalDate.class));
            rows.add(row(term, grouping, null, "Hela staden", "City total", true, row, 2));
        }
        rows.sort(Comparator.<ResultRow, LocalDate>comparing(r -> starts.get(r.termCode()))
                .thenComparing(ResultRow::cityTotal, Comparator.reverseOrder())
                .thenComparing(ResultRow::groupName, SwedishOrder.names()));
        return rows;
    }

    /** The free texts, newest first, for the central contact (and the administrator) only. Filter: {@code term}. */
    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public Page<FreeTextRow> freeTexts(@NotNull PageRequest page) {
        currentUser.get().requireCityWide();
        String term = page.filter("term");
        String where = " WHERE a.freeText IS NOT NULL" + (term == null ? "" : " AND t.code = :term");
        String from = " FROM EvaluationAnswer a, Term t, District d, Unit u, University un"
                + where + " AND t.id = a.termId AND d.id = a.districtId AND u.id = a.unitId AND un.id = a.universityId";
        TypedQuery<FreeTextRow> rows = em.createQuery("SELECT NEW se.stockholm.vfu.evaluation.FreeTextRow(a.id, t.code,"
                + " a.respondent, d.name, u.name, un.code, a.freeText, a.answeredAt)" + from
                + " ORDER BY a.answeredAt DESC, a.id DESC", FreeTextRow.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a)" + from, Long.class);
        if (term != null) {
            rows.setParameter("term", term);
            count.setParameter("term", term);
        }
        return new Page<>(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    /** For the data-subject export: the student's own invitations and answers on these placements. */
    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public List<StudentEvaluation> ofStudent(List<Long> placementIds) {
        currentUser.get().requireCityWide();
        if (placementIds.isEmpty()) {
            return List.of();
        }
        Map<Long, EvaluationAnswer> answers = new HashMap<>();
        em.createQuery("SELECT a FROM EvaluationAnswer a WHERE a.placementId IN :ids AND a.respondent = :student",
                        EvaluationAnswer.class).setParameter("ids", placementIds)
                .setParameter("student", Respondent.STUDENT).getResultList()
                .forEach(a -> answers.put(a.getPlacementId(), a));
        return em.createQuery("""
                        SELECT i FROM EvaluationInvitation i WHERE i.placement.id IN :ids AND i.respondent = :student
                        ORDER BY i.id""", EvaluationInvitation.class)
                .setParameter("ids", placementIds).setParameter("student", Respondent.STUDENT).getResultList()
                .stream().map(i -> {
                    EvaluationAnswer a = answers.get(i.getPlacement().getId());
                    return new StudentEvaluation(i.getPlacement().getId(), i.getCreatedAt(), i.getExpiresAt(),
                            i.getRemindedAt(), i.getAnsweredAt(), a == null ? null : a.getScores(),
                            a == null ? null : a.getFreeText());
                }).toList();
    }

    /**
     * For the data-subject export: the free texts of the other answers still linked to these placements (the
     * supervisors'), oldest first. Retention cuts the link, and then the text is no longer the student's.
     */
    @RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME})
    public List<PlacementFreeText> freeTextsAbout(List<Long> placementIds) {
        currentUser.get().requireCityWide();
        if (placementIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        SELECT a FROM EvaluationAnswer a WHERE a.placementId IN :ids AND a.respondent <> :student
                        AND a.freeText IS NOT NULL ORDER BY a.answeredAt, a.id""", EvaluationAnswer.class)
                .setParameter("ids", placementIds).setParameter("student", Respondent.STUDENT).getResultStream()
                .map(a -> new PlacementFreeText(a.getPlacementId(), a.getRespondent().name(), a.getAnsweredAt(),
                        a.getFreeText()))
                .toList();
    }

    private ResultRow row(String term, Grouping grouping, Long id, String name, String nameEn, boolean total,
                          Tuple row, int countAt) {
        int answers = row.get(countAt, Long.class).intValue();
        if (answers < EvaluationQuestions.MIN_GROUP) {
            return new ResultRow(term, grouping, id, name, nameEn, total, true, null, null, null);
        }
        List<Double> means = new ArrayList<>();
        for (int i = 1; i <= EvaluationQuestions.COUNT; i++) {
            means.add(round(row.get(countAt + i, Double.class)));
        }
        double overall = round(means.stream().mapToDouble(Double::doubleValue).average().orElse(0));
        return new ResultRow(term, grouping, id, name, nameEn, total, false, answers, List.copyOf(means), overall);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** Each group's name in Swedish and English (only areas of work differ). */
    private Map<Long, String[]> names(Grouping grouping, List<Long> ids) {
        Map<Long, String[]> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        String jpql = switch (grouping) {
            case DISTRICT -> "SELECT x.id, x.name, x.name FROM District x WHERE x.id IN :ids";
            case UNIT -> "SELECT x.id, x.name, x.name FROM Unit x WHERE x.id IN :ids";
            case AREA -> "SELECT x.id, x.nameSv, x.nameEn FROM AreaOfWork x WHERE x.id IN :ids";
            case UNIVERSITY -> "SELECT x.id, x.nameSv, x.nameEn FROM University x WHERE x.id IN :ids";
        };
        em.createQuery(jpql, Tuple.class).setParameter("ids", ids).getResultList()
                .forEach(row -> names.put(row.get(0, Long.class),
                        new String[] {row.get(1, String.class), row.get(2, String.class)}));
        return names;
    }

    private boolean invited(Placement placement, Respondent respondent) {
        return em.createQuery("""
                        SELECT COUNT(i) FROM EvaluationInvitation i WHERE i.placement = :placement
                        AND i.respondent = :respondent""", Long.class)
                .setParameter("placement", placement).setParameter("respondent", respondent).getSingleResult() > 0;
    }

    private EvaluationInvitation byToken(String token, boolean forUpdate) {
        if (!EvaluationTokens.looksLikeToken(token)) {
            return null;
        }
        String hash = EvaluationTokens.hash(token);
        TypedQuery<EvaluationInvitation> query = em.createQuery("""
                SELECT i FROM EvaluationInvitation i WHERE i.tokenHash = :hash OR i.reminderTokenHash = :hash""",
                EvaluationInvitation.class).setParameter("hash", hash);
        if (forUpdate) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst().orElse(null);
    }

    private static String addressOf(Placement placement, Respondent respondent) {
        String address = respondent == Respondent.STUDENT ? placement.getRequest().getStudentEmail()
                : placement.getSupervisor() == null ? null : placement.getSupervisor().getEmail();
        return address == null || address.isBlank() ? null : address.trim();
    }

    /** The mail: Swedish, then English; the link and its last day, nothing about the placement or anyone in it. */
    private OutgoingMail.Message mail(String key, EvaluationInvitation invitation, String to, String token) {
        String link = settings.portalUrl() + LINK_PATH + token;
        String until = DAY.format(invitation.getExpiresAt().atZone(ZONE).toLocalDate());
        String kind = invitation.getRespondent().name().toLowerCase(java.util.Locale.ROOT);
        String subject = EvaluationTexts.text(EvaluationTexts.SWEDISH, key + ".subject") + " / "
                + EvaluationTexts.text(EvaluationTexts.ENGLISH, key + ".subject");
        String body = EvaluationTexts.text(EvaluationTexts.SWEDISH, key + ".body." + kind, link, until)
                + "\n\n----\n\n" + EvaluationTexts.text(EvaluationTexts.ENGLISH, key + ".body." + kind, link, until);
        return new OutgoingMail.Message(invitation.getId(), to, subject, body);
    }
}
