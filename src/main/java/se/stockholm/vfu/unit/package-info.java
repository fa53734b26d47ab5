/** Units (enheter) inside districts that receive students. */
package se.stockholm.vfu.unit;
