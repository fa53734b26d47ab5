/** The placements page of every role. */
package se.stockholm.vfu.placement.view;
