package org.microcert.taxonomy.text;

/** Counting the words of a text: maximal runs of non-whitespace characters. */
public final class Words {

  private Words() {}

  /** The number of words of {@code text} (0 for an empty or blank text). */
  public static int count(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
