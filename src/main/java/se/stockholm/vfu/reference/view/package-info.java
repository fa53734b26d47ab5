/** Reference data for the pages' selection lists. */
package se.stockholm.vfu.reference.view;
