package se.stockholm.vfu.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import se.stockholm.vfu.security.CurrentUser;

/**
 * Sends each user from / to their own role's landing page: a plain redirect, not a navigation outcome. Mojarra keeps a
 * view action's messages in the flash when it navigates by outcome, of its own accord, and the flash would give them a
 * second time; the messages said before the user was sent here (a changed password) wait in the session for the page
 * shown ({@link RedirectedMessages}).
 */
@Named
@RequestScoped
public class Landing {

    @Inject
    private CurrentUser currentUser;

    public void redirect() {
        Faces.redirect(switch (currentUser.get().role()) {
            case CENTRAL, ADMIN -> "central/overview.xhtml";
            case DISTRICT -> "district/overview.xhtml";
            case UNIVERSITY -> "university/overview.xhtml";
        });
    }
}
