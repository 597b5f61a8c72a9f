package org.microcert.taxonomy.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.microcert.taxonomy.io.AtomicFiles;

/**
 * MiniLM query vectors kept on disk between runs, keyed by the SHA-256 of the text. A query vector
 * depends only on the model and the text, not on the ESCO release, so re-aligning a submission
 * (after an edit of some outcomes, or against a new release) embeds only the texts it has not seen.
 * The same text always gets the same vector (texts are embedded one at a time), so outputs are
 * byte-identical with or without the cache.
 *
 * <p>The file is read whole when opened and rewritten (temporary file, then rename) by {@link
 * #save()}; a file written for another model is ignored. Thread-safe. Two runs saving at once keep
 * the entries of the later one only: a lost entry is embedded again next time.
 */
public final class QueryVectorCache implements QueryVectors {

  private static final String MAGIC = "microcert-query-vectors-1";

  private final Path file;
  private final QueryVectors embedder;
  private final Map<String, float[]> known;
  private final Map<String, float[]> added = new ConcurrentHashMap<>();
  private final AtomicInteger hits = new AtomicInteger();

  private QueryVectorCache(Path file, QueryVectors embedder, Map<String, float[]> known) {
    this.file = file;
    this.embedder = embedder;
    this.known = known;
  }

  /** Opens (or starts) the cache in {@code file}, embedding misses with MiniLM. */
  public static QueryVectorCache open(Path file) {
    return open(file, QueryVectors.MINILM);
  }

  /** Opens (or starts) the cache in {@code file}, computing misses with {@code embedder}. */
  public static QueryVectorCache open(Path file, QueryVectors embedder) {
    return new QueryVectorCache(file, embedder, read(file));
  }

  private static Map<String, float[]> read(Path file) {
    Map<String, float[]> out = new HashMap<>();
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
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
    } catch (NoSuchFileException e) {
      return out;
    } catch (EOFException e) {
      throw new UncheckedIOException(
          "Cannot read query vector cache " + file + ": truncated (delete it to start afresh)", e);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read query vector cache " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public float[] vector(String text) {
    String key = key(text);
    float[] v = known.get(key);
    if (v == null) {
      v = added.get(key);
    }
    if (v != null) {
      hits.incrementAndGet();
      return v;
    }
    v = embedder.vector(text);
    added.put(key, v);
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

  /** Entries the file will hold after {@link #save()}. */
  public int size() {
    return known.size() + added.size();
  }

  /** Writes the old and new entries, sorted by key, if this run added any. */
  public void save() {
    if (added.isEmpty()) {
      return;
    }
    Map<String, float[]> all = new TreeMap<>(known);
    all.putAll(added);
    try {
      AtomicFiles.write(
          file,
          tmp -> {
            try (DataOutputStream out =
                new DataOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
              out.writeUTF(MAGIC);
              out.writeUTF(SentenceEmbedder.MODEL_ID);
              out.writeInt(SentenceEmbedder.DIMENSION);
              out.writeInt(all.size());
              HexFormat hex = HexFormat.of();
              for (Map.Entry<String, float[]> e : all.entrySet()) {
                out.write(hex.parseHex(e.getKey()));
                for (float f : e.getValue()) {
                  out.writeFloat(f);
                }
              }
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write query vector cache " + file + ": " + e.getMessage(), e);
    }
  }

  private static String key(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot hash query text: no SHA-256", e);
    }
  }
}
