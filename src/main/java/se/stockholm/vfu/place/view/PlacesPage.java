package se.stockholm.vfu.place.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.place.DistrictNotReported;
import se.stockholm.vfu.place.PlaceChangeRow;
import se.stockholm.vfu.place.PlaceForm;
import se.stockholm.vfu.place.PlaceRow;
import se.stockholm.vfu.place.PlaceService;
import se.stockholm.vfu.place.PlaceStatus;
import se.stockholm.vfu.place.PlaceTotal;
import se.stockholm.vfu.place.Withdrawal;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.ReferenceDataService;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.supervisor.SupervisorChoice;
import se.stockholm.vfu.supervisor.SupervisorService;
import se.stockholm.vfu.term.view.ViewTerm;
import se.stockholm.vfu.unit.UnitChoice;
import se.stockholm.vfu.unit.UnitService;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;
import java.util.List;

/**
 * The places page for the selected term: a district reports, changes and withdraws its own offers and sees its
 * total against the city's target; the central contact sees every district's, may change them after the
 * deadline, and sees which districts have not reported.
 */
@Named
@ViewScoped
public class PlacesPage implements Serializable {

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
    private ReferenceDataService referenceData;

    @Inject
    private ViewTerm viewTerm;

    @Inject
    private CurrentUser currentUser;

    private PagedTable<PlaceRow> places;
    private PlaceTotal total;
    private List<DistrictNotReported> notReported;
    private PlaceForm form = new PlaceForm();
    private PlaceRow selected;
    private Withdrawal withdrawal = new Withdrawal();
    private List<PlaceChangeRow> history = List.of();

    public Long getTermId() {
        return viewTerm.getTermId();
    }

    public PagedTable<PlaceRow> getPlaces() {
        if (places == null && getTermId() != null) {
            PlaceService service = placeService;
            long term = getTermId();
            places = PagedTable.byId(page -> service.find(term, page), PlaceRow::id);
        }
        return places;
    }

    public PlaceTotal getTotal() {
        if (total == null && getTermId() != null) {
            total = placeService.total(getTermId(), null);
        }
        return total;
    }

    public List<DistrictNotReported> getNotReported() {
        if (notReported == null) {
            notReported = isCityWide() && getTermId() != null ? placeService.districtsNotReported(getTermId()) : List.of();
        }
        return notReported;
    }

    public void startCreate() {
        form = new PlaceForm();
        selected = null;
    }

    public void startEdit(PlaceRow row) {
        selected = placeService.get(row.id());
        form = PlaceForm.of(selected);
    }

    /** A new place's area follows the chosen unit's, which the user may still change. */
    public void unitChosen() {
        getUnits().stream().filter(u -> u.id() == (form.getUnitId() == null ? -1 : form.getUnitId()))
                .findFirst().ifPresent(u -> form.setAreaId(u.areaId()));
    }

    public void save() {
        if (selected == null) {
            placeService.create(getTermId(), form);
            Messages.info("place.created");
        } else {
            placeService.update(selected.id(), form);
            Messages.info("place.saved");
        }
        refreshFigures();
    }

    public void startWithdraw(PlaceRow row) {
        selected = row;
        withdrawal = new Withdrawal();
        withdrawal.setVersion(row.version());
    }

    public void withdraw() {
        placeService.withdraw(selected.id(), withdrawal);
        Messages.info("place.withdrawn");
        refreshFigures();
    }

    public void showHistory(PlaceRow row) {
        selected = row;
        history = placeService.history(row.id());
    }

    private void refreshFigures() {
        total = null;
        notReported = null;
    }

    public boolean isCityWide() {
        return currentUser.get().isCityWide();
    }

    /** The district's active units for a new place (the unit of an existing place cannot change). */
    public List<UnitChoice> getUnits() {
        return isCityWide() ? List.of() : unitService.choices(null);
    }

    /** Active supervisors of the place's district; empty is allowed. */
    public List<SupervisorChoice> getSupervisors() {
        Long district = selected != null ? Long.valueOf(selected.districtId()) : currentUser.get().districtId();
        return district == null ? List.of() : supervisorService.choices(district);
    }

    public List<AreaOfWork> getAreas() {
        return referenceData.areasOfWork();
    }

    public List<District> getDistricts() {
        return referenceData.districts();
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    public PlaceStatus[] getStatuses() {
        return PlaceStatus.values();
    }

    public PlaceForm getForm() {
        return form;
    }

    public PlaceRow getSelected() {
        return selected;
    }

    public Withdrawal getWithdrawal() {
        return withdrawal;
    }

    public List<PlaceChangeRow> getHistory() {
        return history;
    }
}
