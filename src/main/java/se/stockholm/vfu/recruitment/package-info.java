/**
 * Recruitment: trainee posts reported by the districts, their candidates (former VFU students linked to their
 * placement, or from outside VFU) through interested → applied → interviewed → trainee → hired, the funnel from VFU
 * to a permanent hire per cohort, and the yearly staff turnover beside it.
 */
package se.stockholm.vfu.recruitment;
