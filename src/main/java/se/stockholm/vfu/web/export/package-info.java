/**
 * The tables' CSV and Excel exports made safe to open in a spreadsheet: PrimeFaces' own DataTable exporters,
 * replaced at start by subclasses that neutralise cells a spreadsheet would run as a formula (CSV injection).
 */
package se.stockholm.vfu.web.export;
