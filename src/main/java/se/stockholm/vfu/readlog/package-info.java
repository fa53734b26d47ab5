/**
 * The read log: every view or export of a student's request or placement (or of a record that names a student
 * without a request: an inquiry, an observation-visit booking), with who, when, which student or record (by internal
 * id) and through which page, API call or export. {@link se.stockholm.vfu.readlog.ReadLog} writes it from
 * the services that hand such rows to a caller; {@link se.stockholm.vfu.readlog.ReadChannel} knows the channel of
 * the current HTTP request; {@link se.stockholm.vfu.readlog.ReadLogService} is the administrator's search.
 */
package se.stockholm.vfu.readlog;
