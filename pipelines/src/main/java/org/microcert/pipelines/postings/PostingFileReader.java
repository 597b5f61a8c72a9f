package org.microcert.pipelines.postings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.microcert.taxonomy.io.Reject;

/**
 * Reads one postings file (CSV with a header, or JSON Lines; plain or gzip, detected from the
 * content) into {@link RawPosting}s and {@link Reject}s. Structural problems are rejected here:
 * malformed JSON, a record that is not an object, records over {@value #MAX_RECORD_CHARS}
 * characters, values in unknown columns, bytes that are not UTF-8.
 */
public final class PostingFileReader {

  /** Largest record accepted (5 MB of text). */
  public static final int MAX_RECORD_CHARS = 5_000_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private PostingFileReader() {}

  /**
   * Reads a file.
   *
   * @param file the file
   * @param format csv or jsonl
   * @param mapping column mapping of the source
   * @param postings receives the records that parsed
   * @param rejects receives the records that did not
   */
  public static void read(
      Path file,
      String format,
      SourceMapping mapping,
      Consumer<RawPosting> postings,
      Consumer<Reject> rejects) {
    try (InputStream in = open(file)) {
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      if (format.equals("csv")) {
        readCsv(file.toString(), reader, mapping, postings, rejects);
      } else {
        readJsonLines(file.toString(), reader, mapping, postings, rejects);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read postings file " + file + ": " + e.getMessage(), e);
    }
  }

  private static InputStream open(Path file) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    raw.mark(2);
    int b1 = raw.read();
    int b2 = raw.read();
    raw.reset();
    return (b1 == 0x1f && b2 == 0x8b) ? new GZIPInputStream(raw, 1 << 16) : raw;
  }

  private static void readJsonLines(
      String file,
      BufferedReader reader,
      SourceMapping mapping,
      Consumer<RawPosting> postings,
      Consumer<Reject> rejects)
      throws IOException {
    String line;
    long number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      if (line.length() > MAX_RECORD_CHARS) {
        rejects.accept(
            new Reject(file, number, "", "record of " + line.length() + " characters is over the 5 MB limit"));
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        rejects.accept(new Reject(file, number, "", "malformed JSON: " + e.getOriginalMessage()));
        continue;
      }
      if (node == null || !node.isObject()) {
        rejects.accept(new Reject(file, number, "", "not a JSON object"));
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode v = e.getValue();
        values.put(e.getKey(), v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString());
      }
      emit(file, number, values, mapping, postings, rejects);
    }
  }

  private static void readCsv(
      String file,
      BufferedReader reader,
      SourceMapping mapping,
      Consumer<RawPosting> postings,
      Consumer<Reject> rejects)
      throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      long previousEnd = parser.getCurrentLineNumber();
      Iterator<CSVRecord> it = parser.iterator();
      while (true) {
        CSVRecord rec;
        try {
          if (!it.hasNext()) {
            break;
          }
          rec = it.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          rejects.accept(new Reject(file, previousEnd + 1, "", "malformed CSV: " + e.getMessage()));
          break;
        }
        long line = previousEnd + 1;
        previousEnd = parser.getCurrentLineNumber();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> byName = rec.toMap();
        for (String h : parser.getHeaderNames()) {
          values.put(h, byName.getOrDefault(h, ""));
        }
        if (!rec.isConsistent()) {
          rejects.accept(
              new Reject(file, line, "", "has " + rec.size() + " values for " + parser.getHeaderNames().size() + " columns"));
          continue;
        }
        emit(file, line, values, mapping, postings, rejects);
      }
    }
  }

  private static void emit(
      String file,
      long line,
      Map<String, String> values,
      SourceMapping mapping,
      Consumer<RawPosting> postings,
      Consumer<Reject> rejects) {
    int size = 0;
    for (Map.Entry<String, String> e : values.entrySet()) {
      String v = e.getValue();
      size += v.length();
      if (!v.isEmpty() && !mapping.knows(e.getKey())) {
        rejects.accept(new Reject(file, line, e.getKey(), "unknown column '" + e.getKey() + "'"));
        return;
      }
      if (v.indexOf('\uFFFD') >= 0) {
        rejects.accept(new Reject(file, line, e.getKey(), "value is not valid UTF-8"));
        return;
      }
    }
    if (size > MAX_RECORD_CHARS) {
      rejects.accept(new Reject(file, line, "", "record of " + size + " characters is over the 5 MB limit"));
      return;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (String f : SourceMapping.FIELDS) {
      String col = mapping.column(f);
      if (col != null && values.containsKey(col)) {
        fields.put(f, values.get(col));
      }
    }
    postings.accept(new RawPosting(file, line, fields));
  }
}
