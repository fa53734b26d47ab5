/** The pages of student requests: the lists (a university's own, the central contact's city-wide), the form and the import. */
package se.stockholm.vfu.request.view;
