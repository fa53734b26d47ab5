package se.stockholm.vfu.term;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the central contact sets for a term: which term, its VFU period, deadlines and target. A change carries the
 * version of the term it was read at.
 */
public class TermForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long version;

    @NotNull(message = "{field.required}")
    private Season season;

    @NotNull(message = "{field.required}")
    @Min(value = Term.FIRST_YEAR, message = "{field.min}")
    @Max(value = Term.LAST_YEAR, message = "{field.max}")
    private Integer year;

    @NotNull(message = "{field.required}")
    private LocalDate vfuStart;

    @NotNull(message = "{field.required}")
    private LocalDate vfuEnd;

    @NotNull(message = "{field.required}")
    private LocalDate reportingDeadline;

    @NotNull(message = "{field.required}")
    private LocalDate requestDeadline;

    // a Long, so that a target too large for an int (1000000000000) is said to be above the maximum, not "not a whole
    // number"; the page's field has no maxlength, which cut it to 10000 while typing
    @NotNull(message = "{field.required}")
    @Min(value = 1, message = "{field.min}")
    @Max(value = Term.TARGET_MAX, message = "{field.maxCount}")
    private Long targetPlaces = (long) Term.DEFAULT_TARGET_PLACES;

    @NotNull(message = "{field.required}")
    private TermStatus status = TermStatus.PLANNED;

    public static TermForm of(Term term) {
        TermForm form = new TermForm();
        form.version = term.getVersion();
        form.season = term.getSeason();
        form.year = term.getYear();
        form.vfuStart = term.getVfuStart();
        form.vfuEnd = term.getVfuEnd();
        form.reportingDeadline = term.getReportingDeadline();
        form.requestDeadline = term.getRequestDeadline();
        form.targetPlaces = (long) term.getTargetPlaces();
        form.status = term.getStatus();
        return form;
    }

    /** The version the term was read at; null for a new term. */
    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Season getSeason() {
        return season;
    }

    public void setSeason(Season season) {
        this.season = season;
    }

    /** The term's year; null while the field is empty (an empty field is refused, not read as 0). */
    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getVfuStart() {
        return vfuStart;
    }

    public void setVfuStart(LocalDate vfuStart) {
        this.vfuStart = vfuStart;
    }

    public LocalDate getVfuEnd() {
        return vfuEnd;
    }

    public void setVfuEnd(LocalDate vfuEnd) {
        this.vfuEnd = vfuEnd;
    }

    public LocalDate getReportingDeadline() {
        return reportingDeadline;
    }

    public void setReportingDeadline(LocalDate reportingDeadline) {
        this.reportingDeadline = reportingDeadline;
    }

    public LocalDate getRequestDeadline() {
        return requestDeadline;
    }

    public void setRequestDeadline(LocalDate requestDeadline) {
        this.requestDeadline = requestDeadline;
    }

    /** The number of places aimed for; null while the field is empty. */
    public Long getTargetPlaces() {
        return targetPlaces;
    }

    public void setTargetPlaces(Long targetPlaces) {
        this.targetPlaces = targetPlaces;
    }

    public TermStatus getStatus() {
        return status;
    }

    public void setStatus(TermStatus status) {
        this.status = status;
    }
}
