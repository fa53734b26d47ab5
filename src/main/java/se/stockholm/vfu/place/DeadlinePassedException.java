package se.stockholm.vfu.place;

import se.stockholm.vfu.common.ConflictException;

import java.time.LocalDate;

/** The term's reporting deadline has passed: only the central contact may change its place offers now. */
public class DeadlinePassedException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public DeadlinePassedException(LocalDate deadline) {
        super(null, "district.place.error.deadlinePassed", deadline.toString());
    }
}
