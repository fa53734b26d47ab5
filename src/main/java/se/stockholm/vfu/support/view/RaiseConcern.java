package se.stockholm.vfu.support.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.support.ConcernForm;
import se.stockholm.vfu.support.SupportService;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;

/** The support page's form for raising a concern on the placement the page shows. */
@Named
@ViewScoped
public class RaiseConcern implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupportService supportService;

    @Inject
    private SupportPage page;

    @Inject
    private CurrentUser currentUser;

    private String text;

    public void raise() {
        supportService.raise(page.getPlacementId(), new ConcernForm(text));
        text = null;
        Messages.info("support.concern.raised");
        page.load();
    }

    /** Concerns are raised by the university or the district, not the central contact, while the placement runs. */
    public boolean isAllowed() {
        Role role = currentUser.get().role();
        return page.isRunning() && (role == Role.DISTRICT || role == Role.UNIVERSITY);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
