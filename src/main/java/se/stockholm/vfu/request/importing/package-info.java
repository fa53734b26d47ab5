/**
 * The bulk import of student requests from CSV and Excel files: reading, checking every row and the template.
 * Plain Java with no container, so it is unit-tested and benchmarked directly; the request service owns the
 * transaction that saves a previewed file.
 */
package se.stockholm.vfu.request.importing;
