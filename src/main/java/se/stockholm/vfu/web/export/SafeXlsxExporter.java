package se.stockholm.vfu.web.export;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableExcelXExporter;
import org.primefaces.component.export.ColumnValue;

/** The in-memory Excel export ({@code type="xlsx"}), made safe like {@link SafeXlsxStreamExporter}. */
public class SafeXlsxExporter extends DataTableExcelXExporter {

    private final QuotePrefixedCells cells = new QuotePrefixedCells();

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value,
                                   int index) {
        super.exportCellValue(context, table, column, value, index);
        cells.mark(document, row().getCell(index));
    }
}
