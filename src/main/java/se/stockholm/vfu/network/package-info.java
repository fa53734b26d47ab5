/**
 * The central contact's network: network meetings, the introduction day of a term and the yearly workshop with
 * their invitees and attendance, calendar files, and the routines and documents shared with the network.
 */
package se.stockholm.vfu.network;
