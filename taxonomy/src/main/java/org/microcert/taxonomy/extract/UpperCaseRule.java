package org.microcert.taxonomy.extract;

/**
 * A label written as a short acronym ({@code IT}, {@code SAS}, {@code R}) matches only text in
 * upper case, so that the words "it" or "r" are not mentions.
 */
final class UpperCaseRule {

  private static final int MAX_ACRONYM_LENGTH = 6;

  private UpperCaseRule() {}

  /** A short label written in capitals, like {@code IT}, {@code SAS}, {@code R}, {@code HTML5}. */
  static boolean isAcronym(String label) {
    String l = label.strip();
    if (l.isEmpty() || l.length() > MAX_ACRONYM_LENGTH) {
      return false;
    }
    boolean letter = false;
    for (int k = 0; k < l.length(); k++) {
      char c = l.charAt(k);
      if (Character.isLowerCase(c) || Character.isWhitespace(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /** Whether {@code text} has no lower-case letter between {@code start} and {@code end}. */
  static boolean isUpperCase(String text, int start, int end) {
    for (int k = start; k < end; k++) {
      if (Character.isLowerCase(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
