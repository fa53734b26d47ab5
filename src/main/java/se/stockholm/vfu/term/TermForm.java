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

    @Min(value = Term.FIRST_YEAR, message = "{field.min}")
    @Max(value = Term.LAST_YEAR, message = "{field.max}")
    private int year;

    @NotNull(message = "{field.required}")
    private LocalDate vfuStart;

    @NotNull(message = "{field.required}")
    private LocalDate vfuEnd;

    @NotNull(message = "{field.required}")
    private LocalDate reportingDeadline;

    @NotNull(message = "{field.required}")
    private LocalDate requestDeadline;

    @Min(value = 0, message = "{field.min}")
    @Max(value = Term.TARGET_MAX, message = "{field.maxCount}")
    private int targetPlaces = Term.DEFAULT_TARGET_PLACES;

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
        form.targetPlaces = term.getTargetPlaces();
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

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
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

    public int getTargetPlaces() {
        return targetPlaces;
    }

    public void setTargetPlaces(int targetPlaces) {
        this.targetPlaces = targetPlaces;
    }

    public TermStatus getStatus() {
        return status;
    }

    public void setStatus(TermStatus status) {
        this.status = status;
    }
}
