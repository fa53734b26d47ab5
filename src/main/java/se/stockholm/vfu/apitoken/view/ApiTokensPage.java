package se.stockholm.vfu.apitoken.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.apitoken.ApiTokenRow;
import se.stockholm.vfu.apitoken.ApiTokenService;
import se.stockholm.vfu.apitoken.NewApiToken;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The "API-nycklar" page of every role: make a token with a name (and optionally a last day), see it once, list
 * one's own tokens and revoke them; the administrator also sees every user's active tokens and may revoke them.
 */
@Named
@ViewScoped
public class ApiTokensPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApiTokenService tokens;

    @Inject
    private CurrentUser currentUser;

    private String name;
    private LocalDate expiresOn;
    /** The token just made: on this page's view only, never stored, gone when the user leaves the page. */
    private NewApiToken created;
    private List<ApiTokenRow> own;
    private PagedTable<ApiTokenRow> everyones;

    public void load() {
        own = tokens.own();
        if (isAdmin()) {
            everyones = PagedTable.byId(tokens::allActive, ApiTokenRow::id);
        }
    }

    public void create() {
        created = tokens.create(name, expiresOn);
        name = null;
        expiresOn = null;
        own = tokens.own();
        Messages.info("apitoken.created");
    }

    public void revoke(long id) {
        tokens.revoke(id);
        created = null;
        own = tokens.own();
        Messages.info("apitoken.revoked");
    }

    public List<ApiTokenRow> getOwn() {
        return own;
    }

    public boolean isAdmin() {
        return currentUser.get().role() == Role.ADMIN;
    }

    /** Everyone's active tokens, one page at a time from the service; only the administrator's page renders it. */
    public PagedTable<ApiTokenRow> getEveryones() {
        return everyones;
    }

    public NewApiToken getCreated() {
        return created;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
