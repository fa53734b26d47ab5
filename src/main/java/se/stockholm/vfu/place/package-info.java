/** Places (VFU-platser) that districts report for a term. */
package se.stockholm.vfu.place;
