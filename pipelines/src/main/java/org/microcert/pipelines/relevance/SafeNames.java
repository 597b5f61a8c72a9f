package org.microcert.pipelines.relevance;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Turns untrusted identifiers (submission ids, credential codes) into file names that stay inside
 * their output folder.
 */
public final class SafeNames {

  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");
  private static final int MAX_LENGTH = 100;

  private SafeNames() {}

  /**
   * A file-name-safe form of {@code id}: characters other than letters, digits, dot, underscore and
   * hyphen become {@code _}; leading dots are dropped (no {@code .} or {@code ..}); never empty.
   */
  public static String fileName(String id) {
    String s = UNSAFE.matcher(id == null ? "" : id.strip()).replaceAll("_");
    while (s.startsWith(".")) {
      s = s.substring(1);
    }
    if (s.length() > MAX_LENGTH) {
      s = s.substring(0, MAX_LENGTH);
    }
    return s.isEmpty() || s.chars().allMatch(c -> c == '_')
        ? "_" + Integer.toHexString((id == null ? "" : id).hashCode())
        : s;
  }

  /**
   * The existing entry {@code dir/id} when {@code id} names one directly inside {@code dir} (as
   * written by a producer that kept the id as it is), else {@link #child}.
   */
  public static Path existingChild(Path dir, String id) {
    Path base = dir.toAbsolutePath().normalize();
    if (id != null && !id.isBlank()) {
      try {
        Path raw = base.resolve(id).normalize();
        if (base.equals(raw.getParent()) && Files.exists(raw)) {
          return raw;
        }
      } catch (InvalidPathException e) {
        // not a usable name as it is: fall back to the safe form
      }
    }
    return child(dir, id);
  }

  /**
   * Resolves {@code id} as a child of {@code dir}, after {@link #fileName}.
   *
   * @throws IllegalArgumentException if the result would still leave {@code dir}
   */
  public static Path child(Path dir, String id) {
    Path base = dir.toAbsolutePath().normalize();
    Path p = base.resolve(fileName(id)).normalize();
    if (!p.getParent().equals(base)) {
      throw new IllegalArgumentException("Cannot use name as a file name: '" + id + "'");
    }
    return p;
  }
}
