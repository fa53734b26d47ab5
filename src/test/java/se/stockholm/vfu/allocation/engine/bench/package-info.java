/**
 * Benchmark and command-line runner for the allocation engine: generated instances up to 10,000
 * students and 2,000 places, a first-come greedy baseline to compare with, and the JSON problem
 * format of {@code docs/allocation.md}. Not tests: nothing here is named {@code *Test}.
 */
package se.stockholm.vfu.allocation.engine.bench;
