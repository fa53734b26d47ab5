/** The central contact's allocation page. */
package se.stockholm.vfu.allocation.view;
