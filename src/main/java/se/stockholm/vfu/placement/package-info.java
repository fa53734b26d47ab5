/**
 * Placements: a student on a place offer from the run's proposal to the end of the field placement, with the
 * districts' answers and the lifecycle; the seat a placement holds is counted on the offer.
 */
package se.stockholm.vfu.placement;
