package se.stockholm.vfu.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.security.CurrentUser;

/** Sends each user from / to their own role's landing page. */
@Named
@RequestScoped
public class Landing {

    @Inject
    private CurrentUser currentUser;

    public String redirect() {
        return switch (currentUser.get().role()) {
            case CENTRAL, ADMIN -> "/central/overview.xhtml?faces-redirect=true";
            case DISTRICT -> "/district/overview.xhtml?faces-redirect=true";
            case UNIVERSITY -> "/university/overview.xhtml?faces-redirect=true";
        };
    }
}
