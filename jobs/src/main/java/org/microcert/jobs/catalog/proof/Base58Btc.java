package org.microcert.jobs.catalog.proof;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;

/** Base58 with the Bitcoin alphabet (multibase prefix {@code z}), as Data Integrity uses it. */
public final class Base58Btc {

  private static final String ALPHABET =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final BigInteger BASE = BigInteger.valueOf(58);

  private Base58Btc() {}

  /** Encodes bytes, keeping leading zero bytes as leading {@code 1}s. */
  public static String encode(byte[] bytes) {
    int zeros = 0;
    while (zeros < bytes.length && bytes[zeros] == 0) {
      zeros++;
    }
    StringBuilder out = new StringBuilder();
    BigInteger n = new BigInteger(1, bytes);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(BASE);
      out.append(ALPHABET.charAt(qr[1].intValue()));
      n = qr[0];
    }
    out.append("1".repeat(zeros));
    return out.reverse().toString();
  }

  /**
   * Decodes a base58-btc string.
   *
   * @throws IllegalArgumentException if a character is outside the alphabet
   */
  public static byte[] decode(String text) {
    BigInteger n = BigInteger.ZERO;
    int zeros = 0;
    while (zeros < text.length() && text.charAt(zeros) == '1') {
      zeros++;
    }
    for (int i = 0; i < text.length(); i++) {
      int digit = ALPHABET.indexOf(text.charAt(i));
      if (digit < 0) {
        throw new IllegalArgumentException("not a base58-btc character at offset " + i);
      }
      n = n.multiply(BASE).add(BigInteger.valueOf(digit));
    }
    byte[] magnitude = n.signum() == 0 ? new byte[0] : n.toByteArray();
    if (magnitude.length > 1 && magnitude[0] == 0) {
      magnitude = Arrays.copyOfRange(magnitude, 1, magnitude.length);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[zeros], 0, zeros);
    out.write(magnitude, 0, magnitude.length);
    return out.toByteArray();
  }

  /** {@code z} + base58-btc: the multibase form. */
  public static String multibase(byte[] bytes) {
    return "z" + encode(bytes);
  }

  /**
   * Decodes a multibase base58-btc value.
   *
   * @throws IllegalArgumentException if it does not start with {@code z} or is not base58-btc
   */
  public static byte[] fromMultibase(String value) {
    if (value == null || !value.startsWith("z")) {
      throw new IllegalArgumentException("not a multibase base58-btc value (it must start with z)");
    }
    return decode(value.substring(1));
  }
}
