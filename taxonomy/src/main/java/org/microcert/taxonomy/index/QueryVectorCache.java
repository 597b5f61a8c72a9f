package org.microcert.taxonomy.index;

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
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.microcert.taxonomy.io.AtomicFiles;
import org.microcert.taxonomy.io.Digests;
import org.microcert.taxonomy.io.FileLocks;

/**
 * MiniLM query vectors kept on disk between runs, keyed by the SHA-256 of the text. A query vector
 * depends only on the model and the text, not on the ESCO release, so re-aligning a submission
 * (after an edit of some outcomes, or against a new release) embeds only the texts it has not seen.
 * The same text always gets the same vector (texts are embedded one at a time), so outputs are
 * byte-identical with or without the cache.
 *
 * <p>The file is read whole when opened; a file written for another model is ignored. Thread-safe.
 *
 * <p>Several writers at once (the executors of one Spark job, two jobs on one machine or on one
 * shared file system) are safe: {@link #save()} takes an exclusive lock on the sidecar file {@code
 * <file>.lock} (a {@link FileChannel} lock between processes, a monitor per file between the
 * threads of one JVM), re-reads the file as it is now, merges in the entries this cache added,
 * writes a temporary sibling and renames it onto the file. Every saver's entries survive, and
 * readers (who take no lock) see either the previous or the next whole file, never a partial one.
 */
public final class QueryVectorCache implements QueryVectors {

  private static final String MAGIC = "microcert-query-vectors-1";

  private final Path file;
  private final QueryVectors embedder;
  private final Map<String, float[]> known;
  private final Map<String, float[]> added = new ConcurrentHashMap<>();

  /** Added entries not yet in the file (a subset of {@link #added}). */
  private final Map<String, float[]> unsaved = new ConcurrentHashMap<>();

  private final AtomicInteger hits = new AtomicInteger();

  private QueryVectorCache(Path file, QueryVectors embedder, Map<String, float[]> known) {
    this.file = file;
    this.embedder = embedder;
    this.known = new ConcurrentHashMap<>(known);
  }

  /** Opens (or starts) the cache in {@code file}, embedding misses with MiniLM. */
  public static QueryVectorCache open(Path file) {
    return open(file, QueryVectors.MINILM);
  }

  /** Opens (or starts) the cache in {@code file}, computing misses with {@code embedder}. */
  public static QueryVectorCache open(Path file, QueryVectors embedder) {
    return new QueryVectorCache(file, embedder, read(file));
  }

  /** The lock file beside {@code file} that {@link #save()} locks. */
  public static Path lockFileOf(Path file) {
    return FileLocks.lockFileOf(file);
  }

  @Override
  public float[] vector(String text) {
    String key = Digests.sha256Hex(text);
    float[] v = known.get(key);
    if (v == null) {
      v = added.get(key);
    }
    if (v != null) {
      hits.incrementAndGet();
      return v;
    }
    v = embedder.vector(text);
    if (added.putIfAbsent(key, v) == null) {
      unsaved.put(key, v);
    }
    return v;
  }

  /** Vectors served from the file so far (and repeats within this run). */
  public int hits() {
    return hits.get();
  }

  /** Vectors computed in this run. */
  public int misses() {
    return added.size();
  }

  /** Entries the file holds after {@link #save()} (as far as this cache has seen it). */
  public int size() {
    return known.size() + (int) added.keySet().stream().filter(k -> !known.containsKey(k)).count();
  }

  /**
   * Merges the entries added since the last save into the file, if there are any: under the lock,
   * the file as it is now plus this cache's new entries, sorted by key, written whole and renamed
   * into place. Entries other writers saved meanwhile are kept (and served by this cache from then
   * on).
   */
  public void save() {
    if (unsaved.isEmpty()) {
      return;
    }
    Map<String, float[]> mine = new HashMap<>(unsaved);
    Path abs = file.toAbsolutePath().normalize();
    try {
      FileLocks.exclusively(
          abs,
          () -> {
            Map<String, float[]> all = new TreeMap<>(read(abs));
            all.putAll(mine);
            AtomicFiles.write(abs, tmp -> write(tmp, all));
            known.putAll(all);
          });
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write query vector cache " + file + ": " + e.getMessage(), e);
    }
    mine.keySet().forEach(unsaved::remove);
  }

  /** The entries of the file; empty when it is missing or of another format or model. */
  private static Map<String, float[]> read(Path file) {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      return readEntries(in);
    } catch (NoSuchFileException e) {
      return new HashMap<>();
    } catch (EOFException e) {
      throw new UncheckedIOException(
          "Cannot read query vector cache " + file + ": truncated (delete it to start afresh)", e);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read query vector cache " + file + ": " + e.getMessage(), e);
    }
  }

  /** Decodes a whole file (the entry encoding; the lock and merge protocol is in save). */
  private static Map<String, float[]> readEntries(DataInputStream in) throws IOException {
    Map<String, float[]> out = new HashMap<>();
    if (!in.readUTF().equals(MAGIC)
        || !in.readUTF().equals(SentenceEmbedder.MODEL_ID)
        || in.readInt() != SentenceEmbedder.DIMENSION) {
      return out; // another format or model: start afresh, the next save replaces the file
    }
    int n = in.readInt();
    HexFormat hex = HexFormat.of();
    byte[] key = new byte[32];
    for (int i = 0; i < n; i++) {
      in.readFully(key);
      float[] v = new float[SentenceEmbedder.DIMENSION];
      for (int j = 0; j < v.length; j++) {
        v[j] = in.readFloat();
      }
      out.put(hex.formatHex(key), v);
    }
    return out;
  }

  /** Encodes the entries, in key order, into {@code tmp}. */
  private static void write(Path tmp, Map<String, float[]> sorted) throws IOException {
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      out.writeUTF(MAGIC);
      out.writeUTF(SentenceEmbedder.MODEL_ID);
      out.writeInt(SentenceEmbedder.DIMENSION);
      out.writeInt(sorted.size());
      HexFormat hex = HexFormat.of();
      for (Map.Entry<String, float[]> e : sorted.entrySet()) {
        out.write(hex.parseHex(e.getKey()));
        for (float f : e.getValue()) {
          out.writeFloat(f);
        }
      }
    }
  }
}
