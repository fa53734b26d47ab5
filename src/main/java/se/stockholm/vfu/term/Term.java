package se.stockholm.vfu.term;

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

/**
 * A term (termin) with its VFU period, the number of places the city aims for (100 by the
 * letter of intent) and the deadlines for reporting places and sending requests.
 * The dates must make sense together; the entity refuses them otherwise.
 */
@Entity
@Audited
@Table(name = "term")
public class Term extends BaseEntity {

    public static final int DEFAULT_TARGET_PLACES = 100;
    public static final int TARGET_MAX = 10_000;
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

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

    /** Sets the VFU period and deadlines; both deadlines fall before the period starts. */
    public final void reschedule(LocalDate vfuStart, LocalDate vfuEnd, LocalDate reportingDeadline,
                                 LocalDate requestDeadline) {
        if (vfuStart == null || vfuEnd == null || reportingDeadline == null || requestDeadline == null) {
            throw new InvalidInputException(null, "term.error.datesRequired");
        }
        if (!vfuEnd.isAfter(vfuStart)) {
            throw new InvalidInputException("vfuEnd", "term.error.endBeforeStart");
        }
        if (!reportingDeadline.isBefore(vfuStart)) {
            throw new InvalidInputException("reportingDeadline", "term.error.deadlineAfterStart");
        }
        if (!requestDeadline.isBefore(vfuStart)) {
            throw new InvalidInputException("requestDeadline", "term.error.deadlineAfterStart");
        }
        this.vfuStart = vfuStart;
        this.vfuEnd = vfuEnd;
        this.reportingDeadline = reportingDeadline;
        this.requestDeadline = requestDeadline;
    }

    public void setTargetPlaces(int targetPlaces) {
        if (targetPlaces < 0) {
            throw new InvalidInputException("targetPlaces", "term.error.negativeTarget");
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
