/** Term pages and the term selector in the header. */
package se.stockholm.vfu.term.view;
