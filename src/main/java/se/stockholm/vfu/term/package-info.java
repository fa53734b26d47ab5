/** Terms (HT/VT): VFU period, target number of places, deadlines and status; the term a user is working in. */
package se.stockholm.vfu.term;
