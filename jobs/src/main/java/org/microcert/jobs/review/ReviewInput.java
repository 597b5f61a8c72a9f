package org.microcert.jobs.review;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.microcert.taxonomy.InputRejectedException;

/**
 * Reads a review input file (CSV with a header, or a JSON array of objects) into rows of text
 * fields with their line numbers. A row is an endorsement when it has a {@code partner} or {@code
 * claim} field (a CSV: column), or says {@code "kind": "endorsement"}; otherwise a decision.
 */
final class ReviewInput {

  static final List<String> DECISION_COLUMNS =
      List.of(
          "submission",
          "credential",
          "outcome",
          "concept_uri",
          "decision",
          "match",
          "reviewer",
          "working_group",
          "date",
          "rationale",
          "report_hash");
  static final List<String> ENDORSEMENT_COLUMNS =
      List.of(
          "partner",
          "claim",
          "submission",
          "credential",
          "concept_uri",
          "date",
          "expires",
          "report_hash");
  private static final Set<String> OPTIONAL = Set.of("match", "concept_uri", "kind");

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One input row.
   *
   * @param line physical line where it starts
   * @param kind {@link LogEntry#DECISION} or {@link LogEntry#ENDORSEMENT}
   * @param fields field name → trimmed NFC text ({@code null} when absent or empty)
   */
  record Row(long line, String kind, Map<String, String> fields) {
    String get(String name) {
      return fields.get(name);
    }
  }

  private ReviewInput() {}

  static List<Row> read(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!Files.isRegularFile(file)) {
      throw new InputRejectedException("Cannot import review file " + file + ": no such file");
    }
    try {
      return name.endsWith(".json") ? json(file) : csv(file);
    } catch (IOException e) {
      throw new InputRejectedException(
          "Cannot import review file " + file + ": " + e.getMessage(), e);
    }
  }

  private static List<Row> csv(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      List<String> header =
          p.getHeaderNames().stream().map(h -> h.strip().replace("\uFEFF", "")).toList();
      String kind =
          header.contains("partner") || header.contains("claim")
              ? LogEntry.ENDORSEMENT
              : LogEntry.DECISION;
      List<String> required =
          kind.equals(LogEntry.DECISION) ? DECISION_COLUMNS : ENDORSEMENT_COLUMNS;
      List<String> missing =
          required.stream().filter(c -> !OPTIONAL.contains(c) && !header.contains(c)).toList();
      if (!missing.isEmpty()) {
        throw new InputRejectedException(
            "Cannot import review file "
                + file
                + ": line 1: missing column(s) "
                + String.join(", ", missing)
                + " (a "
                + kind
                + " file needs "
                + String.join(", ", required)
                + ")");
      }
      Iterator<CSVRecord> it = p.iterator();
      while (true) {
        long start = p.getCurrentLineNumber() + 1;
        if (!it.hasNext()) {
          break;
        }
        CSVRecord r = it.next();
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < r.size(); i++) {
          fields.put(header.get(i), clean(r.get(i)));
        }
        rows.add(new Row(start, kind, fields));
      }
    }
    return rows;
  }

  private static List<Row> json(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (JsonParser p = JSON.getFactory().createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new InputRejectedException(
            "Cannot import review file " + file + ": line 1: expected a JSON array of objects");
      }
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        long line = p.currentTokenLocation().getLineNr();
        if (t == null) {
          throw new InputRejectedException(
              "Cannot import review file " + file + ": line " + line + ": the array is not closed");
        }
        JsonNode n = JSON.readTree(p);
        if (!n.isObject()) {
          rows.add(new Row(line, LogEntry.DECISION, Map.of("__not_object", "true")));
          continue;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
          JsonNode v = e.getValue();
          fields.put(
              e.getKey(), v.isNull() ? null : clean(v.isValueNode() ? v.asText() : v.toString()));
        }
        String kind =
            "endorsement".equals(fields.get("kind"))
                    || (fields.get("kind") == null && (n.has("partner") || n.has("claim")))
                ? LogEntry.ENDORSEMENT
                : LogEntry.DECISION;
        rows.add(new Row(line, kind, fields));
      }
    } catch (JsonProcessingException e) {
      throw new InputRejectedException(
          "Cannot import review file "
              + file
              + ": line "
              + e.getLocation().getLineNr()
              + ": "
              + e.getOriginalMessage(),
          e);
    }
    return rows;
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    return t.isEmpty() ? null : t;
  }
}
