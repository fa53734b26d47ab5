/** What every feature shares: the entity base class and the business exceptions pages and the API translate. */
package se.stockholm.vfu.common;
