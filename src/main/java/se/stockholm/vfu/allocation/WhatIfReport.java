package se.stockholm.vfu.allocation;

import java.util.List;

/**
 * What more places would buy in a term, worked out on its current requests and places.
 *
 * @param termCode   the term
 * @param requests   requests in the pool
 * @param placeable  the most students the term can place now
 * @param pairs      every district-and-area pair, largest gain first
 * @param byDistrict sums per district, largest first
 * @param byArea     sums per area of work, largest first
 * @param elapsedMs  how long the analysis took
 */
public record WhatIfReport(String termCode, int requests, int placeable, List<WhatIfLine> pairs,
                           List<WhatIfSumLine> byDistrict, List<WhatIfSumLine> byArea, long elapsedMs) {
}
