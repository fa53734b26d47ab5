package se.stockholm.vfu.web.export;

import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/**
 * Replaces PrimeFaces' DataTable exporters for {@code csv}, {@code xlsx} and {@code xlsxstream} with the safe ones
 * when the application starts (declared in faces-config.xml). Replacing them under their own names, rather than
 * adding new types, means every {@code p:dataExporter} of a table is safe, including ones added later; PrimeFaces 15
 * has no per-exporter attribute for a custom class. The other types (pdf, xml) are not spreadsheets.
 */
public class SafeExporters implements SystemEventListener {

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        DataExporters.register(DataTable.class, SafeCsvExporter.class, "csv");
        DataExporters.register(DataTable.class, SafeXlsxExporter.class, "xlsx");
        DataExporters.register(DataTable.class, SafeXlsxStreamExporter.class, "xlsxstream");
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return true;
    }
}
