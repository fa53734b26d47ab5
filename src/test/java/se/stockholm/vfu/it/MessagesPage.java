package se.stockholm.vfu.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import se.stockholm.vfu.web.Messages;

/**
 * Test deployments only: the buttons of {@code it-messages.xhtml}, which say a message as the portal's pages do, on the
 * page itself or before sending the user on, through a page that sends them on again (web.KeepMessagesOnRedirect,
 * web.RedirectedMessages).
 */
@Named
@RequestScoped
public class MessagesPage {

    /** The term the message names. */
    public static final String TERM = "HT2099";

    /** As much as the portal's biggest pages (the supervisors pages), far more than the response buffer holds. */
    public String getTableSizedText() {
        return "rad ".repeat(40_000);
    }

    public void say() {
        Messages.info("term.saved", TERM);
    }

    /** Says the message and sends the user to a page that sends them on, as a password change does (the landing page). */
    public String sayAndLeave() {
        Messages.info("term.saved", TERM);
        return "it-messages-onward?faces-redirect=true";
    }

    /** The view action of {@code it-messages-onward.xhtml}: a plain redirect, as web.Landing's. */
    public void onward() {
        Faces.redirect("it-messages.xhtml");
    }
}
