package se.stockholm.vfu.allocation;

/**
 * The what-if figures of a district over its areas, or of an area over the districts.
 *
 * @param code               the district's or area's code
 * @param name               its name
 * @param helpingPairs       its pairs where one more place would place one more student
 * @param absorbableSum      the sum of its pairs' absorbable figures, each pair alone
 * @param absorbableTogether how many more students unlimited places in all its pairs at once would place
 */
public record WhatIfSumLine(String code, String name, int helpingPairs, int absorbableSum, int absorbableTogether) {
}
