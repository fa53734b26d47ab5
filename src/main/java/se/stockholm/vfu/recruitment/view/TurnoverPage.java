package se.stockholm.vfu.recruitment.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.recruitment.StaffGroup;
import se.stockholm.vfu.recruitment.TurnoverPoint;
import se.stockholm.vfu.recruitment.TurnoverRow;
import se.stockholm.vfu.recruitment.TurnoverService;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Staff turnover: a district's own figures and the city's, the central contact's for every district, and the chart
 * of a district over the years beside the city and beside its recruitment. Entering a year's figures
 * ({@link EnterTurnover}) and importing a file ({@link ImportTurnover}) have their own beans and come back here.
 */
@Named
@ViewScoped
public class TurnoverPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TurnoverService service;

    @Inject
    private CurrentUser currentUser;

    private Long chartDistrictId;
    private List<TurnoverRow> rows;
    private List<TurnoverRow> cityTotals;
    private List<TurnoverPoint> points;

    public void load() {
        readFigures();
    }

    /** After figures were saved: read again, and chart the district saved for (the city's own keeps the chart). */
    void saved(Long districtId) {
        chartDistrictId = districtId == null ? chartDistrictId : districtId;
        readFigures();
    }

    /** After an import: the figures as they are now. */
    void imported() {
        readFigures();
    }

    /** The version the table shows of the caller's figures for that year and group: null for figures not there yet. */
    Long versionOf(Long districtId, Integer year, StaffGroup group) {
        Long own = currentUser.get().isCityWide() ? districtId : currentUser.get().districtId();
        List<TurnoverRow> pool = own == null ? cityTotals : rows;
        return pool.stream().filter(r -> r.id() != null && Objects.equals(r.districtId(), own)
                        && year != null && r.year() == year && r.group() == group)
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
                Messages.text("recruitment.turnover.rate"), Messages.text("recruitment.hired"), Messages.locale());
    }

    private static Charts.Series line(String key, List<? extends Number> values) {
        return new Charts.Series(Messages.text(key), values, "line", "y");
    }

    public void chartDistrictChanged() {
        readPoints();
    }

    public Long getChartDistrictId() {
        return getChartDistrict();
    }

    public void setChartDistrictId(Long chartDistrictId) {
        this.chartDistrictId = chartDistrictId;
    }
}
