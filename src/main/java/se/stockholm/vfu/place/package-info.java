/**
 * Places (VFU-platser) that districts report for a term: per unit and area of work, with languages, notes and an
 * optional supervisor. Districts change them until the term's reporting deadline, the central contact after it
 * (recorded as such); withdrawing needs a reason; every change is history. Pages and /api/terms/{code}/places.
 */
package se.stockholm.vfu.place;
