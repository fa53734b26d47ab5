/**
 * Student requests (förfrågningar) that universities send for a term: the request, its rules and the service
 * that applies the caller's scope and the request deadline; the API at /api/terms/{code}/requests.
 */
package se.stockholm.vfu.request;
