package se.stockholm.vfu.recruitment.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.recruitment.FunnelCell;
import se.stockholm.vfu.recruitment.FunnelRow;
import se.stockholm.vfu.recruitment.FunnelService;
import se.stockholm.vfu.security.CurrentUser;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.web.NewestFirst;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * The funnel page of every role: a chart with its table a click away, exportable. What a role sees (and the
 * suppression of small figures for a university) is the service's, so the page shows only what it was given.
 */
@Named
@ViewScoped
public class FunnelPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FunnelService funnelService;

    @Inject
    private CurrentUser currentUser;

    private List<FunnelRow> rows;
    private String chart;

    public void load() {
        rows = funnelService.funnel();
        chart = chart(rows);
    }

    public List<FunnelRow> getRows() {
        return rows;
    }

    /**
     * The table reads newest cohort first (the chart reads oldest first, as a trend does), so this term's figures are on
     * its first page however many past terms there are.
     */
    public List<FunnelRow> getRowsNewestFirst() {
        return NewestFirst.byTerm(getRows(), FunnelRow::cohort);
    }

    /** The chart: the city per cohort, or a university's own students. */
    public String getChart() {
        return chart;
    }

    private String chart(List<FunnelRow> all) {
        String group = currentUser.get().role() == Role.UNIVERSITY ? FunnelRow.UNIVERSITY : FunnelRow.CITY;
        List<FunnelRow> shown = all.stream().filter(r -> r.groupType().equals(group)).toList();
        return Charts.chart("bar", shown.stream().map(FunnelRow::cohort).toList(), List.of(
                series("recruitment.funnel.students", shown.stream().map(FunnelRow::students).toList()),
                series("recruitment.funnel.trainees", shown.stream().map(FunnelRow::trainees).toList()),
                series("recruitment.funnel.hires", shown.stream().map(FunnelRow::hires).toList()),
                series("recruitment.funnel.retained", shown.stream().map(FunnelRow::retained12).toList())),
                Messages.text("recruitment.funnel.students"), null, Messages.locale());
    }

    /** A figure as shown and exported: the number, "fewer than 5" or "not known yet". */
    public String show(FunnelCell cell) {
        if (cell.notYetKnown()) {
            return Messages.text("recruitment.funnel.notYetKnown");
        }
        return cell.suppressed() ? Messages.text("recruitment.funnel.fewerThan5") : String.valueOf(cell.count());
    }

    /** The group's name: the city, a district or a university. */
    public String group(FunnelRow row) {
        return FunnelRow.CITY.equals(row.groupType()) ? Messages.text("recruitment.funnel.group.CITY") : row.groupName();
    }

    private static Charts.Series series(String key, List<FunnelCell> cells) {
        return new Charts.Series(Messages.text(key), cells.stream().map(FunnelCell::chartValue).toList(), null, null);
    }
}
