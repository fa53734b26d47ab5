package se.stockholm.vfu.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import se.stockholm.vfu.common.BaseEntity;
import se.stockholm.vfu.common.InvalidInputException;
import se.stockholm.vfu.placement.Placement;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One answered evaluation. It keeps the groups the results are counted by as they were when the placement ended
 * (term, district, unit, area of work, university), so later changes to the placement never move old results, and
 * retention can cut the link to the placement (and the free text) while the scores stay for the statistics.
 */
@Entity
@Table(name = "evaluation_answer")
public class EvaluationAnswer extends BaseEntity {

    @Column(name = "placement_id")
    private Long placementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Respondent respondent;

    @Column(name = "term_id", nullable = false, updatable = false)
    private long termId;

    @Column(name = "district_id", nullable = false, updatable = false)
    private long districtId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "area_id", nullable = false, updatable = false)
    private long areaId;

    @Column(name = "university_id", nullable = false, updatable = false)
    private long universityId;

    @Column(nullable = false, updatable = false)
    private int q1;

    @Column(nullable = false, updatable = false)
    private int q2;

    @Column(nullable = false, updatable = false)
    private int q3;

    @Column(nullable = false, updatable = false)
    private int q4;

    @Column(name = "free_text", length = EvaluationQuestions.FREE_TEXT_MAX)
    private String freeText;

    @Column(name = "answered_at", nullable = false, updatable = false)
    private Instant answeredAt;

    protected EvaluationAnswer() {
    }

    /** The answer to {@code invitation}; checks the scale and the free text's length, naming the field. */
    static EvaluationAnswer of(EvaluationInvitation invitation, List<Integer> scores, String freeText, Instant now) {
        if (scores == null || scores.size() != EvaluationQuestions.COUNT) {
            throw new InvalidInputException("q1", "evaluation.error.scale");
        }
        for (int i = 0; i < scores.size(); i++) {
            Integer score = scores.get(i);
            if (score == null || score < EvaluationQuestions.MIN || score > EvaluationQuestions.MAX) {
                throw new InvalidInputException("q" + (i + 1), "evaluation.error.scale");
            }
        }
        String text = freeText == null || freeText.isBlank() ? null : freeText.strip();
        if (text != null && text.length() > EvaluationQuestions.FREE_TEXT_MAX) {
            throw new InvalidInputException("freeText", "evaluation.error.freeTextTooLong",
                    EvaluationQuestions.FREE_TEXT_MAX);
        }
        Placement placement = invitation.getPlacement();
        EvaluationAnswer answer = new EvaluationAnswer();
        answer.placementId = placement.getId();
        answer.respondent = invitation.getRespondent();
        answer.termId = placement.getTerm().getId();
        answer.districtId = placement.getDistrict().getId();
        answer.unitId = placement.getOffer().getUnit().getId();
        answer.areaId = placement.getOffer().getArea().getId();
        answer.universityId = placement.getUniversity().getId();
        answer.q1 = scores.get(0);
        answer.q2 = scores.get(1);
        answer.q3 = scores.get(2);
        answer.q4 = scores.get(3);
        answer.freeText = text;
        answer.answeredAt = Objects.requireNonNull(now);
        invitation.answered(now);
        return answer;
    }

    public Long getPlacementId() {
        return placementId;
    }

    public Respondent getRespondent() {
        return respondent;
    }

    public long getTermId() {
        return termId;
    }

    public long getDistrictId() {
        return districtId;
    }

    public long getUnitId() {
        return unitId;
    }

    public long getUniversityId() {
        return universityId;
    }

    public List<Integer> getScores() {
        return List.of(q1, q2, q3, q4);
    }

    public String getFreeText() {
        return freeText;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
