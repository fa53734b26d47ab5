package se.stockholm.vfu.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

import java.util.Map;

/**
 * Forgets Mojarra's record of view scopes that have ended, which Mojarra 4.0 keeps until the session ends.
 * <p>
 * For every view with a {@code @ViewScoped} bean (the portal's pages have them) Mojarra adds an entry to a map in
 * the session, {@value #VIEW_CONTEXTS}: the view's id and the names of its beans. When the view's scope ends, because
 * it dropped out of the session's last {@code numberOfActiveViewMaps} views ({@value #ACTIVE_VIEWS}, 25 by default),
 * Mojarra destroys the beans but leaves the entry. A user who works all day in one session thus grew it by about a
 * kilobyte a page: 5,000 views of the district's places page kept 4.6 MB until the session ended (docs/performance.md,
 * "A session kept every page's view scope"). Mojarra's own clean-up at the session's end reads only the entries of
 * active views, so an entry whose view is no longer active serves nothing.
 * <p>
 * Registered in faces-config.xml for the event on which Mojarra ends the eldest view scope (a new view's map is made),
 * and called after Mojarra's own listener (the application's configuration is read after the implementation's): it
 * keeps the entries of active views only. The new view's entry comes after the event, under an id already active.
 * The attribute names are Mojarra's, not the standard's: should a later Mojarra rename them, this does nothing, and
 * {@code web.ViewScopeRecordsIT} fails.
 */
public class EndedViewScopes implements SystemEventListener {

    /** Mojarra's map of the session's active views: view id → the view's map. */
    public static final String ACTIVE_VIEWS = "com.sun.faces.application.view.activeViewMaps";

    /** Mojarra's map of view ids to the names of their CDI {@code @ViewScoped} beans. */
    public static final String VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        Map<String, Object> session = FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
        if (session.get(VIEW_CONTEXTS) instanceof Map<?, ?> contexts
                && session.get(ACTIVE_VIEWS) instanceof Map<?, ?> active) {
            // under the lock Mojarra holds while it makes a view active: a view's record is made only after its view
            // is active, so a record of a view not active now is one of an ended view, never that of a view another
            // request of the session is opening at this moment (a copy of the active ids taken before the removal
            // could miss such a view and drop its fresh record, and the view would lose its beans)
            synchronized (active) {
                contexts.keySet().removeIf(id -> !active.containsKey(id));
            }
        }
    }
}
