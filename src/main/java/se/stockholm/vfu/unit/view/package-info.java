/** The units page: a district's units, and the city's for the central contact. */
package se.stockholm.vfu.unit.view;
