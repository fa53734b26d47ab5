/** The results page of the evaluations (charts with their tables, the central contact's free texts). */
package se.stockholm.vfu.evaluation.view;
