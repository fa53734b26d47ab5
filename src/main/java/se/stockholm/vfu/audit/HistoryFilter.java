package se.stockholm.vfu.audit;

import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.PageRequest;
import se.stockholm.vfu.common.StockholmTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** The history page's filters, checked: an unknown type or a malformed date is the user's mistake, not an empty list. */
record HistoryFilter(String username, Optional<AuditedType> type, Long recordId, Instant from, Instant to) {

    static HistoryFilter of(PageRequest page) {
        String type = page.filter("type");
        Optional<AuditedType> audited = AuditedType.of(type);
        if (type != null && audited.isEmpty()) {
            throw new InvalidInputException("type", "audit.error.type");
        }
        String id = page.filter("recordId");
        Long recordId;
        try {
            recordId = id == null ? null : Long.valueOf(id);
        } catch (NumberFormatException notANumber) {
            throw new InvalidInputException("recordId", "audit.error.recordId");
        }
        LocalDate from = date(page.filter("from"), "from");
        LocalDate to = date(page.filter("to"), "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "audit.error.range");
        }
        return new HistoryFilter(page.filter("username"), audited, recordId,
                from == null ? null : from.atStartOfDay(StockholmTime.ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(StockholmTime.ZONE).toInstant());
    }

    /** This filter as conditions of one branch of the query (a.: the history row, r.: its revision). */
    void where(StringBuilder sql, List<Object> parameters) {
        if (username != null) {
            sql.append(" AND LOWER(r.username) = ?");
            parameters.add(username.toLowerCase());
        }
        if (recordId != null) {
            sql.append(" AND a.id = ?");
            parameters.add(recordId);
        }
        if (from != null) {
            sql.append(" AND r.revtstmp >= ?");
            parameters.add(from);
        }
        if (to != null) {
            sql.append(" AND r.revtstmp < ?");
            parameters.add(to);
        }
    }

    private static LocalDate date(String value, String field) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException malformed) {
            throw new InvalidInputException(field, "audit.error.date");
        }
    }
}
