/**
 * Who the caller is and what they may see. Login itself is WildFly's (Elytron form login against
 * the users table, configured in wildfly-config/30-security.cli); this package turns the principal
 * into a {@link se.stockholm.vfu.security.Caller} with its district or university scope.
 */
package se.stockholm.vfu.security;
