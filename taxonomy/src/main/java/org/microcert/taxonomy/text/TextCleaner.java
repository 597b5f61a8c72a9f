package org.microcert.taxonomy.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns user text that may hold HTML into plain text, in one of two shapes: {@link #toLines} keeps
 * the line structure (block elements become line breaks, list items "- "; postings) and {@link
 * #toCell} makes one line (submission cells).
 *
 * <p>The order is what makes the result safe: entities are decoded <em>first</em>, then tags are
 * stripped, so an escaped {@code &lt;script&gt;} is removed like a real one and never comes out as
 * live markup, and {@code Johnson &amp; Johnson} becomes {@code Johnson & Johnson}. A {@code <}
 * left over that a browser would read as the start of a tag (followed by a letter, {@code /},
 * {@code !} or {@code ?}) gets a space after it, so the result never contains markup.
 *
 * <p>Speed matters on the postings path (millions of texts): each step is guarded by a literal
 * check ({@code '&'}, {@code '<'}) before any regular expression runs, and whitespace is normalised
 * in one pass without regular expressions.
 */
public final class TextCleaner {

  /**
   * A tag as a browser reads one: {@code <} then a letter, or {@code </}, {@code <!}, {@code <?}
   * then a letter, up to the next {@code >} (attribute values may hold a {@code <}); and comments.
   */
  private static final Pattern TAG = Pattern.compile("(?s)<(?:!--.*?-->|[/!?]?[a-zA-Z][^>]*>)");

  private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
  private static final Pattern BLOCK_TAG =
      Pattern.compile(
          "(?i)<\\s*(br|/p|p|/div|div|/h[1-6]|h[1-6]|/ul|ul|/ol|ol|/tr|tr|/li)\\b[^>]*>");
  private static final Pattern LI_TAG = Pattern.compile("(?i)<\\s*li\\b[^>]*>");

  /** What {@link #toCell} made of a value, and what it removed (for the alignment's notes). */
  public record Cleaned(String text, List<String> notes) {
    public Cleaned {
      notes = List.copyOf(notes);
    }
  }

  /** Note when tags (or escaped tags) were removed. */
  public static final String NOTE_TAGS = "html tags removed";

  /** Note when control or invisible format characters were removed. */
  public static final String NOTE_CONTROLS = "control characters removed";

  private TextCleaner() {}

  /**
   * The text as lines: entities decoded, HTML reduced to text (block elements and {@code <br>} end
   * a line, list items start with "- ", scripts and styles dropped), each line stripped with runs
   * of spaces collapsed, no empty lines. Empty when nothing is left (a text of only {@code &nbsp;}
   * for instance).
   */
  public static String toLines(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    String text = decodeEntities(raw);
    if (text.indexOf('<') >= 0) {
      text = htmlToLines(text);
    }
    return normaliseWhitespace(text);
  }

  /**
   * The value as one line: entities decoded, tags removed (replaced by a space), control and
   * invisible format characters (NUL, zero-width space, BOM, ...) removed, whitespace of any kind
   * collapsed to one space, stripped. The notes say what was removed.
   */
  public static Cleaned toCell(String raw) {
    if (raw == null || raw.isEmpty()) {
      return new Cleaned("", List.of());
    }
    List<String> notes = new ArrayList<>(2);
    String s = decodeEntities(raw);
    if (s.indexOf('<') >= 0) {
      String stripped = stripTags(SCRIPT.matcher(s).replaceAll(" "), " ");
      if (!stripped.equals(s)) {
        notes.add(NOTE_TAGS);
      }
      s = neutraliseTagStarts(stripped);
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
      notes.add(NOTE_CONTROLS);
    }
    return new Cleaned(sb.toString(), notes);
  }

  private static String htmlToLines(String html) {
    String t = SCRIPT.matcher(html).replaceAll(" ");
    t = LI_TAG.matcher(t).replaceAll("\n- ");
    t = BLOCK_TAG.matcher(t).replaceAll("\n");
    return neutraliseTagStarts(stripTags(t, " "));
  }

  /**
   * Replaces every tag with {@code replacement} in one pass. Removing a tag can leave a tag-like
   * rest ({@code <a<b>>} becomes {@code <a >}); {@link #neutraliseTagStarts} defuses those.
   */
  private static String stripTags(String s, String replacement) {
    return TAG.matcher(s).replaceAll(replacement);
  }

  /** A {@code <} that could start a tag gets a space after it. */
  private static String neutraliseTagStarts(String s) {
    int i = s.indexOf('<');
    if (i < 0) {
      return s;
    }
    StringBuilder out = null;
    int from = 0;
    for (; i >= 0; i = s.indexOf('<', i + 1)) {
      if (i + 1 < s.length() && startsTag(s.charAt(i + 1))) {
        if (out == null) {
          out = new StringBuilder(s.length() + 8);
        }
        out.append(s, from, i + 1).append(' ');
        from = i + 1;
      }
    }
    return out == null ? s : out.append(s, from, s.length()).toString();
  }

  private static boolean startsTag(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!' || c == '?';
  }

  /**
   * Decodes character references: decimal and hexadecimal ({@code &#233;}, {@code &#xE9;}; NUL, a
   * surrogate or an invalid code point becomes a space) and the common named ones ({@code &amp;},
   * {@code &lt;}, {@code &nbsp;}, quotes, dashes, French accents); any other {@code &...;} is kept.
   * One pass: {@code &amp;lt;} becomes {@code &lt;}.
   */
  public static String decodeEntities(String s) {
    int amp = s.indexOf('&');
    if (amp < 0) {
      return s;
    }
    StringBuilder out = null;
    int from = 0;
    for (; amp >= 0; amp = s.indexOf('&', amp + 1)) {
      int semi = amp + 1;
      int limit = Math.min(s.length(), amp + 11);
      while (semi < limit && s.charAt(semi) != ';') {
        semi++;
      }
      if (semi >= limit) {
        continue;
      }
      String rep = entity(s, amp + 1, semi);
      if (rep == null) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length());
      }
      out.append(s, from, amp).append(rep);
      from = semi + 1;
      amp = semi;
    }
    return out == null ? s : out.append(s, from, s.length()).toString();
  }

  /** The replacement of the entity {@code s[from, to)} (between & and ;), or null if none. */
  private static String entity(String s, int from, int to) {
    if (from >= to) {
      return null;
    }
    if (s.charAt(from) == '#') {
      boolean hex = from + 1 < to && (s.charAt(from + 1) == 'x' || s.charAt(from + 1) == 'X');
      int start = hex ? from + 2 : from + 1;
      if (start >= to || to - start > (hex ? 6 : 7)) {
        return null;
      }
      int cp = 0;
      for (int i = start; i < to; i++) {
        char c = s.charAt(i);
        int d = c < 128 ? Character.digit(c, hex ? 16 : 10) : -1;
        if (d < 0) {
          return null;
        }
        cp = cp * (hex ? 16 : 10) + d;
      }
      return Character.isValidCodePoint(cp)
              && cp != 0
              && !(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)
          ? new String(Character.toChars(cp))
          : " ";
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return null;
      }
    }
    return switch (s.substring(from, to).toLowerCase(Locale.ROOT)) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp" -> " ";
      case "rsquo", "lsquo" -> "'";
      case "rdquo", "ldquo" -> "\"";
      case "ndash", "mdash" -> "-";
      case "bull" -> "\u2022";
      case "eacute" -> "\u00e9";
      case "egrave" -> "\u00e8";
      case "agrave" -> "\u00e0";
      case "ccedil" -> "\u00e7";
      default -> null;
    };
  }

  /**
   * Splits at line breaks ({@code \\R}), turns tabs and no-break spaces into spaces, strips each
   * line, collapses runs of spaces and drops empty lines; one pass, no regular expressions.
   */
  public static String normaliseWhitespace(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int lineStart = 0;
    while (lineStart <= n) {
      int lineEnd = lineStart;
      while (lineEnd < n && !isLineBreak(s.charAt(lineEnd))) {
        lineEnd++;
      }
      appendStrippedLine(s, lineStart, lineEnd, out);
      lineStart = lineEnd + 1;
    }
    return out.toString();
  }

  private static boolean isLineBreak(char c) {
    return c == '\n'
        || c == '\u000B'
        || c == '\f'
        || c == '\r'
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }

  private static char spaced(char c) {
    return c == '\u00a0' || c == '\t' ? ' ' : c;
  }

  /** Appends {@code s[from, to)} stripped with runs of spaces collapsed, after a '\n' if needed. */
  private static void appendStrippedLine(String s, int from, int to, StringBuilder out) {
    while (from < to && Character.isWhitespace(spaced(s.charAt(from)))) {
      from++;
    }
    while (to > from && Character.isWhitespace(spaced(s.charAt(to - 1)))) {
      to--;
    }
    if (from == to) {
      return;
    }
    if (out.length() > 0) {
      out.append('\n');
    }
    boolean previousSpace = false;
    for (int i = from; i < to; i++) {
      char c = spaced(s.charAt(i));
      if (c != ' ' || !previousSpace) {
        out.append(c);
      }
      previousSpace = c == ' ';
    }
  }
}
