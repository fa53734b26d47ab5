/** The central contact's data-subject export page. */
package se.stockholm.vfu.datasubject.view;
