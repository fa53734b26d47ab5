/** Reference data kept as data: universities, districts and areas of work, seeded by the first migration. */
package se.stockholm.vfu.reference;
