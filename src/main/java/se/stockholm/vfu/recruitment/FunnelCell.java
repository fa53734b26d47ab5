package se.stockholm.vfu.recruitment;

import java.io.Serializable;

/**
 * One figure of the funnel. For a university's view every figure under {@link Funnel#MIN_SHOWN} is suppressed: the
 * count is null and {@code suppressed} true ("fewer than 5"), decided on the server so no client ever gets it. A
 * figure that cannot be known yet (still employed after 12 months, while some hire's 12 months are not over) has no
 * count and {@code notYetKnown} true: a 0 there would read as "nobody stayed".
 */
public record FunnelCell(Integer count, boolean suppressed, boolean notYetKnown) implements Serializable {

    /** The figure not yet known. */
    public static final FunnelCell NOT_YET_KNOWN = new FunnelCell(null, false, true);

    public FunnelCell(Integer count, boolean suppressed) {
        this(count, suppressed, false);
    }

    public static FunnelCell of(int count, boolean suppress) {
        return suppress && count < Funnel.MIN_SHOWN ? new FunnelCell(null, true) : new FunnelCell(count, false);
    }

    /** The number for a chart: 0 where suppressed, a gap (null) where not yet known. */
    public Integer chartValue() {
        return notYetKnown ? null : count == null ? Integer.valueOf(0) : count;
    }
}
