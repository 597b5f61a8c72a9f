package org.microcert.jobs.catalog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The catalog's identifiers: name-based UUIDs (version 5, RFC 9562), so that the same competency or
 * credential has the same id in every catalog version and anyone can recompute it.
 *
 * <ul>
 *   <li>competency: UUID v5 in the URL namespace of the ESCO concept URI;
 *   <li>credential: UUID v5 in {@link #CREDENTIAL_NS} of {@code institution + "\n" + code};
 *   <li>alignment: UUID v5 in {@link #ALIGNMENT_NS} of {@code credential id + "\n" + outcome id +
 *       "\n" + ESCO URI}.
 * </ul>
 */
public final class StableIds {

  /** RFC 9562's URL namespace. */
  public static final UUID URL_NS = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

  /** Namespace of credential ids: UUID v5 of {@code https://microcert.org/ns/credential}. */
  public static final UUID CREDENTIAL_NS = v5(URL_NS, "https://microcert.org/ns/credential");

  /** Namespace of alignment ids: UUID v5 of {@code https://microcert.org/ns/alignment}. */
  public static final UUID ALIGNMENT_NS = v5(URL_NS, "https://microcert.org/ns/alignment");

  private StableIds() {}

  /** The id of the competency for an ESCO concept. */
  public static String competency(String escoUri) {
    return v5(URL_NS, escoUri).toString();
  }

  /** The id of a credential. */
  public static String credential(String institution, String code) {
    return v5(CREDENTIAL_NS, nullToEmpty(institution) + "\n" + code).toString();
  }

  /** The id of one outcome → concept alignment. */
  public static String alignment(String credentialId, String outcomeId, String escoUri) {
    return v5(ALIGNMENT_NS, credentialId + "\n" + outcomeId + "\n" + escoUri).toString();
  }

  /** A version 5 (SHA-1, name-based) UUID. */
  public static UUID v5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-1", e);
    }
    ByteBuffer ns = ByteBuffer.allocate(16);
    ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
    sha1.update(ns.array());
    byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    h[6] = (byte) ((h[6] & 0x0f) | 0x50);
    h[8] = (byte) ((h[8] & 0x3f) | 0x80);
    ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
    return new UUID(b.getLong(), b.getLong());
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
