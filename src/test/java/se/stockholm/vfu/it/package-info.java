/** Integration-test support deployed with the portal: the deployment, fixtures and acting as a user. */
package se.stockholm.vfu.it;
