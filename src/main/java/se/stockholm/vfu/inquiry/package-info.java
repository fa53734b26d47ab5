/**
 * Students' direct inquiries to districts: recorded and forwarded by the district to a university,
 * acknowledged by the university, then turned into a request or declined.
 */
package se.stockholm.vfu.inquiry;
