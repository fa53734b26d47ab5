package se.stockholm.vfu.web.export;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

import java.util.Map;

/**
 * Replaces PrimeFaces' DataTable exporters for {@code csv}, {@code xlsx} and {@code xlsxstream} with the safe ones,
 * once per application, before the first request is processed (declared in faces-config.xml). Replacing them under
 * their own names, rather than adding new types, means every {@code p:dataExporter} of a table is safe, including
 * ones added later; PrimeFaces 15 has no per-exporter attribute for a custom class. It cannot be done when the
 * application starts: PrimeFaces' context reads the session cookie configuration, which Undertow refuses to a
 * listener Mojarra added. The other types are not spreadsheets; {@code pdf} is replaced only to get a font with every
 * letter of a name ({@link UnicodePdfExporter}).
 */
public class SafeExporters implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final String REGISTERED = SafeExporters.class.getName();

    @Override
    public void beforePhase(PhaseEvent event) {
        Map<String, Object> application = event.getFacesContext().getExternalContext().getApplicationMap();
        if (application.containsKey(REGISTERED)) {
            return;
        }
        synchronized (SafeExporters.class) {
            if (!application.containsKey(REGISTERED)) {
                DataExporters.register(DataTable.class, SafeCsvExporter.class, "csv");
                DataExporters.register(DataTable.class, SafeXlsxExporter.class, "xlsx");
                DataExporters.register(DataTable.class, SafeXlsxStreamExporter.class, "xlsxstream");
                DataExporters.register(DataTable.class, UnicodePdfExporter.class, "pdf");
                application.put(REGISTERED, Boolean.TRUE);
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // registering before the first phase is all it does
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
