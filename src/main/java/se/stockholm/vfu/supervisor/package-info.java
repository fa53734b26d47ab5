/**
 * Supervisors (handledare) and their supervisor-training status (none, enrolled, completed), with every status
 * change kept as history; scoped to the district through the supervisor's unit. Pages and /api/supervisors.
 */
package se.stockholm.vfu.supervisor;
