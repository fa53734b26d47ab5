package se.stockholm.vfu.term;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import se.stockholm.vfu.common.BaseEntity;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.common.NotFoundException;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A term (termin) with its VFU period, the number of places the city aims for (100 by the
 * letter of intent) and the deadlines for reporting places and sending requests.
 * The dates must make sense together and with the term's name; the entity refuses them otherwise: the VFU period
 * starts in the named half-year (VT January–June, HT July–December of the year), is at most
 * {@value #LONGEST_PERIOD_MONTHS} months long, and both deadlines fall before it starts but at most
 * {@value #EARLIEST_DEADLINE_MONTHS} months before.
 */
@Entity
@Audited
@Table(name = "term")
// read on every request of a term's lists (TermService.byId); changed only through this entity (persistence.xml)
@Cacheable
public class Term extends BaseEntity {

    public static final int DEFAULT_TARGET_PLACES = 100;
    public static final int TARGET_MAX = 10_000;
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    /**
     * A term is half a year, and its VFU period (about 20 weeks: HT 31 August to 15 January, VT 18 January to 4 June)
     * fits in it with time to spare; a longer period would run through the next term's.
     */
    public static final int LONGEST_PERIOD_MONTHS = 6;
    /** Places are reported and requests sent in the months before a period (HT in May, VT in December), not years. */
    public static final int EARLIEST_DEADLINE_MONTHS = 12;

    @Column(nullable = false, unique = true, length = 6)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Season season;

    @Column(name = "term_year", nullable = false)
    private int year;

    @NotNull
    @Column(name = "vfu_start", nullable = false)
    private LocalDate vfuStart;

    @NotNull
    @Column(name = "vfu_end", nullable = false)
    private LocalDate vfuEnd;

    // 0 stays readable: terms saved before a target had to be at least 1 (setTargetPlaces refuses a new 0)
    @Min(value = 0, message = "{field.min}")
    @Max(value = TARGET_MAX, message = "{field.maxCount}")
    @Column(name = "target_places", nullable = false)
    private int targetPlaces = DEFAULT_TARGET_PLACES;

    @NotNull
    @Column(name = "reporting_deadline", nullable = false)
    private LocalDate reportingDeadline;

    @NotNull
    @Column(name = "request_deadline", nullable = false)
    private LocalDate requestDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TermStatus status = TermStatus.PLANNED;

    protected Term() {
    }

    public Term(Season season, int year, LocalDate vfuStart, LocalDate vfuEnd,
                LocalDate reportingDeadline, LocalDate requestDeadline) {
        this.season = season;
        this.year = year;
        this.code = codeOf(season, year);
        reschedule(vfuStart, vfuEnd, reportingDeadline, requestDeadline);
    }

    public static String codeOf(Season season, int year) {
        return season.name() + year;
    }

    /** A code as a URL or a filter gives it ("vt2027", any case, or none) in the form terms are stored under. */
    public static String codeOf(String typed) {
        return typed == null ? "" : typed.toUpperCase(Locale.ROOT);
    }

    /**
     * Sets the VFU period and deadlines: the period starts in the term's half-year and lasts at most
     * {@value #LONGEST_PERIOD_MONTHS} months; both deadlines fall before it starts, at most
     * {@value #EARLIEST_DEADLINE_MONTHS} months before. Every broken rule is said at once, each beside its field.
     * Dates that stay as they are pass: a term saved before these rules can still be closed or given a new target.
     */
    public final void reschedule(LocalDate vfuStart, LocalDate vfuEnd, LocalDate reportingDeadline,
                                 LocalDate requestDeadline) {
        if (vfuStart == null || vfuEnd == null || reportingDeadline == null || requestDeadline == null) {
            throw new InvalidInputException(null, "term.error.datesRequired");
        }
        if (vfuStart.equals(this.vfuStart) && vfuEnd.equals(this.vfuEnd)
                && reportingDeadline.equals(this.reportingDeadline) && requestDeadline.equals(this.requestDeadline)) {
            return;
        }
        List<InvalidInputException> refusals = new ArrayList<>();
        LocalDate firstDay = LocalDate.of(year, season == Season.VT ? Month.JANUARY : Month.JULY, 1);
        LocalDate lastDay = firstDay.plusMonths(6).minusDays(1);
        if (vfuStart.isBefore(firstDay) || vfuStart.isAfter(lastDay)) {
            refusals.add(new InvalidInputException("vfuStart", "term.error.startOutsideTerm", code, firstDay, lastDay));
        }
        if (!vfuEnd.isAfter(vfuStart)) {
            refusals.add(new InvalidInputException("vfuEnd", "term.error.endBeforeStart"));
        } else if (vfuEnd.isAfter(vfuStart.plusMonths(LONGEST_PERIOD_MONTHS))) {
            refusals.add(new InvalidInputException("vfuEnd", "term.error.periodTooLong", LONGEST_PERIOD_MONTHS));
        }
        refuseDeadline(refusals, "reportingDeadline", reportingDeadline, vfuStart);
        refuseDeadline(refusals, "requestDeadline", requestDeadline, vfuStart);
        if (!refusals.isEmpty()) {
            throw InvalidInputException.all(refusals);
        }
        this.vfuStart = vfuStart;
        this.vfuEnd = vfuEnd;
        this.reportingDeadline = reportingDeadline;
        this.requestDeadline = requestDeadline;
    }

    private static void refuseDeadline(List<InvalidInputException> refusals, String field, LocalDate deadline,
                                       LocalDate vfuStart) {
        if (!deadline.isBefore(vfuStart)) {
            refusals.add(new InvalidInputException(field, "term.error.deadlineAfterStart"));
        } else if (deadline.isBefore(vfuStart.minusMonths(EARLIEST_DEADLINE_MONTHS))) {
            refusals.add(new InvalidInputException(field, "term.error.deadlineTooEarly", EARLIEST_DEADLINE_MONTHS));
        }
    }

    public void setTargetPlaces(int targetPlaces) {
        if (targetPlaces < 1 && targetPlaces != this.targetPlaces) {
            throw new InvalidInputException("targetPlaces", "term.error.noTarget");
        }
        this.targetPlaces = targetPlaces;
    }

    public void changeStatus(TermStatus status) {
        this.status = status;
    }

    /** Whether the day falls in the term's VFU period, its first and last day included. */
    public boolean includes(LocalDate day) {
        return !day.isBefore(vfuStart) && !day.isAfter(vfuEnd);
    }

    public boolean isReportingOpen(LocalDate today) {
        return !today.isAfter(reportingDeadline);
    }

    public boolean isRequestingOpen(LocalDate today) {
        return !today.isAfter(requestDeadline);
    }

    public String getCode() {
        return code;
    }

    /**
     * Refuses with "not found" unless this is the term a page or URL works in (its id): a record of another term is
     * not found there, whatever its id, so a page cannot act on a row of a term it does not show.
     */
    public void requireId(long termId) {
        if (getId() == null || getId() != termId) {
            throw new NotFoundException();
        }
    }

    public Season getSeason() {
        return season;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getVfuStart() {
        return vfuStart;
    }

    public LocalDate getVfuEnd() {
        return vfuEnd;
    }

    public int getTargetPlaces() {
        return targetPlaces;
    }

    public LocalDate getReportingDeadline() {
        return reportingDeadline;
    }

    public LocalDate getRequestDeadline() {
        return requestDeadline;
    }

    public TermStatus getStatus() {
        return status;
    }
}
