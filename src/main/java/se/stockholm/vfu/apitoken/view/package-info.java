/** The "API-nycklar" page: a user's own tokens (make, list, revoke); the administrator also sees everyone's. */
package se.stockholm.vfu.apitoken.view;
