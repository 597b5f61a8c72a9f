package org.microcert.pipelines.postings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Near-duplicate fingerprints: the normalised text (lower case, letters and digits only, single
 * spaces), its SHA-256, and a {@value #SIZE}-value MinHash signature over word 3-shingles. Two
 * postings whose signatures agree in at least {@code 0.8 * SIZE} places have an estimated Jaccard
 * similarity of 0.8 or more.
 */
public final class MinHash {

  /** Signature length. */
  public static final int SIZE = 64;

  /** LSH bands (each of {@code SIZE / BANDS} rows). */
  public static final int BANDS = 8;

  private static final long[] SEEDS = new long[SIZE];

  static {
    long s = 0x2545F4914F6CDD1DL;
    for (int i = 0; i < SIZE; i++) {
      s ^= s << 13;
      s ^= s >>> 7;
      s ^= s << 17;
      SEEDS[i] = s | 1L;
    }
  }

  private MinHash() {}

  /** Lower case, letters and digits only, words separated by one space. */
  public static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.append(Character.toLowerCase(c));
        space = false;
      } else {
        space = true;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Hex SHA-256 of the string's UTF-8 bytes. */
  public static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot hash: SHA-256 missing", e);
    }
  }

  /** The signature of a normalised text (word 3-shingles; shorter texts use their words). */
  public static int[] signature(String normalised) {
    int[] sig = new int[SIZE];
    Arrays.fill(sig, Integer.MAX_VALUE);
    String[] words = normalised.isEmpty() ? new String[0] : normalised.split(" ");
    int k = Math.min(3, Math.max(1, words.length));
    for (int i = 0; i + k <= words.length; i++) {
      long h = 1125899906842597L;
      for (int j = i; j < i + k; j++) {
        h = 31 * h + words[j].hashCode();
        h ^= h >>> 31;
      }
      for (int s = 0; s < SIZE; s++) {
        long x = (h ^ SEEDS[s]) * 0x9E3779B97F4A7C15L;
        int v = (int) ((x ^ (x >>> 32)) & 0x7fffffff);
        if (v < sig[s]) {
          sig[s] = v;
        }
      }
    }
    return sig;
  }

  /** Share of places where two signatures agree. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }
}
