/**
 * Allocation of a term's students to its places: runs of the engine ({@code allocation.engine}) over a snapshot of
 * the term, kept with seed and result, adjusted by hand and published as offers.
 */
package se.stockholm.vfu.allocation;
