/**
 * The load test (README, "Lasttest / Load test"): {@link se.stockholm.vfu.load.PortalSimulation}, Gatling's Java DSL
 * for the three roles, with the {@link se.stockholm.vfu.load.WriteLedger} of what users were told succeeded and the
 * {@link se.stockholm.vfu.load.WriteCheck} against the database; {@link se.stockholm.vfu.load.LoadIT} runs it for a
 * minute in the suite. Client side only: this package is never in the test deployment (Gatling is not in the server).
 */
package se.stockholm.vfu.load;
