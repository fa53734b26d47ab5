package se.stockholm.vfu.apitoken;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.config.DatabaseMigration;
import se.stockholm.vfu.config.DemoData;
import se.stockholm.vfu.config.PortalSettings;
import se.stockholm.vfu.user.AppUser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * API tokens in the embedded demo, so that the API-nycklar page shows something: each demo login gets one active
 * token with a name saying what it is for, one it revoked and one that has expired. The secrets are random like real
 * ones, only their hashes are stored, and they are never shown or logged: nobody can use a demo token. Written for
 * every demo login that has no token yet, in the embedded default with demo data only, so a restart adds nothing
 * and a demo database from before this class gets its tokens too.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoApiTokens {

    private static final Logger LOG = Logger.getLogger(DemoApiTokens.class.getName());

    /** What each demo login's active token is for. */
    private static final Map<String, String> ACTIVE = Map.of(
            "central", "Rapportverktyg",
            "admin", "Driftövervakning",
            "sodermalm", "Platsrapportering Södermalm",
            "rinkeby", "Platsrapportering Rinkeby-Kista",
            "su", "Import av studentönskemål SU",
            "sh", "Import av studentönskemål SH");

    @Inject
    private PortalSettings settings;

    @Inject
    private DatabaseMigration migration;

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void loadIfDemo() {
        if (!settings.isDemoDataWanted() || !"H2".equalsIgnoreCase(migration.databaseProduct())) {
            return;
        }
        List<AppUser> without = em.createQuery("""
                SELECT u FROM AppUser u WHERE u.username IN :demo
                AND NOT EXISTS (SELECT t FROM ApiToken t WHERE t.user = u) ORDER BY u.username""", AppUser.class)
                .setParameter("demo", DemoData.DEMO_USERNAMES).getResultList();
        Instant now = Instant.now();
        for (AppUser user : without) {
            String purpose = ACTIVE.getOrDefault(user.getUsername(), "Rapportverktyg");
            ApiToken active = token(user, purpose, now.minus(Duration.ofDays(30)), null);
            active.usedAt(now.minus(Duration.ofHours(2)));
            token(user, "Gammalt exportskript", now.minus(Duration.ofDays(90)), null)
                    .revoke(user.getUsername(), now.minus(Duration.ofDays(20)));
            token(user, "Testnyckel förra terminen", now.minus(Duration.ofDays(200)), now.minus(Duration.ofDays(10)));
        }
        if (!without.isEmpty()) {
            LOG.info(() -> "Demo API tokens written for " + without.size() + " demo logins");
        }
    }

    private ApiToken token(AppUser user, String name, Instant createdAt, Instant expiresAt) {
        // a real random secret, hashed as the service does; the secret itself is dropped here
        ApiToken token = new ApiToken(user, name, ApiTokens.hash(ApiTokens.newToken()), createdAt, expiresAt);
        em.persist(token);
        return token;
    }
}
