/**
 * The placements page of every role: the list ({@code PlacementsPage}) and the steps that open a dialog, each its own
 * bean ({@code ConfirmPlacement}, {@code StopPlacement}).
 */
package se.stockholm.vfu.placement.view;
