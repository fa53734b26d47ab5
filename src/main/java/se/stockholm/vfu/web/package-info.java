/**
 * JSF plumbing every page shares: language, messages, exception handling, landing, login and logout, the lazy
 * tables' model ({@link se.stockholm.vfu.web.PagedTable}), what the history dialogs show
 * ({@link se.stockholm.vfu.web.History}), how upload forms read their file and place its refusal
 * ({@link se.stockholm.vfu.web.Uploads}, {@link se.stockholm.vfu.web.UploadLimitFilter}) and the limits of fields no
 * entity holds ({@link se.stockholm.vfu.web.FieldLimits}). The pages' own tags are Facelets tag files in WEB-INF/tags.
 */
package se.stockholm.vfu.web;
