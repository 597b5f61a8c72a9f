package org.microcert.pipelines.postings;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.microcert.taxonomy.InputRejectedException;
import org.microcert.taxonomy.io.Reject;

/**
 * Reads one postings file (CSV with a header, or JSON Lines; plain or gzip, detected from the
 * content) into {@link RawPosting}s and {@link Reject}s. Every record ends as one or the other:
 * malformed JSON or CSV, trailing text after a JSON object, a record that is not an object, a
 * record over {@value #MAX_RECORD_BYTES} bytes (checked while reading, see {@link BoundedLines}),
 * values in unknown columns and invalid UTF-8 (named by line and byte) are row rejects, and reading
 * goes on. A UTF-8 byte order mark is skipped. Whole-file problems (a gzip stream that ends early
 * or is corrupt, a CSV header that names a column twice or cannot be read) throw {@link
 * InputRejectedException}.
 */
public final class PostingFileReader {

  /** Largest record accepted (5 MB). */
  public static final int MAX_RECORD_BYTES = 5_000_000;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CSVFormat CSV = CSVFormat.RFC4180;

  private PostingFileReader() {}

  /**
   * Reads a file.
   *
   * @param file the file
   * @param format csv or jsonl
   * @param mapping column mapping of the source
   * @param postings receives the records that parsed
   * @param rejects receives the records that did not
   * @throws InputRejectedException for a problem of the whole file, naming it and where it broke
   */
  public static void read(
      Path file,
      String format,
      SourceMapping mapping,
      Consumer<RawPosting> postings,
      Consumer<Reject> rejects) {
    String name = file.toString();
    CountingStream raw;
    try {
      raw = new CountingStream(Files.newInputStream(file));
    } catch (IOException e) {
      throw new InputRejectedException("Cannot read postings file " + name + ": no such file", e);
    }
    BoundedLines lines = null;
    boolean gzip = false;
    try (InputStream buffered = new BufferedInputStream(raw, 1 << 16)) {
      buffered.mark(2);
      int b1 = buffered.read();
      int b2 = buffered.read();
      buffered.reset();
      gzip = b1 == 0x1f && b2 == 0x8b;
      InputStream in = gzip ? new GZIPInputStream(buffered, 1 << 16) : buffered;
      lines = new BoundedLines(in, MAX_RECORD_BYTES);
      if (format.equals("csv")) {
        readCsv(name, lines, mapping, postings, rejects);
      } else {
        readJsonLines(name, lines, mapping, postings, rejects);
      }
    } catch (IOException e) {
      long line = lines == null ? 0 : lines.lineNumber();
      throw new InputRejectedException(
          "Cannot read postings file "
              + name
              + ": "
              + (gzip ? "the gzip data ends early or is corrupt" : "read failed")
              + " at byte "
              + raw.count
              + " of the file, after line "
              + line
              + " (nothing from this run was ingested)",
          e);
    }
  }

  private static void readJsonLines(
      String file,
      BoundedLines lines,
      SourceMapping mapping,
      Consumer<RawPosting> postings,
      Consumer<Reject> rejects)
      throws IOException {
    BoundedLines.Line line;
    while ((line = lines.next()) != null) {
      long number = line.number();
      if (!line.ok()) {
        rejects.accept(new Reject(file, number, "", line.problem()));
        continue;
      }
      if (line.text().isBlank()) {
        continue;
      }
      JsonNode node;
      try (JsonParser p = JSON.createParser(line.text())) {
        node = JSON.readTree(p);
        if (node != null && p.nextToken() != null) {
          rejects.accept(
              new Reject(
                  file,
                  number,
                  "",
                  "trailing text after the JSON value at column "
                      + p.currentTokenLocation().getColumnNr()));
          continue;
        }
      } catch (JsonProcessingException e) {
        rejects.accept(new Reject(file, number, "", "malformed JSON: " + e.getOriginalMessage()));
        continue;
      }
      if (node == null || !node.isObject()) {
        rejects.accept(new Reject(file, number, "", "not a JSON object"));
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        JsonNode v = e.getValue();
        values.put(e.getKey(), v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString());
      }
      emit(file, number, values, mapping, postings, rejects);
    }
  }

