/**
 * Observation visits (auskultation): districts offer short visits to a unit (date, seats, a note) and university
 * coordinators book their term-two students on them. The seats booked are counted on the visit, under a row lock and
 * a database check, so a visit is never overbooked, however many book at once.
 */
package se.stockholm.vfu.visit;
