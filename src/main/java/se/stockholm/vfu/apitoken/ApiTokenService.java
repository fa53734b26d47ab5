package se.stockholm.vfu.apitoken;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import se.stockholm.vfu.common.AccessDeniedException;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;
import se.stockholm.vfu.common.Page;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.user.AppUser;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Making, listing and revoking personal API tokens, and finding the user behind a token on each API call. Every
 * role manages its own tokens; the administrator may also list and revoke everyone's. A token belongs to its user
 * and is never shown again after {@link #create}: lists carry no secret and no hash.
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.DISTRICT_NAME, Role.UNIVERSITY_NAME})
public class ApiTokenService {

    /** Active tokens one user may hold: enough for several integrations, few enough to review. */
    public static final int MAX_ACTIVE = 10;

    /** Last use is written at most this often per token, so a busy client does not write on every call. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(ApiTokenService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    /**
     * A new token for the caller, valid until the end of {@code expiresOn} (Stockholm time) or until revoked when
     * none is given. The returned token is the only copy there will ever be.
     */
    public NewApiToken create(String name, LocalDate expiresOn) {
        Caller caller = currentUser.get();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("name", "apitoken.error.name");
        }
        if (trimmed.length() > ApiToken.NAME_MAX) {
            throw new InvalidInputException("name", "apitoken.error.nameLength", ApiToken.NAME_MAX);
        }
        Instant now = clock.instant();
        if (expiresOn != null && !expiresOn.isAfter(LocalDate.now(StockholmTime.ZONE).minusDays(1))) {
            throw new InvalidInputException("expiresOn", "apitoken.error.expiry");
        }
        // The user's row, locked until this token is committed, as WithdrawnTokens locks it before revoking: an
        // administrator's reset, disabling or move either committed before this read (its epoch is then not the one
        // the caller was signed in with) or waits for this token and revokes it. Without the lock a token read in
        // the old scope could be written after the revocation had run, and stay active.
        AppUser user = em.createQuery("SELECT u FROM AppUser u WHERE u.username = :username", AppUser.class)
                .setParameter("username", caller.username()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElseThrow(AccessDeniedException::new);
        if (!user.isEnabled() || user.getCredentialEpoch() != currentUser.credentialEpoch()) {
            // taken back since this request was signed in (SessionGuard checked the epoch at its start)
            LOG.info(() -> "API token refused to user " + user.getId() + ": access withdrawn during the request");
            throw new AccessDeniedException();
        }
        long active = em.createQuery("""
                SELECT COUNT(t) FROM ApiToken t WHERE t.user = :user AND t.revokedAt IS NULL
                AND (t.expiresAt IS NULL OR t.expiresAt > :now)""", Long.class)
                .setParameter("user", user).setParameter("now", now).getSingleResult();
        if (active >= MAX_ACTIVE) {
            throw new InvalidInputException("name", "apitoken.error.tooMany", MAX_ACTIVE);
        }
        String secret = ApiTokens.newToken();
        Instant expiresAt = expiresOn == null ? null
                : expiresOn.plusDays(1).atStartOfDay(StockholmTime.ZONE).toInstant();
        ApiToken token = new ApiToken(user, trimmed, ApiTokens.hash(secret), expiresAt);
        em.persist(token);
        em.flush();
        LOG.info(() -> "API token " + token.getId() + " created by " + caller.username());
        return new NewApiToken(token.getId(), token.getName(), secret, expiresAt);
    }

    /** The caller's own tokens, newest first, revoked and expired ones too. */
    public List<ApiTokenRow> own() {
        Instant now = clock.instant();
        return em.createQuery("""
                SELECT t FROM ApiToken t JOIN FETCH t.user WHERE t.user.username = :username
                ORDER BY t.createdAt DESC, t.id DESC""", ApiToken.class)
                .setParameter("username", currentUser.get().username())
                .getResultStream().map(t -> ApiTokenRow.of(t, now)).toList();
    }

