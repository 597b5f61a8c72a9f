package org.microcert.jobs.catalog;

import java.io.IOException;
import java.nio.file.Path;
import org.microcert.taxonomy.io.Digests;

/**
 * The {@code sha256:<hex>} form the catalog cites, over {@link Digests} (which computes the digests
 * for every module).
 */
public final class Sha256 {

  /** Prefix of a cited digest. */
  public static final String PREFIX = "sha256:";

  private Sha256() {}

  /** Lower-case hex SHA-256 of {@code bytes}. */
  public static String hex(byte[] bytes) {
    return Digests.sha256Hex(bytes);
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
  public static String hex(String text) {
    return Digests.sha256Hex(text);
  }

  /** Lower-case hex SHA-256 of a file's bytes. */
  public static String file(Path file) throws IOException {
    return Digests.sha256OfFile(file);
  }

  /** {@code sha256:} + {@link #hex(byte[])}. */
  public static String cite(byte[] bytes) {
    return PREFIX + hex(bytes);
  }

  /** Whether {@code s} is {@code sha256:} followed by 64 lower-case hex digits. */
  public static boolean isCitation(String s) {
    return s != null && s.matches("sha256:[0-9a-f]{64}");
  }
}
