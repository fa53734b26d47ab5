/** The supervisor-training report pages: a university's own form, the central contact's overview. */
package se.stockholm.vfu.training.view;
