/** The recruitment pages: posts and candidates, the funnel, staff turnover. */
package se.stockholm.vfu.recruitment.view;
