package se.stockholm.vfu.recruitment.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.recruitment.StaffGroup;
import se.stockholm.vfu.recruitment.TurnoverForm;
import se.stockholm.vfu.recruitment.TurnoverPoint;
import se.stockholm.vfu.recruitment.TurnoverRow;
import se.stockholm.vfu.recruitment.TurnoverService;
import se.stockholm.vfu.request.importing.ImportError;
import se.stockholm.vfu.request.importing.SheetReader;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.web.Messages;
import se.stockholm.vfu.web.Uploads;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Staff turnover: a district's own figures and the city's, the central contact's for every district; entering a
 * year's figures, importing a file (all rows or none, errors per row) and the chart of a district over the years
 * beside the city and beside its recruitment.
 */
@Named
@ViewScoped
public class TurnoverPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FILE_FIELD = "importForm:file";

    @Inject
    private TurnoverService service;

    @Inject
    private CurrentUser currentUser;

    private Long chartDistrictId;
    private Long formDistrictId;
    private Integer year = LocalDate.now(StockholmTime.ZONE).getYear() - 1;
    private StaffGroup group = StaffGroup.CASE_WORKER;
    private Integer permanentStaff;
    private Integer left;
    private Integer movedInCity;
    private transient UploadedFile file;
    private String uploadRefusal;
    private List<ImportError> importErrors = List.of();
    private List<TurnoverRow> rows;
    private List<TurnoverRow> cityTotals;
    private List<TurnoverPoint> points;

    public void load() {
        readFigures();
    }

    public void showUploadRefusal() {
        Uploads.showRefusal(uploadRefusal, FILE_FIELD, "request.import.tooLarge", SheetReader.MAX_UPLOAD_MEGABYTES);
    }

    public void save() {
        TurnoverRow saved = service.save(new TurnoverForm(formDistrictId, year, group, permanentStaff, left, movedInCity,
                versionOf(formDistrictId, year, group)));
        Messages.info("recruitment.turnover.saved");
        chartDistrictId = saved.districtId() == null ? chartDistrictId : saved.districtId();
        readFigures();
    }

    public void importFile() {
        if (Uploads.none(file)) {
            Messages.error(FILE_FIELD, "request.import.empty");
            return;
        }
        TurnoverService.ImportResult result = service.importFile(file.getFileName(), file.getContent());
        importErrors = result.errors();
        if (importErrors.isEmpty()) {
            Messages.info("recruitment.turnover.import.done", result.saved());
        } else {
            Messages.warn("recruitment.turnover.import.failed");
        }
        readFigures();
    }

    public String message(ImportError error) {
        return Messages.text(error.messageKey(), error.arguments().toArray());
    }

    private Long versionOf(Long districtId, Integer y, StaffGroup g) {
        Long own = currentUser.get().isCityWide() ? districtId : currentUser.get().districtId();
        List<TurnoverRow> pool = own == null ? cityTotals : rows;
        return pool.stream().filter(r -> r.id() != null && java.util.Objects.equals(r.districtId(), own)
                        && y != null && r.year() == y && r.group() == g)
                .map(TurnoverRow::version).findFirst().orElse(null);
    }

    /** The figures, the city's totals and the chart's series as they are now. */
    private void readFigures() {
        rows = service.rows(null);
        cityTotals = service.cityTotals();
        if (chartDistrictId == null && currentUser.get().isCityWide()) {
            chartDistrictId = rows.stream().map(TurnoverRow::districtId).findFirst().orElse(null);
        }
        readPoints();
    }

    private void readPoints() {
        Long district = getChartDistrict();
        points = district == null ? List.of() : service.series(district, rows, cityTotals);
    }

    public List<TurnoverRow> getRows() {
        return rows;
    }

    public List<TurnoverRow> getCityTotals() {
        return cityTotals;
    }

    /** The district in the chart: a district contact's own; for central the one chosen, or the first with figures. */
    public Long getChartDistrict() {
        return currentUser.get().isCityWide() ? chartDistrictId : currentUser.get().districtId();
    }

    public List<TurnoverPoint> getPoints() {
        return points;
    }

    public String getChart() {
        List<TurnoverPoint> p = points;
        return Charts.chart("bar", p.stream().map(t -> Integer.toString(t.year())).toList(), List.of(
                line("recruitment.turnover.series.districtCw", p.stream().map(TurnoverPoint::districtCaseWorkers).toList()),
                line("recruitment.turnover.series.cityCw", p.stream().map(TurnoverPoint::cityCaseWorkers).toList()),
                line("recruitment.turnover.series.districtSs",
                        p.stream().map(TurnoverPoint::districtSocialSecretaries).toList()),
                line("recruitment.turnover.series.citySs", p.stream().map(TurnoverPoint::citySocialSecretaries).toList()),
                new Charts.Series(Messages.text("recruitment.turnover.series.trainees"),
                        p.stream().map(TurnoverPoint::trainees).toList(), null, "y2"),
                new Charts.Series(Messages.text("recruitment.turnover.series.hires"),
                        p.stream().map(TurnoverPoint::hires).toList(), null, "y2")),
                Messages.text("recruitment.turnover.rate"), Messages.text("recruitment.hired"));
    }

    private static Charts.Series line(String key, List<? extends Number> values) {
        return new Charts.Series(Messages.text(key), values, "line", "y");
    }

    public void chartDistrictChanged() {
        readPoints();
    }

    public StaffGroup[] getGroups() {
        return StaffGroup.values();
    }

    public Long getChartDistrictId() {
        return getChartDistrict();
    }

    public void setChartDistrictId(Long chartDistrictId) {
        this.chartDistrictId = chartDistrictId;
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

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getUploadRefusal() {
        return uploadRefusal;
    }

    public void setUploadRefusal(String uploadRefusal) {
        this.uploadRefusal = uploadRefusal;
    }

    public List<ImportError> getImportErrors() {
        return importErrors;
    }

    public long getMaxUploadBytes() {
        return SheetReader.MAX_UPLOAD_BYTES;
    }

    /** What the browser says, before sending, of a file over the limit: the same words as the server's refusal. */
    public String getTooLargeMessage() {
        return Messages.text("request.import.tooLarge", SheetReader.MAX_UPLOAD_MEGABYTES);
    }
}
