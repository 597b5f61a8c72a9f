package org.microcert.taxonomy.align;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.microcert.taxonomy.io.IoReasons;

/**
 * Reads a submission file into {@link RawRow}s: CSV (UTF-8, header line), JSON (an array of
 * objects, or objects one after the other) or JSON Lines (one object per line). The format follows
 * the extension ({@code .json}; {@code .jsonl}, {@code .ndjson}; else CSV). Header names are
 * matched case-insensitively and trimmed; a UTF-8 byte order mark is skipped.
 *
 * <p>Bad input loses no good row where the format allows it: in CSV and JSON Lines, a row with an
 * invalid UTF-8 byte, and in JSON Lines a line that is not exactly one JSON object, becomes a row
 * with a {@link RawRow#problem()} (line and byte named) and reading goes on. A JSON document is one
 * value: a broken one, or content after it, rejects the file naming line and column.
 */
public final class SubmissionReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SubmissionReader() {}

  /**
   * The rows of {@code file}.
   *
   * @throws SubmissionFormatException if the file cannot be read as a submission at all, or lacks a
   *     required column (the message names it)
   */
  public static List<RawRow> read(Path file) {
    Decoded d = readUtf8(file);
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return readJsonLines(file, d);
    }
    if (name.endsWith(".json")) {
      if (d.badBytes().length > 0) {
        throw new SubmissionFormatException(
            "Cannot read submission "
                + file
                + ":"
                + d.describe(0)
                + " (a JSON document is one"
                + " value: fix the byte, or use JSON Lines to keep the other rows)");
      }
      return readJson(file, d.text());
    }
    return readCsv(file, d);
  }

  /**
   * A file's text with each invalid UTF-8 sequence replaced by U+FFFD, and where they were.
   *
   * @param text the decoded text, byte order mark removed
   * @param badChars offsets in {@code text} of the replacement characters that stand for invalid
   *     bytes (a valid U+FFFD in the file is not listed), ascending
   * @param badBytes the matching byte offsets in the file
   * @param badValues the first invalid byte of each
   */
  record Decoded(String text, int[] badChars, long[] badBytes, int[] badValues) {

    /** "LINE: invalid UTF-8 byte 0xNN at byte offset N" for the i-th bad sequence. */
    String describe(int i) {
      return lineOf(lineStarts(text), badChars[i])
          + ": invalid UTF-8 byte "
          + String.format(Locale.ROOT, "0x%02X", badValues[i])
          + " at byte offset "
          + badBytes[i];
    }

    /** Index of the first bad sequence in {@code text[from, to)}, or -1. */
    int firstBadIn(int from, int to) {
      int i = Arrays.binarySearch(badChars, from);
      i = i >= 0 ? i : -i - 1;
      return i < badChars.length && badChars[i] < to ? i : -1;
    }
  }

  static Decoded readUtf8(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new SubmissionFormatException(
          "Cannot read submission " + file + ": " + IoReasons.of(e), e);
    }
    return decode(bytes);
  }

  static Decoded decode(byte[] bytes) {
    int skip =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    List<long[]> bad = new ArrayList<>();
    while (true) {
      CoderResult r = in.hasRemaining() ? dec.decode(in, out, true) : CoderResult.UNDERFLOW;
      if (r.isError()) {
        bad.add(new long[] {out.position(), in.position(), bytes[in.position()] & 0xFF});
        out.put('\uFFFD');
        in.position(in.position() + r.length());
      } else {
        break;
      }
    }
    dec.flush(out);
    out.flip();
    return new Decoded(
        out.toString(),
        bad.stream().mapToInt(b -> (int) b[0]).toArray(),
        bad.stream().mapToLong(b -> b[1]).toArray(),
        bad.stream().mapToInt(b -> (int) b[2]).toArray());
  }

  static List<RawRow> readCsv(Path file, Decoded d) {
    String text = d.text();
    int[] lineStarts = lineStarts(text);
    CSVFormat fmt =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .get();
    List<RawRow> rows = new ArrayList<>();
    try (CSVParser p = fmt.parse(new StringReader(text))) {
      List<String> header = p.getHeaderNames().stream().map(SubmissionReader::norm).toList();
      List<CSVRecord> records = p.getRecords();
      int headerEnd =
          records.isEmpty() ? text.length() : (int) records.get(0).getCharacterPosition();
      if (d.firstBadIn(0, headerEnd) >= 0) {
        throw new SubmissionFormatException(
            "Cannot read submission "
                + file
                + ":"
                + d.describe(d.firstBadIn(0, headerEnd))
                + " in the header line");
      }
      requireColumns(file, new LinkedHashSet<>(header));
      for (int k = 0; k < records.size(); k++) {
        CSVRecord r = records.get(k);
        int start = (int) r.getCharacterPosition();
        int end =
            k + 1 < records.size()
                ? (int) records.get(k + 1).getCharacterPosition()
                : text.length();
        int line = lineOf(lineStarts, start);
        int bad = d.firstBadIn(start, end);
        if (bad >= 0) {
          rows.add(new RawRow(line, Map.of(), "Cannot read row: line " + d.describe(bad)));
          continue;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(header.size(), r.size()); i++) {
          if (!header.get(i).isEmpty()) {
            values.putIfAbsent(header.get(i), r.get(i));
          }
        }
        String problem =
            r.size() == header.size()
                ? null
                : "Cannot read row: expected " + header.size() + " fields, found " + r.size();
        rows.add(new RawRow(line, values, problem));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new SubmissionFormatException(
          "Cannot read submission " + file + ": malformed CSV (" + e.getMessage() + ")", e);
    } catch (IllegalArgumentException e) {
      throw new SubmissionFormatException(
          "Cannot read submission " + file + ":1: bad header (" + e.getMessage() + ")", e);
    }
    return rows;
  }

  /** JSON Lines: every non-blank line is one JSON object; a line that is not is a row problem. */
  static List<RawRow> readJsonLines(Path file, Decoded d) {
    String text = d.text();
    List<RawRow> rows = new ArrayList<>();
    Set<String> columns = new LinkedHashSet<>();
    int lineNo = 0;
    int from = 0;
    while (from < text.length()) {
      int nl = text.indexOf('\n', from);
      int to = nl < 0 ? text.length() : nl;
      lineNo++;
      String line = text.substring(from, to);
      int bad = d.firstBadIn(from, to);
      from = to + 1;
      if (line.isBlank()) {
        continue;
      }
      if (bad >= 0) {
        rows.add(new RawRow(lineNo, Map.of(), "Cannot read record: line " + d.describe(bad)));
        continue;
      }
      rows.add(jsonLine(lineNo, line, columns));
    }
    if (rows.stream().anyMatch(r -> r.problem() == null)) {
      requireColumns(file, columns);
    }
    return rows;
  }

  private static RawRow jsonLine(int lineNo, String line, Set<String> columns) {
    try (JsonParser p = JSON.getFactory().createParser(line)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        return new RawRow(
            lineNo, Map.of(), "Cannot read record: line " + lineNo + " is not a JSON object");
      }
      JsonNode node = p.readValueAsTree();
      if (p.nextToken() != null) {
        return new RawRow(
            lineNo,
            Map.of(),
            "Cannot read record: line "
                + lineNo
                + " column "
                + p.currentTokenLocation().getColumnNr()
                + ": content after the JSON object");
      }
      return new RawRow(lineNo, values(node, columns), null);
    } catch (JsonProcessingException e) {
      return new RawRow(
          lineNo,
          Map.of(),
          "Cannot read record: line "
              + lineNo
              + " column "
              + e.getLocation().getColumnNr()
              + ": malformed JSON ("
              + e.getOriginalMessage()
              + ")");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> values(JsonNode node, Set<String> columns) {
    Map<String, String> values = new LinkedHashMap<>();
    var it = node.properties().iterator();
    while (it.hasNext()) {
      var e = it.next();
      String key = norm(e.getKey());
      columns.add(key);
      values.putIfAbsent(key, text(key, e.getValue()));
    }
    return values;
  }

  /** A JSON document: an array of objects, or objects one after another. */
  static List<RawRow> readJson(Path file, String text) {
    List<RawRow> rows = new ArrayList<>();
    Set<String> columns = new LinkedHashSet<>();
    try (JsonParser p = JSON.getFactory().createParser(text)) {
      JsonToken first = p.nextToken();
      boolean array = first == JsonToken.START_ARRAY;
      JsonToken t = array ? p.nextToken() : first;
      while (t != null && t != JsonToken.END_ARRAY) {
        int line = p.currentTokenLocation().getLineNr();
        JsonNode node = p.readValueAsTree();
        if (node == null || !node.isObject()) {
          rows.add(new RawRow(line, Map.of(), "Cannot read record: expected a JSON object"));
        } else {
          rows.add(new RawRow(line, values(node, columns), null));
        }
        t = p.nextToken();
      }
      if (array && p.nextToken() != null) {
        throw new SubmissionFormatException(
            "Cannot read submission "
                + file
                + ":"
                + p.currentTokenLocation().getLineNr()
                + ":"
                + p.currentTokenLocation().getColumnNr()
                + ": content after the JSON array (a JSON file holds one array)");
      }
    } catch (JsonProcessingException e) {
      throw new SubmissionFormatException(
          "Cannot read submission "
              + file
              + ":"
              + e.getLocation().getLineNr()
              + ":"
              + e.getLocation().getColumnNr()
              + ": malformed JSON ("
              + e.getOriginalMessage()
              + ")",
          e);
    } catch (IOException e) {
      throw new SubmissionFormatException(
          "Cannot read submission " + file + ": " + IoReasons.of(e), e);
    }
    if (!rows.isEmpty()) {
      requireColumns(file, columns);
    }
    return rows;
  }

  /** JSON value as cell text; endorsement arrays are turned into the CSV string form. */
  private static String text(String key, JsonNode v) {
    if (v == null || v.isNull()) {
      return "";
    }
    if (v.isTextual()) {
      return v.asText();
    }
    if (v.isArray() && key.equals(SubmissionColumns.PARTNER_ENDORSEMENTS)) {
      List<String> parts = new ArrayList<>();
      for (JsonNode e : v) {
        if (e.isObject()) {
          parts.add(
              e.path("partner").asText("")
                  + "|"
                  + e.path("endorsed").asText("")
                  + "|"
                  + e.path("expires").asText(""));
        } else {
          parts.add(e.asText(""));
        }
      }
      return String.join(";", parts);
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }

  private static void requireColumns(Path file, Set<String> present) {
    for (String c : SubmissionColumns.REQUIRED) {
      if (!present.contains(c)) {
        throw new SubmissionFormatException(
            "Cannot read submission "
                + file
                + ":1: missing required column '"
                + c
                + "' (required: "
                + String.join(", ", SubmissionColumns.REQUIRED)
                + ")");
      }
    }
  }

  private static String norm(String header) {
    return header == null ? "" : header.trim().toLowerCase(Locale.ROOT);
  }

  static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  static int lineOf(int[] starts, long pos) {
    int i = Arrays.binarySearch(starts, (int) pos);
    return (i >= 0 ? i : -i - 2) + 1;
  }
}
