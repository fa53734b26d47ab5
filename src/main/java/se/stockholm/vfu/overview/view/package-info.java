/** The landing pages of the three roles. */
package se.stockholm.vfu.overview.view;
