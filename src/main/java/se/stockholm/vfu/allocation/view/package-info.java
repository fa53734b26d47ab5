/**
 * The central contact's allocation page, one bean per use case: the figures ({@code AllocationPage}), running and
 * publishing, the proposals with their locks and the move dialog, the stored runs with replay, and the what-if panel.
 */
package se.stockholm.vfu.allocation.view;
