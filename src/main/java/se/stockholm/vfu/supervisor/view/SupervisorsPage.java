package se.stockholm.vfu.supervisor.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.ReferenceDataService;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.supervisor.SupervisorForm;
import se.stockholm.vfu.supervisor.SupervisorRow;
import se.stockholm.vfu.supervisor.SupervisorService;
import se.stockholm.vfu.supervisor.TrainingChangeRow;
import se.stockholm.vfu.supervisor.TrainingForm;
import se.stockholm.vfu.supervisor.TrainingStatus;
import se.stockholm.vfu.supervisor.TrainingSummary;
import se.stockholm.vfu.unit.UnitChoice;
import se.stockholm.vfu.unit.UnitService;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;
import java.util.List;

/**
 * The supervisors page: the district's supervisors with their training (the city's for the central contact, who
 * adds one by choosing a district and then one of its units), how many are trained or enrolled, forms for details
 * and training status, and the training history.
 */
@Named
@ViewScoped
public class SupervisorsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupervisorService supervisorService;

    @Inject
    private UnitService unitService;

    @Inject
    private ReferenceDataService referenceData;

    @Inject
    private CurrentUser currentUser;

    private PagedTable<SupervisorRow> supervisors;
    private SupervisorForm form = new SupervisorForm();
    private TrainingForm training = new TrainingForm();
    private SupervisorRow selected;
    private List<TrainingChangeRow> history = List.of();
    private TrainingSummary summary;
    /** The district whose units a new supervisor is chosen from, for the central contact. */
    private Long districtId;

    public PagedTable<SupervisorRow> getSupervisors() {
        if (supervisors == null) {
            SupervisorService service = supervisorService;
            supervisors = PagedTable.byId(service::find, SupervisorRow::id);
        }
        return supervisors;
    }

    public TrainingSummary getSummary() {
        if (summary == null) {
            summary = supervisorService.trainingSummary(null);
        }
        return summary;
    }

    public void startCreate() {
        form = new SupervisorForm();
        selected = null;
        districtId = null;
    }

    /** The central contact chose another district: its units are offered, and no unit of the last one stays chosen. */
    public void districtChosen() {
        form.setUnitId(null);
    }

    public void startEdit(SupervisorRow row) {
        selected = supervisorService.get(row.id());
        form = SupervisorForm.of(selected);
    }

    public void save() {
        if (selected == null) {
            supervisorService.create(form);
            Messages.info("supervisor.created", form.getName());
        } else {
            supervisorService.update(selected.id(), form);
            Messages.info("supervisor.saved", form.getName());
        }
        summary = null;
    }

    public void startTraining(SupervisorRow row) {
        selected = supervisorService.get(row.id());
        training = TrainingForm.of(selected);
    }

    public void saveTraining() {
        supervisorService.changeTraining(selected.id(), training);
        Messages.info("supervisor.trainingSaved", selected.name());
        summary = null;
    }

    public void showHistory(SupervisorRow row) {
        selected = row;
        history = supervisorService.trainingHistory(row.id());
    }

    public void deactivate(SupervisorRow row) {
        supervisorService.deactivate(row.id());
        summary = null;
        Messages.info("supervisor.deactivated", row.name());
    }

    public void activate(SupervisorRow row) {
        supervisorService.activate(row.id());
        summary = null;
        Messages.info("supervisor.activated", row.name());
    }

    /** The units to choose from: the district's own, or those of the supervisor's district for the central contact. */
    public List<UnitChoice> getUnits() {
        if (currentUser.get().isCityWide()) {
            Long district = selected == null ? districtId : Long.valueOf(selected.districtId());
            return district == null ? List.of() : unitService.choices(district);
        }
        return unitService.choices(null);
    }

    public boolean isCityWide() {
        return currentUser.get().isCityWide();
    }

    public TrainingStatus[] getStatuses() {
        return TrainingStatus.values();
    }

    public List<University> getUniversities() {
        return referenceData.universities();
    }

    public List<District> getDistricts() {
        return referenceData.districts();
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

    public TrainingForm getTraining() {
        return training;
    }

    public SupervisorRow getSelected() {
        return selected;
    }

    public List<TrainingChangeRow> getHistory() {
        return history;
    }
}
