/** The portal's users: who may sign in, with which role, bound to which district or university. */
package se.stockholm.vfu.user;
