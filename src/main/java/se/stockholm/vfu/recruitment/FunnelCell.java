package se.stockholm.vfu.recruitment;

import java.io.Serializable;

/**
 * One figure of the funnel. For a university's view every figure under {@link Funnel#MIN_SHOWN} is suppressed: the
 * count is null and {@code suppressed} true ("fewer than 5"), decided on the server so no client ever gets it.
 */
public record FunnelCell(Integer count, boolean suppressed) implements Serializable {

    public static FunnelCell of(int count, boolean suppress) {
        return suppress && count < Funnel.MIN_SHOWN ? new FunnelCell(null, true) : new FunnelCell(count, false);
    }

    /** The number for a chart: 0 where suppressed. */
    public int chartValue() {
        return count == null ? 0 : count;
    }
}
