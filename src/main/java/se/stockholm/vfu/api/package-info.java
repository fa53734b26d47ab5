/** The JSON API's application class, health check and error mapping; resources live in their feature packages. */
package se.stockholm.vfu.api;
