package se.stockholm.vfu.recruitment.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import se.stockholm.vfu.recruitment.StaffGroup;
import se.stockholm.vfu.recruitment.StaffTurnover;
import se.stockholm.vfu.recruitment.TurnoverForm;
import se.stockholm.vfu.recruitment.TurnoverRow;
import se.stockholm.vfu.recruitment.TurnoverService;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Entering one year's turnover figures of a staff group: a district contact for its own district, the central
 * contact for any district or the city as a whole. Saved over the version the page shows, so figures someone else
 * saved meanwhile are not overwritten unseen.
 */
@Named
@ViewScoped
public class EnterTurnover implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TurnoverService service;

    @Inject
    private TurnoverPage page;

    @Inject
    private Clock clock;

    private Long formDistrictId;
    /**
     * Last year's figures are the ones a district has at hand: the dialog opens on that year. The limits answer beside
     * the fields (a blank one reached the service's own check, which answered with the error page).
     */
    @NotNull(message = "{field.required}")
    @Min(value = StaffTurnover.FIRST_YEAR, message = "{field.min}")
    @Max(value = StaffTurnover.LAST_YEAR, message = "{field.max}")
    private Integer year;
    private StaffGroup group = StaffGroup.CASE_WORKER;
    @NotNull(message = "{field.required}")
    @Max(value = StaffTurnover.MAX_STAFF, message = "{field.maxCount}")
    private Integer permanentStaff;
    @NotNull(message = "{field.required}")
    private Integer left;
    private Integer movedInCity;

    @PostConstruct
    void lastYear() {
        year = LocalDate.now(clock).getYear() - 1;
    }

    public void save() {
        TurnoverRow saved = service.save(new TurnoverForm(formDistrictId, year, group, permanentStaff, left, movedInCity,
                page.versionOf(formDistrictId, year, group), null));
        Messages.info("recruitment.turnover.saved");
        page.saved(saved.districtId());
    }

    public StaffGroup[] getGroups() {
        return StaffGroup.values();
    }

    public Long getFormDistrictId() {
        return formDistrictId;
    }

    public void setFormDistrictId(Long formDistrictId) {
        this.formDistrictId = formDistrictId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public StaffGroup getGroup() {
        return group;
    }

    public void setGroup(StaffGroup group) {
        this.group = group;
    }

    public Integer getPermanentStaff() {
        return permanentStaff;
    }

    public void setPermanentStaff(Integer permanentStaff) {
        this.permanentStaff = permanentStaff;
    }

    public Integer getLeft() {
        return left;
    }

    public void setLeft(Integer left) {
        this.left = left;
    }

    public Integer getMovedInCity() {
        return movedInCity;
    }

    public void setMovedInCity(Integer movedInCity) {
        this.movedInCity = movedInCity;
    }
}
