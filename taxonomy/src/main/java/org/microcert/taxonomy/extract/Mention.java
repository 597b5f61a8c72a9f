package org.microcert.taxonomy.extract;

import java.util.Objects;

/**
 * One skill mention found in a text.
 *
 * @param skillUri the ESCO skill URI
 * @param matchedText the text between {@code start} and {@code end}
 * @param start offset of the first character (inclusive) in the analysed text
 * @param end offset after the last character (exclusive)
 * @param section name of the section holding the mention (see {@link PostingSections})
 */
public record Mention(String skillUri, String matchedText, int start, int end, String section) {

  public Mention {
    Objects.requireNonNull(skillUri, "skillUri");
    Objects.requireNonNull(matchedText, "matchedText");
    Objects.requireNonNull(section, "section");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "Cannot create mention: bad offsets " + start + ".." + end);
    }
  }
}
