package se.stockholm.vfu.request.importing;

import java.util.List;

/**
 * An import file as read, before any rule: its header cells and its rows, each with the row number the user
 * sees in a spreadsheet (the header is row 1).
 */
public record Sheet(List<String> headers, List<Row> rows) {

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
