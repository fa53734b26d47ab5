package se.stockholm.vfu.allocation.engine;

/**
 * The what-if figures of one district (over its areas) or one area (over the districts).
 *
 * @param name            the district's or area's key
 * @param helpingPairs    how many of its pairs would place one more student with one more place: the sum of their
 *                        gains of one
 * @param absorbableSum   the sum of its pairs' absorbable figures, each computed alone (students who could go to
 *                        several pairs are counted in each)
 * @param absorbableTogether how many more students could be placed with no limit on places in all its pairs at
 *                        once: the exact figure, at most {@code absorbableSum}
 */
public record WhatIfSum(String name, int helpingPairs, int absorbableSum, int absorbableTogether) {
}
