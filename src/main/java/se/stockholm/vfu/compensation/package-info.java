/**
 * The compensation basis: per district and term the supervised student-weeks, per university, from the placements'
 * start (their history), end or interruption and the term's VFU period, for the district's claim for supervision.
 * {@link se.stockholm.vfu.compensation.SupervisedWeeks} is the computation, plain Java.
 */
package se.stockholm.vfu.compensation;
