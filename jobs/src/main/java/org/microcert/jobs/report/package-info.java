/**
 * The working groups' reports: static HTML (Thymeleaf, Chart.js inlined), CSV and JSON.
 *
 * <p>Entry point: {@link org.microcert.jobs.report.ReportGenerator#generate(java.nio.file.Path,
 * String, java.nio.file.Path, java.time.LocalDate)}. Untrusted text (titles, outcome text, codes)
 * is escaped in HTML, passed to scripts only as escaped JSON, neutralised in CSV cells ({@link
 * org.microcert.taxonomy.text.SpreadsheetCells}), and made safe before use in file names.
 */
package org.microcert.jobs.report;
