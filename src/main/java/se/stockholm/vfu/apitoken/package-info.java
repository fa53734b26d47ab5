/**
 * Personal API tokens: an API client calls {@code /api/*} with {@code Authorization: Bearer vfu_...} and acts as the
 * user who made the token, with the user's current role and scope, at the cost of one SHA-256 and one indexed read
 * instead of a bcrypt verification per call. Tokens are random (256 bits), shown once, stored only as their SHA-256
 * hash, revocable by their user or the administrator, optionally expiring, and audited (Envers) like other records.
 * {@link se.stockholm.vfu.apitoken.ApiTokenFilter} turns a valid token into the user's Elytron identity for the rest
 * of the request; the browser's FORM login and the pages never accept one. The administrator pages through everyone's
 * active tokens ({@link se.stockholm.vfu.apitoken.ApiTokenService#allActive}); {@link
 * se.stockholm.vfu.apitoken.DemoApiTokens} gives the embedded demo's logins tokens to show.
 */
package se.stockholm.vfu.apitoken;
