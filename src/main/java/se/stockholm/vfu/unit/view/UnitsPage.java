package se.stockholm.vfu.unit.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.unit.UnitForm;
import se.stockholm.vfu.unit.UnitRow;
import se.stockholm.vfu.unit.UnitService;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.PagedTable;

import java.io.Serializable;

/**
 * The units page: the district's units (the city's for the central contact, who chooses the district of a new one),
 * a form to add or edit, deactivate and reactivate after a confirmation.
 */
@Named
@ViewScoped
public class UnitsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UnitService unitService;

    private PagedTable<UnitRow> units;
    private UnitForm form = new UnitForm();
    private Long editingId;
    private boolean started;

    public void load() {
        UnitService service = unitService;
        units = PagedTable.byId(service::find, UnitRow::id);
    }

    public PagedTable<UnitRow> getUnits() {
        return units;
    }

    public void startCreate() {
        form = new UnitForm();
        editingId = null;
        started = true;
    }

    public void startEdit(UnitRow row) {
        form = UnitForm.of(unitService.get(row.id()));
        editingId = row.id();
        started = true;
    }

    /** Whether the unit dialog's form was asked for in this view; until then its fields are left out (as EditPlace's). */
    public boolean isStarted() {
        return started;
    }

    public void save() {
        if (editingId == null) {
            unitService.create(form);
            Messages.info("unit.created", form.getName());
        } else {
            unitService.update(editingId, form);
            Messages.info("unit.saved", form.getName());
        }
    }

    public void deactivate(UnitRow row) {
        unitService.deactivate(row.id());
        Messages.info("unit.deactivated", row.name());
    }

    public void reactivate(UnitRow row) {
        unitService.reactivate(row.id());
        Messages.info("unit.reactivated", row.name());
    }

    public UnitForm getForm() {
        return form;
    }

    public Long getEditingId() {
        return editingId;
    }
}
