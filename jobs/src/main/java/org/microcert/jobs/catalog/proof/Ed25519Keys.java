package org.microcert.jobs.catalog.proof;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Ed25519 keys from the JDK in the forms Data Integrity uses: Multikey ({@code z6Mk…}, multicodec
 * {@code 0xed01} + 32 bytes) and {@code did:key}.
 */
public final class Ed25519Keys {

  private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
  private static final byte[] PUBLIC_CODEC = {(byte) 0xed, 0x01};
  private static final byte[] SECRET_CODEC = {(byte) 0x80, 0x26};

  private Ed25519Keys() {}

  /** The key pair of a 32-byte seed (RFC 8032); the JDK derives the public key. */
  public static KeyPair fromSeed(byte[] seed) {
    if (seed.length != 32) {
      throw new IllegalArgumentException("an Ed25519 seed has 32 bytes, not " + seed.length);
    }
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
      g.initialize(NamedParameterSpec.ED25519, new FixedBytes(seed));
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no Ed25519", e);
    }
  }

  /** The key pair of an Ed25519 private key (for example one read from an OpenSSL PEM file). */
  public static KeyPair fromPrivate(PrivateKey key) {
    if (!(key instanceof EdECPrivateKey ed) || ed.getBytes().isEmpty()) {
      throw new IllegalArgumentException("not an Ed25519 private key");
    }
    return fromSeed(ed.getBytes().get());
  }

  /** The private key of a seed. */
  public static PrivateKey privateKey(byte[] seed) {
    try {
      return KeyFactory.getInstance("Ed25519")
          .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 seed", e);
    }
  }

  /** The 32 raw bytes of an Ed25519 public key. */
  public static byte[] rawPublic(PublicKey key) {
    byte[] spki = key.getEncoded();
    if (spki.length != SPKI_PREFIX.length + 32
        || !Arrays.equals(spki, 0, SPKI_PREFIX.length, SPKI_PREFIX, 0, SPKI_PREFIX.length)) {
      throw new IllegalArgumentException("not an Ed25519 public key");
    }
    return Arrays.copyOfRange(spki, SPKI_PREFIX.length, spki.length);
  }

  /** The public key of 32 raw bytes. */
  public static PublicKey publicKey(byte[] raw) {
    if (raw.length != 32) {
      throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + raw.length);
    }
    byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + 32);
    System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, 32);
    try {
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 public key", e);
    }
  }

  /** The Multikey value ({@code z6Mk…}) of a public key. */
  public static String multikey(PublicKey key) {
    byte[] raw = rawPublic(key);
    byte[] tagged = Arrays.copyOf(PUBLIC_CODEC, 34);
    System.arraycopy(raw, 0, tagged, 2, 32);
    return Base58Btc.multibase(tagged);
  }

  /**
   * The public key of a Multikey value.
   *
   * @throws IllegalArgumentException if it is not an Ed25519 Multikey
   */
  public static PublicKey fromMultikey(String multikey) {
    byte[] tagged = Base58Btc.fromMultibase(multikey);
    if (tagged.length != 34 || tagged[0] != PUBLIC_CODEC[0] || tagged[1] != PUBLIC_CODEC[1]) {
      throw new IllegalArgumentException("not an Ed25519 Multikey (multicodec 0xed01)");
    }
    return publicKey(Arrays.copyOfRange(tagged, 2, 34));
  }

  /** The seed of a secret-key Multikey ({@code z3u2…}, multicodec {@code 0x8026}). */
  public static byte[] seedFromSecretMultikey(String multikey) {
    byte[] tagged = Base58Btc.fromMultibase(multikey);
    if (tagged.length != 34 || tagged[0] != SECRET_CODEC[0] || tagged[1] != SECRET_CODEC[1]) {
      throw new IllegalArgumentException("not an Ed25519 secret Multikey (multicodec 0x8026)");
    }
    return Arrays.copyOfRange(tagged, 2, 34);
  }

  /** {@code did:key:z6Mk…} of a public key. */
  public static String didKey(PublicKey key) {
    return "did:key:" + multikey(key);
  }

  /** {@code did:key:z6Mk…#z6Mk…}: the verification method of a {@code did:key}. */
  public static String didKeyVerificationMethod(PublicKey key) {
    String m = multikey(key);
    return "did:key:" + m + "#" + m;
  }

  /** Hands the generator the seed instead of random bytes, so the key pair follows from it. */
  private static final class FixedBytes extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final byte[] bytes;

    FixedBytes(byte[] bytes) {
      this.bytes = bytes.clone();
    }

    @Override
    public void nextBytes(byte[] out) {
      if (out.length != bytes.length) {
        throw new IllegalStateException("unexpected request for " + out.length + " bytes");
      }
      System.arraycopy(bytes, 0, out, 0, out.length);
    }
  }
}