    /** The administrator's table of everyone's active tokens: its sortable columns, by the names the table uses. */
    private static final Map<String, String> SORTABLE = Map.of("username", "t.user.username", "name", "t.name",
            "createdAt", "t.createdAt", "lastUsedAt", "t.lastUsedAt", "expiresAt", "t.expiresAt");

    /**
     * One page of every user's active tokens, for the administrator: newest first unless another column is asked
     * for; filter {@code text} matches the username or the token's name. One query for the rows (with their users)
     * and one count.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Page<ApiTokenRow> allActive(@NotNull PageRequest page) {
        requireAdmin();
        Instant now = clock.instant();
        // the JPA-compliant query language allows no alias on a fetch join: the user by its path
        String where = " WHERE t.revokedAt IS NULL AND (t.expiresAt IS NULL OR t.expiresAt > :now)"
                + page.containsCondition("text", "t.user.username", "t.name");
        String order = page.sortField() == null || !SORTABLE.containsKey(page.sortField())
                ? " ORDER BY t.createdAt DESC, t.id DESC" : page.orderBy(SORTABLE, "t.createdAt", "t.id");
        TypedQuery<ApiToken> rows = em.createQuery("SELECT t FROM ApiToken t JOIN FETCH t.user" + where + order,
                ApiToken.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(t) FROM ApiToken t" + where, Long.class);
        for (TypedQuery<?> query : new TypedQuery<?>[] {rows, count}) {
            query.setParameter("now", now);
            page.bindContains(query, "text");
        }
        List<ApiTokenRow> found = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultStream()
                .map(t -> ApiTokenRow.of(t, now)).toList();
        return new Page<>(found, count.getSingleResult());
    }

    /**
     * Revokes a token of the caller's own, or any user's for the administrator; it stops working at once. Another
     * user's token is "not found" to anyone else, so its id tells nothing.
     */
    public void revoke(long id) {
        Caller caller = currentUser.get();
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || !(token.getUser().getUsername().equals(caller.username())
                || caller.role() == Role.ADMIN)) {
            throw new NotFoundException();
        }
        token.revoke(caller.username(), clock.instant());
        LOG.info(() -> "API token " + id + " revoked by " + caller.username());
    }

    /**
     * The user behind an active token of an enabled user, by the token's hash; empty for anything else. Called
     * before anyone is signed in, by {@link ApiTokenFilter}, once per API call.
     */
    @PermitAll
    public Optional<TokenUser> userOf(String tokenHash) {
        Instant now = clock.instant();
        List<Tuple> found = em.createQuery("""
                SELECT t.id, u.username, t.lastUsedAt, u.credentialEpoch FROM ApiToken t JOIN t.user u
                WHERE t.tokenHash = :hash AND t.revokedAt IS NULL AND (t.expiresAt IS NULL OR t.expiresAt > :now)
                AND u.enabled = TRUE""", Tuple.class)
                .setParameter("hash", tokenHash).setParameter("now", now).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Tuple row = found.get(0);
        Instant lastUsed = row.get(2, Instant.class);
        if (lastUsed == null || lastUsed.isBefore(now.minus(LAST_USED_PRECISION))) {
            // a bulk update: neither a new version of the record nor a line in its change history
            em.createQuery("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id")
                    .setParameter("now", now).setParameter("id", row.get(0, Long.class)).executeUpdate();
        }
        return Optional.of(new TokenUser(row.get(1, String.class), row.get(3, Integer.class)));
    }

    /**
     * The user a token call runs as, and the user's credential epoch read with the token's active state: an
     * administrator's change committed later moves the epoch, so the call stops there ({@code SessionGuard}).
     */
    public record TokenUser(String username, int credentialEpoch) {
    }

    private void requireAdmin() {
        if (currentUser.get().role() != Role.ADMIN) {
            throw new AccessDeniedException();
        }
    }
}
