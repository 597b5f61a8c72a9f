package org.microcert.taxonomy.match;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.microcert.taxonomy.io.AtomicFiles;
import org.microcert.taxonomy.io.Digests;
import org.microcert.taxonomy.io.FileLocks;

/**
 * The fused rule's result per sentence ({@link SentenceSkills#denseConfident}: a skill URI or none)
 * kept on disk between runs, keyed by the SHA-256 of the sentence: boilerplate sentences repeat
 * across postings and nights, and each costs a MiniLM embedding. A result depends on the index, the
 * matcher's settings and the rule, so the file sits beside the release's index (a re-import that
 * changes the release replaces the folder, and the file with it) and carries a fingerprint of the
 * rest; a file of another fingerprint or format is ignored and replaced by the next save. Outputs
 * are the same with or without the file.
 *
 * <p>Thread-safe. {@link #save()} merges under {@link FileLocks#exclusively} (as {@link
 * org.microcert.taxonomy.index.QueryVectorCache} does): the file as it is now plus this cache's new
 * entries, sorted by key, written to a temporary sibling and renamed into place.
 */
public final class SentenceSkillCache {

  private static final String MAGIC = "microcert-sentence-skills-1";

  private final Path file;
  private final String fingerprint;
  private final Map<String, String> known;
  private final Map<String, String> added = new ConcurrentHashMap<>();
  private final Map<String, String> unsaved = new ConcurrentHashMap<>();
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger ranked = new AtomicInteger();

  private SentenceSkillCache(Path file, String fingerprint, Map<String, String> known) {
    this.file = file;
    this.fingerprint = fingerprint;
    this.known = new ConcurrentHashMap<>(known);
  }

  /**
   * Opens (or starts) the cache in {@code file} for results of {@code fingerprint} (see {@link
   * SentenceSkills#fusedRuleFingerprint}).
   */
  public static SentenceSkillCache open(Path file, String fingerprint) {
    Objects.requireNonNull(fingerprint, "fingerprint");
    return new SentenceSkillCache(file, fingerprint, read(file, fingerprint));
  }

  /** The file the cache of the index in {@code indexDir} lives in, beside the index. */
  public static Path defaultFile(Path indexDir) {
    return indexDir.toAbsolutePath().normalize().resolveSibling("sentence-skills.bin");
  }

  /**
   * The result for {@code sentence}: from the file or this run, else {@code compute}'s (a skill
   * URI, or null for none), remembered.
   */
  public String get(String sentence, Function<String, String> compute) {
    String key = Digests.sha256Hex(sentence);
    String v = known.get(key);
    if (v == null) {
      v = added.get(key);
    }
    if (v != null) {
      hits.incrementAndGet();
      return v.isEmpty() ? null : v;
    }
    String uri = compute.apply(sentence);
    String stored = uri == null ? "" : uri;
    if (added.putIfAbsent(key, stored) == null) {
      unsaved.put(key, stored);
      ranked.incrementAndGet();
    }
    return uri;
  }

  /** Results served from the file (or from this run, for a repeat) since the last save. */
  public int hits() {
    return hits.get();
  }

  /** Results computed since the last save. */
  public int misses() {
    return ranked.get();
  }

  /**
   * What the cache did between two saves: results served from it, and results computed.
   *
   * @param reused results served from the file or an earlier sentence of the run
   * @param ranked results computed
   */
  public record Saved(int reused, int ranked) {}

  /**
   * Merges the results added since the last save into the file, if there are any, and says how many
   * results were served and computed since the last save (the counters start again at zero).
   */
  public Saved save() {
    Saved since = new Saved(hits.getAndSet(0), ranked.getAndSet(0));
    if (unsaved.isEmpty()) {
      return since;
    }
    Map<String, String> mine = new HashMap<>(unsaved);
    Path abs = file.toAbsolutePath().normalize();
    try {
      FileLocks.exclusively(
          abs,
          () -> {
            Map<String, String> all = new TreeMap<>(read(abs, fingerprint));
            all.putAll(mine);
            AtomicFiles.write(abs, tmp -> write(tmp, fingerprint, all));
            known.putAll(all);
          });
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write sentence skill cache " + file + ": " + e.getMessage(), e);
    }
    mine.keySet().forEach(unsaved::remove);
    return since;
  }

  private static Map<String, String> read(Path file, String fingerprint) {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      Map<String, String> out = new HashMap<>();
      if (!in.readUTF().equals(MAGIC) || !in.readUTF().equals(fingerprint)) {
        return out; // another format, index settings or rule: start afresh
      }
      int n = in.readInt();
      HexFormat hex = HexFormat.of();
      byte[] key = new byte[32];
      for (int i = 0; i < n; i++) {
        in.readFully(key);
        out.put(hex.formatHex(key), in.readUTF());
      }
      return out;
    } catch (NoSuchFileException e) {
      return new HashMap<>();
    } catch (EOFException e) {
      throw new UncheckedIOException(
          "Cannot read sentence skill cache " + file + ": truncated (delete it to start afresh)",
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read sentence skill cache " + file + ": " + e.getMessage(), e);
    }
  }

  private static void write(Path tmp, String fingerprint, Map<String, String> sorted)
      throws IOException {
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      out.writeUTF(MAGIC);
      out.writeUTF(fingerprint);
      out.writeInt(sorted.size());
      HexFormat hex = HexFormat.of();
      for (Map.Entry<String, String> e : sorted.entrySet()) {
        out.write(hex.parseHex(e.getKey()));
        out.writeUTF(e.getValue());
      }
    }
  }
}
