/** Pages of the network: events, attendance and shared documents. */
package se.stockholm.vfu.network.view;
