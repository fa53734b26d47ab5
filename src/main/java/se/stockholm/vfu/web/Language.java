package se.stockholm.vfu.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The language the user works in. Swedish unless the user switches to English: the portal is the
 * city's, and a browser set to English should not surprise a Swedish-speaking caseworker.
 * <p>
 * The choice is the session's, and is also kept in the browser ({@link #COOKIE}: only the language's code, no personal
 * data), so a new session (after the old one expired, or a logout) starts in it instead of in Swedish again.
 */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;

    /** The cookie that keeps the chosen language between sessions: "sv" or "en". */
    public static final String COOKIE = "vfu-language";
    private static final int COOKIE_DAYS = 365;

    private Locale locale = SWEDISH;

    /** A new session starts in the language the browser last chose, if it has chosen one. */
    @PostConstruct
    void startInTheLanguageLastChosen() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            locale = chosenBefore(faces.getExternalContext());
        }
    }

    /** The language the browser's cookie names; Swedish if none. */
    static Locale chosenBefore(ExternalContext external) {
        Object cookie = external.getRequestCookieMap().get(COOKIE);
        return cookie instanceof Cookie chosen && "en".equals(chosen.getValue()) ? ENGLISH : SWEDISH;
    }

    public Locale getLocale() {
        return locale;
    }

    public String getCode() {
        return locale.getLanguage();
    }

    public boolean isEnglish() {
        return ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** Switches language and reloads the page so every label follows. */
    public String switchTo(String language) {
        locale = "en".equals(language) ? ENGLISH : SWEDISH;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        keepInBrowser(faces.getExternalContext());
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    private void keepInBrowser(ExternalContext external) {
        String path = external.getRequestContextPath();
        external.addResponseCookie(COOKIE, getCode(), Map.of(
                "path", path.isEmpty() ? "/" : path,
                "maxAge", (int) Duration.ofDays(COOKIE_DAYS).toSeconds(),
                "httpOnly", true,
                "secure", ((HttpServletRequest) external.getRequest()).isSecure(),
                "SameSite", "Lax"));
    }
}
