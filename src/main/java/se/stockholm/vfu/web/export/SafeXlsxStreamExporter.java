package se.stockholm.vfu.web.export;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableExcelXStreamExporter;
import org.primefaces.component.export.ColumnValue;

/**
 * PrimeFaces' streaming Excel export of a table (the one the tables use) with formula-like text kept as text:
 * PrimeFaces writes text cells, never formulas; this also marks them quote-prefixed ({@link QuotePrefixedCells}) so
 * they stay text when someone edits them. Registered in place of the standard one by {@link SafeExporters}.
 */
public class SafeXlsxStreamExporter extends DataTableExcelXStreamExporter {

    private final QuotePrefixedCells cells = new QuotePrefixedCells();

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value,
                                   int index) {
        super.exportCellValue(context, table, column, value, index);
        cells.mark(document, row().getCell(index));
    }
}
