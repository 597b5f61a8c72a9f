package org.microcert.taxonomy.match;

/** The text a matcher ranks for, as data. */
final class MatchText {

  private MatchText() {}

  /**
   * The text as data: control characters (other than tab and line breaks, which become spaces)
   * removed, whitespace runs collapsed, trimmed.
   */
  static String clean(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
