package org.microcert.jobs.review;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.microcert.jobs.catalog.Jcs;
import org.microcert.jobs.catalog.Sha256;
import org.microcert.taxonomy.InputRejectedException;
import org.microcert.taxonomy.io.AtomicFiles;
import org.microcert.taxonomy.io.WarehouseLayout;

/**
 * The append-only, hash-chained review log: {@code <warehouse>/review/log.jsonl}, one RFC 8785 JSON
 * {@link LogEntry} per line, each holding the SHA-256 of the one before; and {@code log.head}
 * ({@code {"count":n,"hash":...}}), which anchors the end so that dropping the last entries is
 * detected too. {@link #verify()} names the first bad entry.
 */
public final class ReviewLog {

  /** The {@code prev} of the first entry. */
  public static final String GENESIS = Sha256.PREFIX + "0".repeat(64);

  static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private final Path file;
  private final Path head;

  public ReviewLog(Path warehouse) {
    Path dir = new WarehouseLayout(warehouse).review();
    this.file = dir.resolve("log.jsonl");
    this.head = dir.resolve("log.head");
  }

  /** The log file. */
  public Path file() {
    return file;
  }

  /**
   * The outcome of {@link #verify()}.
   *
   * @param entries the entries read (all of them when {@code problem} is null)
   * @param headHash the last entry's hash ({@link #GENESIS} for an empty log)
   * @param problem the first problem, naming the entry, or {@code null} if the log is intact
   */
  public record Verification(List<LogEntry> entries, String headHash, String problem) {
    public boolean ok() {
      return problem == null;
    }
  }

  /** Checks every entry's hash, sequence number and link, and the head. */
  public Verification verify() {
    List<LogEntry> entries = new ArrayList<>();
    if (!Files.exists(file)) {
      if (Files.exists(head)) {
        return new Verification(entries, GENESIS, "the log file is missing but its head exists");
      }
      return new Verification(entries, GENESIS, null);
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read review log " + file, e);
    }
    String prev = GENESIS;
    for (int i = 0; i < lines.size(); i++) {
      int n = i + 1;
      String where = "entry " + n + " (line " + n + ")";
      LogEntry e;
      try {
        e = JSON.readValue(lines.get(i), LogEntry.class);
      } catch (IOException ex) {
        return new Verification(entries, prev, where + " is not a readable log entry");
      }
      if (e.hash() == null || !e.hash().equals(hashOf(e))) {
        return new Verification(
            entries, prev, where + " was edited: its content does not match its hash");
      }
      if (!Jcs.string(JSON.valueToTree(e)).equals(lines.get(i))) {
        return new Verification(
            entries, prev, where + " was edited: it is not in the form microcert wrote");
      }
      if (e.seq() != n) {
        return new Verification(
            entries,
            prev,
            where
                + " has sequence number "
                + e.seq()
                + ": an entry was inserted, deleted or moved before it");
      }
      if (!prev.equals(e.prev())) {
        return new Verification(
            entries,
            prev,
            where
                + " does not link to the entry before it: an entry was inserted, deleted or"
                + " reordered");
      }
      entries.add(e);
      prev = e.hash();
    }
    Head h = readHead();
    if (h == null) {
      return new Verification(
          entries, prev, "the log's head (" + head.getFileName() + ") is missing or unreadable");
    }
    if (h.count() != entries.size() || !h.hash().equals(prev)) {
      return new Verification(
          entries,
          prev,
          "the log has "
              + entries.size()
              + " entries but its head records "
              + h.count()
              + " ending in "
              + h.hash()
              + ": entries were deleted from the end or added"
              + " outside microcert");
    }
    return new Verification(entries, prev, null);
  }

  /** The entries of an intact log. */
  public List<LogEntry> entries() {
    Verification v = requireIntact("read the review log");
    return v.entries();
  }

  /**
   * Appends decisions and endorsements (as entries without seq, prev or hash), after checking the
   * log; the log and then its head are replaced atomically.
   *
   * @return the new entries
   * @throws InputRejectedException if the log is tampered (nothing is appended)
   */
  public List<LogEntry> append(List<LogEntry> bodies, String action) {
    Verification v = requireIntact(action);
    List<LogEntry> added = new ArrayList<>();
    String prev = v.headHash();
    long seq = v.entries().size();
    StringBuilder text = new StringBuilder();
    for (LogEntry e : v.entries()) {
      text.append(Jcs.string(JSON.valueToTree(e))).append('\n');
    }
    for (LogEntry b : bodies) {
      LogEntry e =
          new LogEntry(++seq, prev, b.kind(), b.decision(), b.endorsement(), b.source(), null);
      e = e.withHash(hashOf(e));
      text.append(Jcs.string(JSON.valueToTree(e))).append('\n');
      added.add(e);
      prev = e.hash();
    }
    try {
      AtomicFiles.writeString(file, text.toString());
      AtomicFiles.writeString(head, Jcs.string(JSON.valueToTree(new Head(seq, prev))) + "\n");
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot write review log " + file, ex);
    }
    return added;
  }

  private Verification requireIntact(String action) {
    Verification v = verify();
    if (!v.ok()) {
      throw new InputRejectedException(
          "Cannot "
              + action
              + ": review log "
              + file
              + " is tampered: "
              + v.problem()
              + " (run 'microcert review verify')");
    }
    return v;
  }

  /** {@code sha256:} of the entry's canonical JSON without its hash. */
  static String hashOf(LogEntry e) {
    ObjectNode o = JSON.valueToTree(e);
    o.remove("hash");
    return Sha256.cite(Jcs.bytes(o));
  }

  private record Head(long count, String hash) {}

  private Head readHead() {
    if (!Files.isRegularFile(head)) {
      return Files.exists(file) ? null : new Head(0, GENESIS);
    }
    try {
      JsonNode n = JSON.readTree(head.toFile());
      if (n == null || !n.path("count").canConvertToLong() || !n.path("hash").isTextual()) {
        return null;
      }
      return new Head(n.path("count").asLong(), n.path("hash").asText());
    } catch (IOException e) {
      return null;
    }
  }
}
