package se.stockholm.vfu.recruitment.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.recruitment.CandidateService;
import se.stockholm.vfu.recruitment.CandidateRow;
import se.stockholm.vfu.recruitment.CandidateStatus;
import se.stockholm.vfu.recruitment.StepForm;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Moves a candidate of the open post a step on (or off the line), on a date and with a reason where one is asked. */
@Named
@ViewScoped
public class MoveCandidate implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CandidateService service;

    @Inject
    private RecruitmentPage page;

    private CandidateRow candidate;
    private CandidateStatus nextStatus;
    private LocalDate stepDate;
    private String stepReason;

    public void start(CandidateRow row) {
        candidate = row;
        nextStatus = row.getNextSteps().stream().filter(CandidateStatus::isOnLine).findFirst().orElse(null);
        stepDate = LocalDate.now(StockholmTime.ZONE);
        stepReason = null;
    }

    public void move() {
        service.move(candidate.id(), new StepForm(candidate.version(), nextStatus, stepDate, stepReason));
        Messages.info("recruitment.moved", candidate.name(),
                Messages.text("recruitment.candidateStatus." + nextStatus.name()));
        page.reloadCandidates();
    }

    public List<CandidateStatus> getNextSteps() {
        return candidate == null ? List.of() : new ArrayList<>(candidate.getNextSteps());
    }

    public CandidateRow getCandidate() {
        return candidate;
    }

    public CandidateStatus getNextStatus() {
        return nextStatus;
    }

    public void setNextStatus(CandidateStatus nextStatus) {
        this.nextStatus = nextStatus;
    }

    public LocalDate getStepDate() {
        return stepDate;
    }

    public void setStepDate(LocalDate stepDate) {
        this.stepDate = stepDate;
    }

    /**
     * The step's date picker offers no day after today (a step is something that happened). No earliest day: a date
     * before the last step gets the rule's own message, which says why ("Ange ett datum från … till …" did not).
     */
    public LocalDate getLatestStepDate() {
        return LocalDate.now(StockholmTime.ZONE);
    }

    public String getStepReason() {
        return stepReason;
    }

    public void setStepReason(String stepReason) {
        this.stepReason = stepReason;
    }
}