  private static void readCsv(
      String file,
      BoundedLines lines,
      SourceMapping mapping,
      Consumer<RawPosting> postings,
      Consumer<Reject> rejects)
      throws IOException {
    List<String> header = null;
    BoundedLines.Line line;
    while ((line = lines.next()) != null) {
      long start = line.number();
      StringBuilder record = new StringBuilder();
      String problem = line.problem();
      long bytes = line.length();
      if (line.ok()) {
        record.append(line.text());
      }
      boolean open = stillQuoted(line, false);
      // a quoted value may hold line breaks: the record goes on while a quote is open
      while (open) {
        BoundedLines.Line more = lines.next();
        if (more == null) {
          problem = problem != null ? problem : "malformed CSV: a quoted value is never closed";
          break;
        }
        open = stillQuoted(more, true);
        bytes += more.length() + 1;
        if (problem == null && !more.ok()) {
          problem = more.problem().replace("of the line", "of line " + more.number());
        }
        if (problem == null && bytes > MAX_RECORD_BYTES) {
          problem = "record of more than " + MAX_RECORD_BYTES + " bytes is over the 5 MB limit";
        }
        if (problem == null) {
          record.append('\n').append(more.text());
        } else {
          record.setLength(0);
        }
      }
      if (header == null) {
        if (problem != null) {
          throw new InputRejectedException(
              "Cannot read postings file " + file + ": the header (line " + start + ") " + problem);
        }
        header = header(file, start, record.toString());
        continue;
      }
      if (problem != null) {
        rejects.accept(new Reject(file, start, "", problem));
        continue;
      }
      if (record.length() == 0) {
        continue;
      }
      List<String> cells;
      try {
        cells = cells(record.toString());
      } catch (IOException | RuntimeException e) {
        rejects.accept(new Reject(file, start, "", "malformed CSV: " + csvProblem(e)));
        continue;
      }
      if (cells.size() != header.size()) {
        rejects.accept(
            new Reject(
                file,
                start,
                "",
                "has " + cells.size() + " values for " + header.size() + " columns"));
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        values.put(header.get(i), cells.get(i));
      }
      emit(file, start, values, mapping, postings, rejects);
    }
    if (header == null) {
      throw new InputRejectedException(
          "Cannot read postings file " + file + ": empty file (a CSV file needs a header line)");
    }
  }

  /**
   * Whether a quoted value is still open at the end of {@code line}: a quote opens a value only at
   * the start of a field, {@code ""} inside one is a quote, any other quote closes it. A line
   * without text (invalid or oversized) counts its quote bytes instead.
   */
  static boolean stillQuoted(BoundedLines.Line line, boolean open) {
    if (!line.ok()) {
      return open ^ (line.quotes() % 2 == 1);
    }
    String s = line.text();
    boolean fieldStart = !open;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (open) {
        if (c == '"') {
          if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
            i++;
          } else {
            open = false;
          }
        }
      } else {
        if (c == '"' && fieldStart) {
          open = true;
        }
        fieldStart = c == ',';
      }
    }
    return open;
  }

  private static List<String> header(String file, long line, String text) {
    List<String> names;
    try {
      names = cells(text);
    } catch (IOException | RuntimeException e) {
      throw new InputRejectedException(
          "Cannot read postings file "
              + file
              + ": malformed CSV header (line "
              + line
              + "): "
              + csvProblem(e),
          e);
    }
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (!seen.add(n.strip())) {
        throw new InputRejectedException(
            "Cannot read postings file "
                + file
                + ": the header (line "
                + line
                + ") names column '"
                + n.strip()
                + "' twice");
      }
    }
    return names.stream().map(String::strip).toList();
  }

  /** The values of one complete CSV record; throws when it is malformed or holds two records. */
  private static List<String> cells(String record) throws IOException {
    try (CSVParser p = CSVParser.parse(new StringReader(record), CSV)) {
      List<CSVRecord> all = p.getRecords();
      if (all.size() != 1) {
        throw new IllegalStateException("not one record");
      }
      List<String> out = new ArrayList<>();
      all.get(0).forEach(out::add);
      return out;
    }
  }

  private static String csvProblem(Exception e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(' ').append(t.getMessage());
    }
    String m = all.toString().toLowerCase(Locale.ROOT);
    if (m.contains("between encapsulated token and delimiter")) {
      return "text after a closing quote";
    }
    if (m.contains("eof") && m.contains("encapsulated")) {
      return "a quoted value is never closed";
    }
    return "cannot split the record into values";
  }

  private static void emit(
      String file,
      long line,
      Map<String, String> values,
      SourceMapping mapping,
      Consumer<RawPosting> postings,
      Consumer<Reject> rejects) {
    for (Map.Entry<String, String> e : values.entrySet()) {
      String v = e.getValue();
      if (!v.isEmpty() && !mapping.knows(e.getKey())) {
        rejects.accept(new Reject(file, line, e.getKey(), "unknown column '" + e.getKey() + "'"));
        return;
      }
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

  /** Counts the bytes read from the file, to say where a broken file broke. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
