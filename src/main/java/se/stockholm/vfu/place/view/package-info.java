/** The places page: a term's place offers, reported by districts and followed up by the central contact. */
package se.stockholm.vfu.place.view;
