package org.microcert.jobs.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests as lower-case hex, and the {@code sha256:<hex>} form the catalog cites. */
public final class Sha256 {

  /** Prefix of a cited digest. */
  public static final String PREFIX = "sha256:";

  private Sha256() {}

  /** Lower-case hex SHA-256 of {@code bytes}. */
  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
  public static String hex(String text) {
    return hex(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Lower-case hex SHA-256 of a file's bytes. */
  public static String file(Path file) throws IOException {
    MessageDigest md = digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
      in.transferTo(OutputStreamNull.INSTANCE);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** {@code sha256:} + {@link #hex(byte[])}. */
  public static String cite(byte[] bytes) {
    return PREFIX + hex(bytes);
  }

  /** Whether {@code s} is {@code sha256:} followed by 64 lower-case hex digits. */
  public static boolean isCitation(String s) {
    return s != null && s.matches("sha256:[0-9a-f]{64}");
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** Discards bytes. */
  private static final class OutputStreamNull extends OutputStream {
    static final OutputStreamNull INSTANCE = new OutputStreamNull();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
