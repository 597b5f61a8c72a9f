package org.microcert.taxonomy.align;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.microcert.taxonomy.io.AtomicFiles;
import org.microcert.taxonomy.io.RejectsFile;
import org.microcert.taxonomy.match.CompetencyMatch;
import org.microcert.taxonomy.text.SpreadsheetCells;

/**
 * Writes alignments as JSONL (one object per outcome) and CSV (one row per match); rejects go
 * through {@link RejectsFile}. Byte-identical for identical input: callers sort; numbers have 4
 * decimals; "\n" line ends. Each file is written to a temporary sibling and renamed into place.
 */
public final class AlignmentWriter {

  /** Columns of {@code alignments.csv}. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "submission_id",
          "institution",
          "credential_code",
          "credential_title",
          "credential_hours",
          "transcript_code",
          "outcome_id",
          "outcome_text",
          "language",
          "declared_type",
          "ksa_class",
          "rank",
          "uri",
          "label",
          "skill_type",
          "score",
          "confidence",
          "matched_text",
          "matched_terms");

  private static final JsonFactory JSON = new JsonFactory();

  private AlignmentWriter() {}

  public static void writeJsonl(List<Alignment> alignments, Path file) throws IOException {
    AtomicFiles.write(
        file,
        tmp -> {
          try (OutputStream out = Files.newOutputStream(tmp)) {
            for (Alignment a : alignments) {
              JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
              g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
              writeJson(g, a);
              g.flush();
              out.write('\n');
            }
          }
        });
  }

  private static void writeJson(JsonGenerator g, Alignment a) throws IOException {
    Outcome o = a.outcome();
    g.writeStartObject();
    g.writeStringField("submission_id", a.submissionId());
    g.writeStringField("institution", o.institution());
    g.writeStringField("credential_code", o.credentialCode());
    g.writeStringField("credential_title", o.credentialTitle());
    g.writeFieldName("credential_hours");
    if (o.credentialHours() == null) {
      g.writeNull();
    } else {
      g.writeNumber(o.credentialHours());
    }
    g.writeStringField("transcript_code", o.transcriptCode());
    g.writeStringField("outcome_id", o.outcomeId());
    g.writeStringField("outcome_text", o.outcomeText());
    g.writeStringField("language", o.language());
    g.writeStringField("declared_type", o.declaredType());
    g.writeStringField("assessment_method", o.assessmentMethod());
    g.writeStringField("evidence", o.evidence());
    g.writeArrayFieldStart("partner_endorsements");
    for (Endorsement e : o.endorsements()) {
      g.writeStartObject();
      g.writeStringField("partner", e.partner());
      g.writeStringField("endorsed", e.endorsed().toString());
      g.writeStringField("expires", e.expires().toString());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("ksa_class", a.ksaClass());
    g.writeArrayFieldStart("matches");
    for (CompetencyMatch m : a.matches()) {
      g.writeStartObject();
      g.writeNumberField("rank", m.rank());
      g.writeStringField("uri", m.uri());
      g.writeStringField("label", m.label());
      g.writeStringField("skill_type", m.skillType());
      g.writeFieldName("score");
      g.writeNumber(fixed(m.score()));
      g.writeStringField("confidence", m.confidence().label());
      g.writeStringField("matched_text", m.matchedText());
      g.writeArrayFieldStart("matched_terms");
      for (String t : m.matchedTerms()) {
        g.writeString(t);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("notes");
    for (String n : o.notes()) {
      g.writeString(n);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  public static void writeCsv(List<Alignment> alignments, Path file) throws IOException {
    AtomicFiles.write(
        file,
        tmp -> {
          try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
              CSVPrinter p = csv(w, CSV_COLUMNS)) {
            for (Alignment a : alignments) {
              Outcome o = a.outcome();
              List<CompetencyMatch> ms = a.matches();
              for (int i = 0; i < Math.max(1, ms.size()); i++) {
                CompetencyMatch m = i < ms.size() ? ms.get(i) : null;
                p.printRecord(
                    cells(
                        a.submissionId(),
                        o.institution(),
                        o.credentialCode(),
                        o.credentialTitle(),
                        o.credentialHours() == null ? "" : o.credentialHours().toString(),
                        o.transcriptCode(),
                        o.outcomeId(),
                        o.outcomeText(),
                        o.language(),
                        o.declaredType(),
                        a.ksaClass(),
                        m == null ? "" : Integer.toString(m.rank()),
                        m == null ? "" : m.uri(),
                        m == null ? "" : m.label(),
                        m == null ? "" : m.skillType(),
                        m == null ? "" : fixed(m.score()),
                        m == null ? "" : m.confidence().label(),
                        m == null ? "" : m.matchedText(),
                        m == null ? "" : String.join("; ", m.matchedTerms())));
              }
            }
          }
        });
  }

  private static CSVPrinter csv(Writer w, List<String> header) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setRecordSeparator("\n")
        .setHeader(header.toArray(new String[0]))
        .get()
        .print(w);
  }

  /** Cells made safe for spreadsheets: a leading = + - @ tab or CR gets a leading quote. */
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  static Object[] cells(String... values) {
    Object[] out = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = neutralise(values[i]);
    }
    return out;
  }

  static String neutralise(String v) {
    if (v == null || v.isEmpty()) {
      return "";
    }
    // Numbers this writer formats itself (scores, ranks) stay numbers.
    return NUMBER.matcher(v).matches() ? v : SpreadsheetCells.neutralise(v);
  }

  static String fixed(double d) {
    return String.format(Locale.ROOT, "%.4f", d);
  }
}
