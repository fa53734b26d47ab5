/**
 * The observation-visits page: the visits, bookings and counts per district ({@link VisitsPage}), offering a visit
 * ({@link OfferVisit}) and booking a student on one ({@link BookVisit}), one bean per use case.
 */
package se.stockholm.vfu.visit.view;
