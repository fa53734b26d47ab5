/**
 * Retention of personal data: per data type, how long it is kept ({@link se.stockholm.vfu.config.PortalSettings.Retention}),
 * a nightly job that anonymises students and inquiries past it in the records and their change history, and the
 * administrator's page that shows the rules and the runs and can run it now.
 */
package se.stockholm.vfu.retention;
