package se.stockholm.vfu.web.export;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;

/**
 * PrimeFaces' CSV export of a table with every cell a spreadsheet would run as a formula neutralised
 * ({@link SpreadsheetText#neutralise}); registered in place of the standard one by {@link SafeExporters}.
 */
public class SafeCsvExporter extends DataTableCSVExporter {

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value,
                                   int index) {
        Object raw = value.getValue();
        ColumnValue safe = raw instanceof CharSequence text && SpreadsheetText.isFormulaLike(text.toString())
                ? ColumnValue.of(SpreadsheetText.neutralise(text.toString())) : value;
        super.exportCellValue(context, table, column, safe, index);
    }
}
