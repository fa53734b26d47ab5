/**
 * Change history (Hibernate Envers): every business entity is {@code @Audited}; each transaction is one revision
 * ({@link se.stockholm.vfu.audit.AuditRevision}, with the acting user); {@link se.stockholm.vfu.audit.AuditService}
 * lists who changed what for the central contact and the administrator, with the fields that changed.
 */
package se.stockholm.vfu.audit;
