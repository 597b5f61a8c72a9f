package org.microcert.jobs.catalog.format;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.microcert.jobs.catalog.Catalog.Competency;
import org.microcert.jobs.catalog.Catalog.Credential;
import org.microcert.taxonomy.text.SpreadsheetCells;

/**
 * The registrars' CSV: one row per credential with its code, title, hours, transcript code, its
 * approved competencies (URIs and labels, {@code |}-separated in the same order) and its summative
 * assessment. Every cell is neutralised against spreadsheet formulas; LF line ends.
 */
final class TranscriptCsv {

  static final String FORMAT = "Transcript CSV";
  static final List<String> COLUMNS =
      List.of(
          "institution",
          "credential_code",
          "credential_title",
          "hours",
          "transcript_code",
          "competency_uris",
          "competency_labels",
          "assessment");

  private TranscriptCsv() {}

  static String write(CatalogIndex index, Losses losses) {
    StringWriter out = new StringWriter();
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader(COLUMNS.toArray(String[]::new))
            .setRecordSeparator("\n")
            .get();
    try (CSVPrinter p = new CSVPrinter(out, format)) {
      for (Credential cr : index.catalog.credentials()) {
        List<Competency> cs = index.competencies(cr);
        p.printRecord(
            cell(cr.institution()),
            cell(cr.code()),
            cell(cr.title()),
            cell(cr.hours() == null ? "" : cr.hours().toPlainString()),
            cell(cr.transcriptCode()),
            cell(cs.stream().map(Competency::uri).collect(Collectors.joining(" | "))),
            cell(cs.stream().map(Competency::label).collect(Collectors.joining(" | "))),
            cell(cr.summativeAssessment()));
        for (Competency c : cs) {
          losses.dropped(
              FORMAT,
              "match kind, score, rank and confidence of each alignment",
              CatalogIndex.alignments(cr, c).size());
        }
      }
      losses.decisionsAndEndorsements(FORMAT, index, "endorsements");
      losses.dropped(FORMAT, Losses.RELEVANCE, index.relevanceCount());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    losses.limit(
        FORMAT,
        "One row per credential: which outcome each competency came from, match"
            + " kinds, scores, decisions and endorsements are left out.");
    return out.toString();
  }

  private static String cell(String v) {
    return SpreadsheetCells.neutralise(v == null ? "" : v);
  }
}
