package se.stockholm.vfu.recruitment;

import java.util.EnumSet;
import java.util.Set;

/**
 * A candidate's steps: forward along interested → applied → interviewed → trainee → hired permanently, or out of the
 * process: withdrew or not chosen before becoming a trainee, left as a trainee or after being hired (with a reason).
 */
public enum CandidateStatus {
    INTERESTED, APPLIED, INTERVIEWED, TRAINEE, HIRED, WITHDREW, NOT_CHOSEN, LEFT;

    /** The main line, in order. */
    private static final Set<CandidateStatus> LINE = EnumSet.of(INTERESTED, APPLIED, INTERVIEWED, TRAINEE, HIRED);

    public boolean isOnLine() {
        return LINE.contains(this);
    }

    /** Whether a candidate in this status may move to {@code next}. */
    public boolean mayMoveTo(CandidateStatus next) {
        if (next == null || next == this) {
            return false;
        }
        return switch (next) {
            case INTERESTED -> false;
            case APPLIED, INTERVIEWED, TRAINEE, HIRED -> isOnLine() && next.ordinal() > ordinal();
            case WITHDREW, NOT_CHOSEN -> this == INTERESTED || this == APPLIED || this == INTERVIEWED;
            case LEFT -> this == TRAINEE || this == HIRED;
        };
    }

    /** The statuses that can follow this one. */
    public Set<CandidateStatus> next() {
        Set<CandidateStatus> next = EnumSet.noneOf(CandidateStatus.class);
        for (CandidateStatus s : values()) {
            if (mayMoveTo(s)) {
                next.add(s);
            }
        }
        return next;
    }
}
