package se.stockholm.vfu.network.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.network.AttendanceTable;
import se.stockholm.vfu.network.NetworkEventService;
import se.stockholm.vfu.web.Messages;

import java.util.List;

/**
 * Who attended the network's events over the years, as a bar chart and a table with the same numbers. Read once per
 * request that shows it, so attendance just recorded or an event just deleted is in it.
 */
@Named
@RequestScoped
public class NetworkAttendanceOverYears {

    @Inject
    private NetworkEventService service;

    private List<AttendanceTable.Line> lines;

    public List<AttendanceTable.Line> getLines() {
        if (lines == null) {
            lines = service.attendance();
        }
        return lines;
    }

    public String getChart() {
        return AttendanceChart.json(Messages.text("network.overYears.chartTitle"),
                Messages.text("network.overYears.chartAxis"), getLines(), getYears(), Messages.locale());
    }

    public List<Integer> getYears() {
        return AttendanceTable.years(getLines());
    }
}
