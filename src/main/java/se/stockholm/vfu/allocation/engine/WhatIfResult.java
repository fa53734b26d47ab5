package se.stockholm.vfu.allocation.engine;

import java.time.Duration;
import java.util.List;

/**
 * What more places would buy, computed on the term's problem as it stands.
 *
 * @param placeable   the most students the term can place now, fixed assignments included
 * @param requests    number of requests
 * @param pairs       every district-and-area pair asked about, largest gain of one first, then largest absorbable
 * @param byDistrict  sums per district, in the same order
 * @param byArea      sums per area of work, in the same order
 * @param elapsed     time the analysis took
 */
public record WhatIfResult(int placeable, int requests, List<WhatIfGain> pairs, List<WhatIfSum> byDistrict,
                           List<WhatIfSum> byArea, Duration elapsed) {

    public WhatIfResult {
        pairs = List.copyOf(pairs);
        byDistrict = List.copyOf(byDistrict);
        byArea = List.copyOf(byArea);
    }
}
