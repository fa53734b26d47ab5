/** Student requests (förfrågningar) that universities send for a term. */
package se.stockholm.vfu.request;
