/** The landing pages' figures: the city's term overview, a district's own, a university's own. */
package se.stockholm.vfu.overview;
