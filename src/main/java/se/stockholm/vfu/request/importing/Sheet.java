package se.stockholm.vfu.request.importing;

import java.util.List;

/**
 * An import file as read, before any rule: its header cells and its rows, each with the row number the user
 * sees in a spreadsheet (the header is row 1). {@code delimited} for a CSV file, whose fields a separator splits: a
 * separator in unquoted text splits a field in two, so a row has more fields than the header ({@link #overflows}).
 */
public record Sheet(List<String> headers, List<Row> rows, boolean delimited) {

    /** A sheet of cells (Excel): a cell right of the header's last is in a column without a name, ignored. */
    public Sheet(List<String> headers, List<Row> rows) {
        this(headers, rows, false);
    }

    /**
     * Whether the row of a CSV file has a value beyond the header's last field: a separator in unquoted text (notes
     * "hej; då") moved the row's later values one field right, and the last one out of every column, so none of the
     * row's values beyond that separator can be trusted. Empty fields beyond (a trailing separator) lose nothing.
     */
    public boolean overflows(Row row) {
        if (!delimited) {
            return false;
        }
        List<String> cells = row.cells();
        for (int i = headers.size(); i < cells.size(); i++) {
            if (cells.get(i) != null && !cells.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** One row of cells, numbered as in the spreadsheet. */
    public record Row(int number, List<String> cells) {

        public String cell(int index) {
            if (index < 0 || index >= cells.size()) {
                return null;
            }
            String value = cells.get(index);
            return value == null || value.isBlank() ? null : value.trim();
        }

        public boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }
}
