/** JSF plumbing every page shares: language, messages, exception handling, landing, login and logout. */
package se.stockholm.vfu.web;
