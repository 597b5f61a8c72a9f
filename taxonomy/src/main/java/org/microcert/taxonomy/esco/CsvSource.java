package org.microcert.taxonomy.esco;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.microcert.taxonomy.io.FileDigests;

/**
 * Reads one ESCO CSV file: strict UTF-8, RFC 4180 quoting (CRLF or LF, multi-line quoted fields),
 * columns by header name, the physical start line of each record, and the SHA-256 of the bytes.
 *
 * <p>Fatal problems (empty file, missing column, invalid UTF-8, broken quoting) throw {@link
 * EscoReleaseException}; row-level problems are the caller's business.
 */
final class CsvSource implements AutoCloseable {

  private static final int BUFFER = 1 << 16;
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  private final Path releaseDir;
  private final Path file;
  private final String name;
  private final MessageDigest digest;
  private final String knownDigest;
  private final BasicFileAttributes opened;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final Map<String, Integer> columns = new HashMap<>();
  private final int headerSize;
  private long lastLine;
  private long startLine;

  private CsvSource(Path releaseDir, Path file, EscoFile kind) throws IOException {
    this.releaseDir = releaseDir;
    this.file = file;
    this.name = file.getFileName().toString();
    if (Files.size(file) == 0) {
      throw fatal("file is empty (0 bytes)", null);
    }
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot hash files: no SHA-256", e);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    // A file already hashed in this run (the run's recorded inputs, the nightly watermarks) is
    // not hashed again; otherwise its digest is computed while it is parsed and remembered.
    this.opened = FileDigests.attributes(file);
    this.knownDigest = FileDigests.known(file).orElse(null);
    InputStream in =
        knownDigest != null
            ? Files.newInputStream(file)
            : new DigestInputStream(Files.newInputStream(file), digest);
    this.parser =
        CSVParser.builder()
            .setReader(new BufferedReader(new InputStreamReader(in, decoder), BUFFER))
            .setFormat(FORMAT)
            .get();
    this.records = parser.iterator();
    CSVRecord header = nextRecord();
    if (header == null) {
      throw fatal("file has no header", null);
    }
    this.headerSize = header.size();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i);
      if (i == 0 && !h.isEmpty() && h.charAt(0) == '\uFEFF') {
        h = h.substring(1);
      }
      columns.putIfAbsent(h.trim(), i);
    }
    for (String required : kind.requiredColumns()) {
      if (!columns.containsKey(required)) {
        throw fatal("required column '" + required + "' missing from the header (line 1)", null);
      }
    }
  }

  /** Opens a file and reads its header. */
  static CsvSource open(Path releaseDir, Path file, EscoFile kind) {
    try {
      return new CsvSource(releaseDir, file, kind);
    } catch (IOException e) {
      throw new EscoReleaseException(
          releaseDir, file.getFileName() + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  /** Number of header fields. */
  int headerSize() {
    return headerSize;
  }

  /** Index of a column, or -1 if the header lacks it. */
  int column(String header) {
    return columns.getOrDefault(header, -1);
  }

  /** File name inside the release. */
  String name() {
    return name;
  }

  /**
   * The next data record, or {@code null} at the end. Blank lines are skipped. {@link #startLine()}
   * then gives the record's first physical line.
   */
  CSVRecord next() {
    while (true) {
      CSVRecord r = nextRecord();
      if (r == null || !(r.size() == 1 && r.get(0).isEmpty())) {
        return r;
      }
    }
  }

  /** Physical line (1-based) where the record last returned by {@link #next()} starts. */
  long startLine() {
    return startLine;
  }

  private CSVRecord nextRecord() {
    try {
      if (!records.hasNext()) {
        return null;
      }
      startLine = lastLine + 1;
      CSVRecord r = records.next();
      lastLine = parser.getCurrentLineNumber();
      return r;
    } catch (UncheckedIOException e) {
      throw readFailure(e.getCause());
    } catch (IllegalStateException e) {
      throw readFailure(
          e.getCause() instanceof IOException io ? io : new IOException(e.getMessage()));
    }
  }

  private EscoReleaseException readFailure(IOException e) {
    if (e instanceof CharacterCodingException) {
      return fatal("invalid UTF-8 " + locateBadByte(), e);
    }
    return fatal("malformed CSV near line " + (lastLine + 1) + " (" + e.getMessage() + ")", e);
  }

  /** Finds the first invalid UTF-8 byte: "at byte offset N (line L)". */
  private String locateBadByte() {
    try (InputStream in = Files.newInputStream(file)) {
      CharsetDecoder d =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      byte[] all = in.readAllBytes();
      ByteBuffer bb = ByteBuffer.wrap(all);
      CharBuffer cb = CharBuffer.allocate(BUFFER);
      while (true) {
        CoderResult res = d.decode(bb, cb, true);
        if (res.isError()) {
          int offset = bb.position();
          long line = 1;
          for (int i = 0; i < offset; i++) {
            if (all[i] == '\n') {
              line++;
            }
          }
          return String.format(
              "at byte offset %d (line %d): byte 0x%02X", offset, line, all[offset] & 0xFF);
        }
        if (res.isUnderflow()) {
          return "(position unknown)";
        }
        cb.clear();
      }
    } catch (IOException e) {
      return "(position unknown: " + e.getMessage() + ")";
    }
  }

  EscoReleaseException fatal(String why, Throwable cause) {
    return new EscoReleaseException(releaseDir, name + ": " + why, cause);
  }

  /**
   * Lower-case hex SHA-256 of the bytes read so far (the whole file once {@link #next()} is null).
   */
  String sha256() {
    if (knownDigest != null) {
      return knownDigest;
    }
    String hex = HexFormat.of().formatHex(digest.digest());
    if (!records.hasNext()) {
      FileDigests.remember(file, opened, hex);
    }
    return hex;
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close " + file, e);
    }
  }

  /** Field value by index; fields beyond the record's end read as empty. */
  static String get(CSVRecord r, int index) {
    return index >= 0 && index < r.size() ? r.get(index) : "";
  }
}
