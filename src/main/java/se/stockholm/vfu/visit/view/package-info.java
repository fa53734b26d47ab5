/** The observation-visits page: visits, booking dialog, bookings and counts per district. */
package se.stockholm.vfu.visit.view;
