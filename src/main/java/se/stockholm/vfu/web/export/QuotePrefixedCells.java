package se.stockholm.vfu.web.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.HashMap;
import java.util.Map;

/**
 * Marks Excel text cells that look like a formula as "quote prefixed", which is what Excel itself stores when a
 * user types {@code '=...}: the cell keeps its text exactly and stays text even when edited, instead of becoming a
 * formula. One extra style per style used (a workbook allows some 64,000), made once per export.
 */
final class QuotePrefixedCells {

    private final Map<Short, CellStyle> quoted = new HashMap<>();

    void mark(Workbook workbook, Cell cell) {
        if (cell == null || cell.getCellType() != CellType.STRING
                || !SpreadsheetText.isFormulaLike(cell.getStringCellValue())) {
            return;
        }
        CellStyle style = cell.getCellStyle();
        cell.setCellStyle(quoted.computeIfAbsent(style.getIndex(), index -> {
            CellStyle prefixed = workbook.createCellStyle();
            prefixed.cloneStyleFrom(style);
            prefixed.setQuotePrefixed(true);
            return prefixed;
        }));
    }
}
