/** The supervisors page: supervisors, their training status and its history. */
package se.stockholm.vfu.supervisor.view;
