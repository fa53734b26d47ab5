package se.stockholm.vfu.network.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.network.EventForm;
import se.stockholm.vfu.network.EventKind;
import se.stockholm.vfu.network.EventRow;
import se.stockholm.vfu.network.EventRow.InviteeRow;
import se.stockholm.vfu.network.NetworkEventService;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The central contact creates an event or edits one (its time, place, agenda and invitees); once saved, the event's
 * detail opens. While the form is open no event's detail is shown.
 */
@Named
@ViewScoped
public class EditNetworkEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NetworkEventService service;

    @Inject
    private NetworkEventDetail detail;

    private EventForm form;
    private Long editingId;

    public void startNew() {
        form = new EventForm();
        editingId = null;
        detail.close();
    }

    public void startEdit(EventRow row) {
        EventForm edit = new EventForm();
        ZonedDateTime start = row.startsAt().atZone(StockholmTime.ZONE);
        edit.setKind(row.kind());
        edit.setTitle(row.title());
        edit.setDate(start.toLocalDate());
        edit.setStartTime(start.toLocalTime());
        edit.setEndTime(row.endsAt().atZone(StockholmTime.ZONE).toLocalTime());
        edit.setPlace(row.place());
        edit.setLink(row.link());
        edit.setAgenda(row.agenda());
        edit.setAllDistricts(false);
        edit.setAllUniversities(false);
        // mutable lists: the selection menus' submitted values replace their content
        edit.setDistrictIds(row.invitees().stream().map(InviteeRow::districtId).filter(Objects::nonNull)
                .collect(Collectors.toCollection(ArrayList::new)));
        edit.setUniversityIds(row.invitees().stream().map(InviteeRow::universityId).filter(Objects::nonNull)
                .collect(Collectors.toCollection(ArrayList::new)));
        edit.setVersion(row.version());
        form = edit;
        editingId = row.id();
        detail.close();
    }

    public void save() {
        long id;
        if (editingId == null) {
            id = service.create(form);
            Messages.info("network.created", form.getTitle());
        } else {
            id = editingId;
            service.update(id, form);
            Messages.info("network.saved", form.getTitle());
        }
        close();
        detail.show(id);
    }

    public void close() {
        form = null;
        editingId = null;
    }

    public boolean isIntroduction() {
        return form != null && form.getKind() == EventKind.INTRODUCTION_DAY;
    }

    public EventKind[] getKinds() {
        return EventKind.values();
    }

    public EventForm getForm() {
        return form;
    }

    public Long getEditingId() {
        return editingId;
    }
}
