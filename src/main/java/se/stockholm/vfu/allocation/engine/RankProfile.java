package se.stockholm.vfu.allocation.engine;

import java.util.List;

/**
 * How many placed students got their 1st, 2nd, ... choice; the last entry counts places that were
 * acceptable without being ranked. Fixed assignments count at their rank when the request accepts
 * their place.
 */
public record RankProfile(List<Integer> countByRank) {

    public RankProfile {
        countByRank = List.copyOf(countByRank);
    }

    /** The number of students placed at the rank, {@code 1..lastRank}. */
    public int count(int rank) {
        return countByRank.get(rank - 1);
    }

    public int lastRank() {
        return countByRank.size();
    }
}
