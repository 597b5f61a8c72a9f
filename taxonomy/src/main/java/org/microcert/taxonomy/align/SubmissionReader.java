package org.microcert.taxonomy.align;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
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

/**
 * Reads a submission file into {@link RawRow}s: CSV (UTF-8, header line) or JSON (an array of
 * objects, or one object per line). The format follows the extension ({@code .json}, {@code
 * .jsonl}, {@code .ndjson}, else CSV). Header names are matched case-insensitively and trimmed.
 */
public final class SubmissionReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SubmissionReader() {}

  /**
   * The rows of {@code file}.
   *
   * @throws SubmissionFormatException if the file cannot be read as a submission at all, or lacks
   *     a required column (the message names it)
   */
  public static List<RawRow> read(Path file) {
    String text = readUtf8(file);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return readJson(file, text);
    }
    return readCsv(file, text);
  }

  private static String readUtf8(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new SubmissionFormatException(
          "Cannot read submission " + file + ": not valid UTF-8 (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new SubmissionFormatException("Cannot read submission " + file + ": " + e, e);
    }
  }

  static List<RawRow> readCsv(Path file, String text) {
    int[] lineStarts = lineStarts(text);
    CSVFormat fmt =
        CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .get();
    List<RawRow> rows = new ArrayList<>();
    try (CSVParser p = fmt.parse(new StringReader(text))) {
      List<String> header = p.getHeaderNames().stream().map(SubmissionReader::norm).toList();
      requireColumns(file, new LinkedHashSet<>(header));
      for (CSVRecord r : p) {
        int line = lineOf(lineStarts, r.getCharacterPosition());
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
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new SubmissionFormatException(
          "Cannot read submission " + file + ": malformed CSV (" + e.getMessage() + ")", e);
    } catch (IllegalArgumentException e) {
      throw new SubmissionFormatException(
          "Cannot read submission " + file + ":1: bad header (" + e.getMessage() + ")", e);
    }
    return rows;
  }

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
          Map<String, String> values = new LinkedHashMap<>();
          var it = node.properties().iterator();
          while (it.hasNext()) {
            var e = it.next();
            String key = norm(e.getKey());
            columns.add(key);
            values.putIfAbsent(key, text(key, e.getValue()));
          }
          rows.add(new RawRow(line, values, null));
        }
        t = p.nextToken();
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
      throw new SubmissionFormatException("Cannot read submission " + file + ": " + e, e);
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

  private static int[] lineStarts(String text) {
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

  private static int lineOf(int[] starts, long pos) {
    int i = Arrays.binarySearch(starts, (int) pos);
    return (i >= 0 ? i : -i - 2) + 1;
  }
}
