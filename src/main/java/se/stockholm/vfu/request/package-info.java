/**
 * Student requests (förfrågningar) that universities send for a term: the request, its rules and the services
 * that apply the caller's scope and the request deadline ({@link se.stockholm.vfu.request.RequestService} reads,
 * {@link se.stockholm.vfu.request.RequestChanges} writes, both by the rules in {@code RequestAccess}); the API at
 * /api/terms/{code}/requests.
 */
package se.stockholm.vfu.request;
