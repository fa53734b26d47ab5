/** The administrator's read-log page. */
package se.stockholm.vfu.readlog.view;
