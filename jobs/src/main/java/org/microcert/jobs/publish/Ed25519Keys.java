package org.microcert.jobs.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import org.microcert.jobs.catalog.Sha256;
import org.microcert.taxonomy.InputRejectedException;

/**
 * Ed25519 keys as OpenSSL writes them (private: PKCS#8 PEM, public: SPKI PEM) and signatures (64
 * raw bytes, what {@code openssl pkeyutl -verify -rawin} checks). Key material is never put in a
 * message.
 */
public final class Ed25519Keys {

  private Ed25519Keys() {}

  /** A fresh key pair. */
  public static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no Ed25519", e);
    }
  }

  /** Reads a PKCS#8 PEM Ed25519 private key. */
  public static PrivateKey readPrivate(Path pem) {
    byte[] der = pem(pem, "PRIVATE KEY");
    try {
      return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new InputRejectedException(
          "Cannot read signing key " + pem + ": not an Ed25519 private key (PKCS#8)");
    } finally {
      Arrays.fill(der, (byte) 0);
    }
  }

  /** Reads an SPKI PEM Ed25519 public key. */
  public static PublicKey readPublic(Path pem) {
    byte[] der = pem(pem, "PUBLIC KEY");
    try {
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new InputRejectedException(
          "Cannot read public key " + pem + ": not an Ed25519 public key (SPKI)");
    }
  }

  /**
   * The public key of a private key. The JDK's Ed25519 private keys do not carry their public part,
   * and the JDK derives it only when generating a pair: so generate the pair again from the private
   * key's 32-byte seed, and check the private key came out the same.
   */
  public static PublicKey publicOf(PrivateKey key) {
    byte[] seed =
        ((EdECPrivateKey) key)
            .getBytes()
            .orElseThrow(() -> new IllegalStateException("the private key's bytes are hidden"));
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
      g.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
      KeyPair pair = g.generateKeyPair();
      byte[] again = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
      boolean same = Arrays.equals(seed, again);
      Arrays.fill(again, (byte) 0);
      if (!same) {
        throw new IllegalStateException("Cannot derive the public key of the signing key");
      }
      return pair.getPublic();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot derive the public key of the signing key", e);
    } finally {
      Arrays.fill(seed, (byte) 0);
    }
  }

  /** A "random" source that returns a given seed (only to re-derive a key pair). */
  private static final class SeedRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final transient byte[] seed;

    SeedRandom(byte[] seed) {
      this.seed = seed.clone();
    }

    @Override
    public void nextBytes(byte[] bytes) {
      System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
    }
  }

  /** SPKI PEM text of a public key (LF line ends). */
  public static String publicPem(PublicKey key) {
    return pemText("PUBLIC KEY", key.getEncoded());
  }

  /** PKCS#8 PEM text of a private key (for tests and key generation only; never logged). */
  static String privatePem(PrivateKey key) {
    return pemText("PRIVATE KEY", key.getEncoded());
  }

  /** {@code sha256:} of the public key's SPKI bytes: its fingerprint. */
  public static String fingerprint(PublicKey key) {
    return Sha256.cite(key.getEncoded());
  }

  /** Ed25519 signature of {@code data}. */
  public static byte[] sign(PrivateKey key, byte[] data) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(key);
      s.update(data);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot sign the manifest: " + e.getMessage(), e);
    }
  }

  /** Whether {@code signature} is {@code key}'s signature of {@code data}. */
  public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initVerify(key);
      s.update(data);
      return s.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static String pemText(String type, byte[] der) {
    String b64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + b64 + "\n-----END " + type + "-----\n";
  }

  private static byte[] pem(Path file, String type) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new InputRejectedException("Cannot read key " + file + ": " + e.getMessage(), e);
    }
    String begin = "-----BEGIN " + type + "-----";
    String end = "-----END " + type + "-----";
    int a = text.indexOf(begin);
    int b = text.indexOf(end);
    if (a < 0 || b < a) {
      throw new InputRejectedException(
          "Cannot read key "
              + file
              + ": no '"
              + begin
              + "' block (expected a PEM "
              + type.toLowerCase(Locale.ROOT)
              + ")");
    }
    try {
      return Base64.getMimeDecoder().decode(text.substring(a + begin.length(), b));
    } catch (IllegalArgumentException e) {
      throw new InputRejectedException("Cannot read key " + file + ": the PEM block is not base64");
    }
  }
}
