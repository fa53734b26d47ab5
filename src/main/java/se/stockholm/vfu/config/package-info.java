/** Start-up: settings from the environment, schema migrations, and demo data for the embedded default. */
package se.stockholm.vfu.config;
