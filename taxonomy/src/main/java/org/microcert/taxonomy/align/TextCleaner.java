package org.microcert.taxonomy.align;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns an outcome cell into plain text: HTML tags removed (block tags become spaces) and common
 * entities decoded; control and format characters removed; whitespace collapsed. Reports what it
 * did, so that the alignment can say so.
 */
final class TextCleaner {

  private static final Pattern TAG =
      Pattern.compile("<\\s*/?\\s*[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?\\s*>|<!--.*?-->", Pattern.DOTALL);
  private static final Pattern SCRIPT =
      Pattern.compile("<\\s*(script|style)[^>]*>.*?<\\s*/\\s*\\1\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  record Cleaned(String text, List<String> notes) {}

  private TextCleaner() {}

  static Cleaned clean(String raw) {
    List<String> notes = new ArrayList<>();
    String s = raw;
    if (TAG.matcher(s).find()) {
      s = SCRIPT.matcher(s).replaceAll(" ");
      s = TAG.matcher(s).replaceAll(" ");
      s = decodeEntities(s);
      notes.add("html tags removed");
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean controls = false;
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        controls = true;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    if (controls) {
      notes.add("control characters removed");
    }
    return new Cleaned(sb.toString(), notes);
  }

  private static String decodeEntities(String s) {
    return s.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
