package org.microcert.taxonomy.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a word of the text is the label's word up to an inflection, not only the same stem: the
 * shared analysis stems {@code using} and {@code usability} alike, {@code nutritional} and {@code
 * nutrition}, so "applications using" would otherwise be a mention of "application usability".
 *
 * <p>Rule: ignoring case, after their longest common prefix (at least three characters) both words
 * end in an inflection ({@code s}, {@code es}, {@code e}, {@code y}, {@code ies}, {@code ied},
 * {@code ed}, {@code d}, {@code ing}, a possessive, or nothing), a doubled consonant allowed
 * ({@code planning}/{@code plan}). So {@code databases}/{@code database}, {@code companies}/{@code
 * company}, {@code managing}/{@code manage} agree; {@code swiftly}/{@code swift}, {@code
 * mathematical}/{@code mathematics}, {@code deployment}/{@code deploy} do not.
 */
final class SurfaceAgreement {

  private static final int MIN_PREFIX = 3;

  private static final Set<String> INFLECTIONS =
      Set.of("", "s", "es", "e", "y", "ies", "ied", "ed", "d", "ing", "'s", "\u2019s");

  private SurfaceAgreement() {}

  /**
   * Whether {@code text} between {@code start} and {@code end} agrees with {@code labelWord} (lower
   * case).
   */
  static boolean agrees(String text, int start, int end, String labelWord) {
    int textLength = end - start;
    int shorter = Math.min(textLength, labelWord.length());
    int prefix = 0;
    while (prefix < shorter
        && Character.toLowerCase(text.charAt(start + prefix)) == labelWord.charAt(prefix)) {
      prefix++;
    }
    if (prefix == textLength && prefix == labelWord.length()) {
      return true;
    }
    if (prefix < MIN_PREFIX) {
      return false;
    }
    String textTail = text.substring(start + prefix, end).toLowerCase(Locale.ROOT);
    String labelTail = labelWord.substring(prefix);
    return isInflection(textTail, labelWord.charAt(prefix - 1))
        && isInflection(labelTail, labelWord.charAt(prefix - 1));
  }

  private static boolean isInflection(String tail, char last) {
    return INFLECTIONS.contains(tail)
        || (tail.length() > 1 && tail.charAt(0) == last && INFLECTIONS.contains(tail.substring(1)));
  }
}
