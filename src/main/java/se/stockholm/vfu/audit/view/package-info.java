/** The change history page and the retention page. */
package se.stockholm.vfu.audit.view;
