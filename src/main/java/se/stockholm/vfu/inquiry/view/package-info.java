/** The inquiries page, shared by districts, universities and the central contact. */
package se.stockholm.vfu.inquiry.view;
