/** Supervisors (handledare) and their supervisor-training status. */
package se.stockholm.vfu.supervisor;
