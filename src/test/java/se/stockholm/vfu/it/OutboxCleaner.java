package se.stockholm.vfu.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Test deployments only: empties the mail outbox. Earlier test classes leave hundreds of mails there that no SMTP
 * server took (only the mail tests start GreenMail), and the outbox's timer retries them every 30 seconds, hundreds of
 * statements a time; a test that counts the server's statements (web.StatementsPerPageIT) would count those too.
 */
@Stateless
public class OutboxCleaner {

    @PersistenceContext
    private EntityManager em;

    /** Deletes every mail still waiting in the outbox; answers how many. */
    public int empty() {
        return em.createQuery("DELETE FROM OutboxMail").executeUpdate();
    }
}
