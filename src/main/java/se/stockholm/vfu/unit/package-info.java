/**
 * Units (enheter) inside districts that receive students: created, changed and deactivated by their district's
 * contact (never deleted, so history stays), read city-wide by the central contact; as pages and as /api/units.
 */
package se.stockholm.vfu.unit;
