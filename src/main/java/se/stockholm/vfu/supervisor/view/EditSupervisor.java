package se.stockholm.vfu.supervisor.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.supervisor.SupervisorForm;
import se.stockholm.vfu.supervisor.SupervisorRow;
import se.stockholm.vfu.supervisor.SupervisorService;
import se.stockholm.vfu.unit.UnitChoice;
import se.stockholm.vfu.unit.UnitService;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;
import java.util.List;

/** A district (or the central contact, in any district) adds a supervisor or changes one. */
@Named
@ViewScoped
public class EditSupervisor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupervisorService supervisorService;

    @Inject
    private UnitService unitService;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SupervisorsPage page;

    private SupervisorForm form = new SupervisorForm();
    private SupervisorRow selected;
    /** The district whose units a new supervisor is chosen from, for the central contact. */
    private Long districtId;
    private boolean started;

    public void startCreate() {
        form = new SupervisorForm();
        selected = null;
        districtId = null;
        started = true;
    }

    /** The central contact chose another district: its units are offered, and no unit of the last one stays chosen. */
    public void districtChosen() {
        form.setUnitId(null);
    }

    public void startEdit(SupervisorRow row) {
        selected = supervisorService.get(row.id());
        form = SupervisorForm.of(selected);
        started = true;
    }

    /**
     * Whether the dialog's form was asked for in this view; until then its fields, and the unit list they offer, are
     * left out of the page (as EditPlace's).
     */
    public boolean isStarted() {
        return started;
    }

    public void save() {
        if (selected == null) {
            supervisorService.create(form);
            Messages.info("supervisor.created", form.getName());
        } else {
            supervisorService.update(selected.id(), form);
            Messages.info("supervisor.saved", form.getName());
        }
        page.refreshSummary();
    }

    /** The units to choose from: the district's own, or those of the supervisor's district for the central contact. */
    public List<UnitChoice> getUnits() {
        if (currentUser.get().isCityWide()) {
            Long district = selected == null ? districtId : Long.valueOf(selected.districtId());
            return district == null ? List.of() : unitService.choices(district);
        }
        return unitService.choices(null);
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public SupervisorForm getForm() {
        return form;
    }

    public SupervisorRow getSelected() {
        return selected;
    }
}
