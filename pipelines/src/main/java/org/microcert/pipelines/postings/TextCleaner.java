package org.microcert.pipelines.postings;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.microcert.taxonomy.extract.PostingSections;

/**
 * Turns a posting's raw description into the cleaned text that extraction reads: HTML to plain
 * text (block elements become line breaks, list items "- "), entities decoded, whitespace
 * normalised (one space inside a line, no blank lines), and boilerplate removed: sections headed as
 * company blurb, benefits or equal-opportunity statements, and unheaded paragraphs that are
 * equal-opportunity or accommodation statements.
 */
public final class TextCleaner {

  private static final Pattern HTML_HINT = Pattern.compile("<(/?[a-zA-Z][a-zA-Z0-9]*)[^>]*>");
  private static final Pattern BLOCK_TAG =
      Pattern.compile(
          "(?i)<\\s*(br|/p|p|/div|div|/h[1-6]|h[1-6]|/ul|ul|/ol|ol|/tr|tr|/li)\\b[^>]*>");
  private static final Pattern LI_TAG = Pattern.compile("(?i)<\\s*li\\b[^>]*>");
  private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
  private static final Pattern ANY_TAG = Pattern.compile("(?s)<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Pattern EEO_PARAGRAPH =
      Pattern.compile(
          "(?i)equal (employment )?opportunit|regardless of (race|age|gender|sex)|"
              + "without regard to (race|age|gender|sex)|accommodations? (are|is) available|"
              + "request (an )?accommodation|affirmative action|diversity and inclusion|"
              + "we (are committed to|welcome) (diversity|applications from all)|"
              + "accessibility for ontarians|aoda");
  /**
   * Literals of which every match of {@link #EEO_PARAGRAPH} contains one (in ASCII lower case): a
   * line without any of them cannot match, so the regular expression runs only on the few lines
   * that have one.
   */
  private static final String[] EEO_LITERALS = {
    "equal ", "regardless of ", "without regard to ", "accommodation", "affirmative action",
    "diversity and inclusion", "we are committed to ", "we welcome ", "accessibility for ontarians",
    "aoda"
  };
  private static final List<String> DROPPED_SECTIONS =
      List.of(
          PostingSections.COMPANY, PostingSections.BENEFITS, PostingSections.EQUAL_OPPORTUNITY);

  private TextCleaner() {}

  /** The cleaned text; empty when nothing is left. */
  public static String clean(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    String text = HTML_HINT.matcher(raw).find() ? htmlToText(raw) : raw;
    text = normaliseWhitespace(text);
    return dropBoilerplate(text);
  }

  static String htmlToText(String html) {
    String t = SCRIPT.matcher(html).replaceAll(" ");
    t = LI_TAG.matcher(t).replaceAll("\n- ");
    t = BLOCK_TAG.matcher(t).replaceAll("\n");
    t = ANY_TAG.matcher(t).replaceAll(" ");
    return decodeEntities(t);
  }

  static String decodeEntities(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      String e = m.group(1);
      String rep;
      if (e.startsWith("#x") || e.startsWith("#X")) {
        rep = codePoint(Integer.parseInt(e.substring(2), 16));
      } else if (e.startsWith("#")) {
        rep = codePoint(Integer.parseInt(e.substring(1)));
      } else {
        rep =
            switch (e.toLowerCase(Locale.ROOT)) {
              case "amp" -> "&";
              case "lt" -> "<";
              case "gt" -> ">";
              case "quot" -> "\"";
              case "apos" -> "'";
              case "nbsp" -> " ";
              case "rsquo", "lsquo" -> "'";
              case "rdquo", "ldquo" -> "\"";
              case "ndash", "mdash" -> "-";
              case "bull" -> "•";
              case "eacute" -> "é";
              case "egrave" -> "è";
              case "agrave" -> "à";
              case "ccedil" -> "ç";
              default -> m.group();
            };
      }
      m.appendReplacement(out, Matcher.quoteReplacement(rep));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String codePoint(int cp) {
    return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : " ";
  }

  /**
   * Splits at line breaks ({@code \\R}), turns tabs and no-break spaces into spaces, strips each
   * line, collapses runs of spaces and drops empty lines; one pass, no regular expressions.
   */
  static String normaliseWhitespace(String s) {
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
    return c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || c == '\u2028'
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

  static String dropBoilerplate(String text) {
    List<PostingSections.Section> sections = PostingSections.split(text);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < sections.size(); i++) {
      PostingSections.Section s = sections.get(i);
      int end = i + 1 < sections.size() ? sections.get(i + 1).start() : text.length();
      if (DROPPED_SECTIONS.contains(s.name())) {
        continue;
      }
      for (String line : text.substring(s.start(), end).split("\n")) {
        if (!line.isEmpty() && !isEqualOpportunityParagraph(line)) {
          if (out.length() > 0) {
            out.append('\n');
          }
          out.append(line);
        }
      }
    }
    return out.toString();
  }

  /** {@link #EEO_PARAGRAPH} finds a match, checked first for its literals (ASCII case folding). */
  static boolean isEqualOpportunityParagraph(String line) {
    String lower = asciiLowerCase(line);
    for (String literal : EEO_LITERALS) {
      if (lower.contains(literal)) {
        return EEO_PARAGRAPH.matcher(line).find();
      }
    }
    return false;
  }

  /** A-Z to a-z only: the case folding of a {@code (?i)} pattern without UNICODE_CASE. */
  private static String asciiLowerCase(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= 'A' && c[i] <= 'Z') {
        c[i] = (char) (c[i] + ('a' - 'A'));
      }
    }
    return new String(c);
  }
}
