/** The compensation-basis page with its Excel and PDF exports. */
package se.stockholm.vfu.compensation.view;
