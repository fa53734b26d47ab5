package se.stockholm.vfu.overview.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.overview.Dashboard;
import se.stockholm.vfu.overview.DashboardService;
import se.stockholm.vfu.overview.Party;
import se.stockholm.vfu.overview.Todo;
import se.stockholm.vfu.overview.TrendPoint;
import se.stockholm.vfu.term.view.TermSelection;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The dashboard on each role's landing page, for the term the page was opened in: the service gives the caller's
 * scope (city, own district beside the city, own university). Each chart can be switched to its table; the central
 * contact can follow one district's trend and remind those who have not reported places or sent requests.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DashboardService dashboardService;

    @Inject
    private TermSelection termSelection;

    private Long termId;
    private Dashboard dashboard;
    private final Set<String> tables = new HashSet<>();
    private Long trendDistrictId;
    private List<TrendPoint> districtTrend = List.of();

    public void load() {
        if (dashboard == null) {
            termId = termSelection.getTermId();
            refresh();
        }
    }

    private void refresh() {
        dashboard = termId == null ? null : dashboardService.forCaller(termId);
        if (dashboard != null && Dashboard.CITY.equals(dashboard.scope()) && trendDistrictId == null
                && !dashboard.byDistrict().isEmpty()) {
            trendDistrictId = dashboard.byDistrict().get(0).id();
            showDistrictTrend();
        }
    }

    /** The central contact picks the district whose trend the second chart shows. */
    public void showDistrictTrend() {
        districtTrend = trendDistrictId == null ? List.of()
                : dashboardService.districtTrend(termId, trendDistrictId);
    }

    public void toggle(String chart) {
        if (!tables.remove(chart)) {
            tables.add(chart);
        }
    }

    public boolean table(String chart) {
        return tables.contains(chart);
    }

    public void remindDistrict(Party district) {
        remind(dashboardService.remindDistrict(termId, district.id()), district.name());
    }

    public void remindUniversity(Party university) {
        remind(dashboardService.remindUniversity(termId, university.id()), university.name());
    }

    private void remind(boolean sent, String name) {
        if (sent) {
            Messages.info("dashboard.remind.sent", name);
        } else {
            Messages.warn("dashboard.remind.notNeeded", name);
        }
        refresh();
    }

    /** The todo's text: its count and term in the bundle's sentence. */
    public String todoText(Todo todo) {
        return Messages.text(todo.key(), todo.count(), todo.termCode());
    }

    public String getTrendChart() {
        return chart(dashboard.trend(), Dashboard.UNIVERSITY.equals(dashboard.scope()));
    }

    public String getCityTrendChart() {
        return chart(dashboard.cityTrend(), false);
    }

    public String getDistrictTrendChart() {
        return chart(districtTrend, false);
    }

    private String chart(List<TrendPoint> points, boolean withoutReported) {
        List<String> labels = new ArrayList<>();
        labels.add(withoutReported ? null : Messages.text("dashboard.col.reported"));
        labels.add(Messages.text("dashboard.col.placed"));
        labels.add(Messages.text("dashboard.col.completed"));
        labels.add(Messages.text("dashboard.col.target"));
        return TrendChart.json(Messages.text("dashboard.trend"), points, labels, Messages.locale());
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public List<TrendPoint> getDistrictTrend() {
        return districtTrend;
    }

    public Long getTrendDistrictId() {
        return trendDistrictId;
    }

    public void setTrendDistrictId(Long trendDistrictId) {
        this.trendDistrictId = trendDistrictId;
    }
}
