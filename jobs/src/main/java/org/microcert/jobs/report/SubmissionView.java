package org.microcert.jobs.report;

import java.util.List;
import java.util.Map;

/**
 * Everything a submission report shows, in plain maps and lists (what the templates, the CSV and
 * the JSON writers read).
 *
 * @param id submission id (untrusted text)
 * @param fileName its safe folder name in the report output
 * @param meta region, period, total postings, report date, institution
 * @param tables table name → rows (columns as in {@link ReportTables#COLUMNS})
 * @param charts chart data passed to the page's scripts as JSON
 */
record SubmissionView(
    String id,
    String fileName,
    Map<String, Object> meta,
    Map<String, List<Map<String, Object>>> tables,
    Map<String, Object> charts) {}
