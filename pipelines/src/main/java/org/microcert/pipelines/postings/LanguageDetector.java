package org.microcert.pipelines.postings;

import java.util.Locale;
import java.util.Set;

/**
 * Guesses English or French from stop words: counts the words of each language's short list and
 * picks the larger count; {@code und} when neither list matches.
 */
public final class LanguageDetector {

  private static final Set<String> ENGLISH =
      Set.of(
          "the", "and", "of", "to", "in", "for", "with", "is", "are", "you", "our", "we", "will",
          "be", "on", "as", "an", "this", "that", "or", "your", "have", "from", "by", "at");
  private static final Set<String> FRENCH =
      Set.of(
          "le", "la", "les", "des", "et", "du", "de", "en", "un", "une", "pour", "dans", "vous",
          "nous", "est", "sont", "avec", "sur", "au", "aux", "votre", "notre", "qui", "que", "par");

  private LanguageDetector() {}

  /** {@code en}, {@code fr} or {@code und}. */
  public static String detect(String text) {
    int en = 0;
    int fr = 0;
    int n = Math.min(text.length(), 20_000);
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i > start && i - start <= 5) {
        String w = text.substring(start, i).toLowerCase(Locale.ROOT);
        if (ENGLISH.contains(w)) {
          en++;
        } else if (FRENCH.contains(w)) {
          fr++;
        }
      }
    }
    if (en == 0 && fr == 0) {
      return "und";
    }
    return fr > en ? "fr" : "en";
  }
}
