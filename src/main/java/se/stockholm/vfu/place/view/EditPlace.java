package se.stockholm.vfu.place.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.place.PlaceForm;
import se.stockholm.vfu.place.PlaceRow;
import se.stockholm.vfu.place.PlaceService;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.supervisor.SupervisorChoice;
import se.stockholm.vfu.supervisor.SupervisorService;
import se.stockholm.vfu.unit.UnitChoice;
import se.stockholm.vfu.unit.UnitService;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * A district reports a new place offer in the page's term, or a district or the central contact changes one (the
 * service says until when). The term is the one the page was opened in ({@link PlacesPage#getTermId()}).
 */
@Named
@ViewScoped
public class EditPlace implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Languages offered in the form (ISO 639-1); the API accepts any two-letter code. */
    private static final List<String> LANGUAGES = List.of("sv", "en", "ar", "so", "fi", "fa", "ti", "tr", "es", "pl",
            "ru", "ku", "bs");

    @Inject
    private PlaceService placeService;

    @Inject
    private UnitService unitService;

    @Inject
    private SupervisorService supervisorService;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PlacesPage page;

    private PlaceForm form = new PlaceForm();
    private PlaceRow selected;
    private boolean started;

    public void startCreate() {
        form = new PlaceForm();
        selected = null;
        started = true;
    }

    /** The row's edit button (its row key): the place as it is now, read again within the view's term. */
    public void startEdit(String row) {
        selected = placeService.get(page.getTermId(), page.getPlaces().shownRow(row).id());
        form = PlaceForm.of(selected);
        started = true;
    }

    /**
     * Whether the dialog's form has been asked for in this view. Until then the page leaves the form's fields out:
     * they were a fifth of the places page's rendering time, and their unit and supervisor lists two of its queries,
     * on every load, for a dialog most visits never open (docs/performance.md, "The places page's hidden dialogs").
     */
    public boolean isStarted() {
        return started;
    }

    /** A new place's area follows the chosen unit's, which the user may still change. */
    public void unitChosen() {
        getUnits().stream().filter(u -> u.id() == (form.getUnitId() == null ? -1 : form.getUnitId()))
                .findFirst().ifPresent(u -> form.setAreaId(u.areaId()));
    }

    public void save() {
        if (selected == null) {
            placeService.create(page.getTermId(), form);
            Messages.info("place.created");
        } else {
            placeService.update(page.getTermId(), selected.id(), form);
            Messages.info("place.saved");
        }
        page.refreshFigures();
    }

    /** The district's active units for a new place (the unit of an existing place cannot change). */
    public List<UnitChoice> getUnits() {
        return page.isCityWide() ? List.of() : unitService.choices(null);
    }

    /** Active supervisors of the place's district; empty is allowed. */
    public List<SupervisorChoice> getSupervisors() {
        Long district = selected != null ? Long.valueOf(selected.districtId()) : currentUser.get().districtId();
        return district == null ? List.of() : supervisorService.choices(district);
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    public PlaceForm getForm() {
        return form;
    }

    public PlaceRow getSelected() {
        return selected;
    }
}
