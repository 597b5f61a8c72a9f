package org.microcert.pipelines.postings;

import java.util.List;
import java.util.regex.Pattern;
import org.microcert.taxonomy.extract.PostingSections;
import org.microcert.taxonomy.text.TextCleaner;

/**
 * Turns a posting's raw description into the cleaned text that extraction reads: {@link
 * TextCleaner#toLines} (entities decoded, then HTML to plain text with block elements as line
 * breaks and list items "- ", whitespace normalised), then boilerplate removed: sections headed as
 * company blurb, benefits or equal-opportunity statements, and unheaded paragraphs that are
 * equal-opportunity or accommodation statements.
 */
public final class PostingText {

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
    "equal ",
    "regardless of ",
    "without regard to ",
    "accommodation",
    "affirmative action",
    "diversity and inclusion",
    "we are committed to ",
    "we welcome ",
    "accessibility for ontarians",
    "aoda"
  };

  private static final List<String> DROPPED_SECTIONS =
      List.of(PostingSections.COMPANY, PostingSections.BENEFITS, PostingSections.EQUAL_OPPORTUNITY);

  private PostingText() {}

  /** The cleaned text; empty when nothing is left. */
  public static String clean(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    return dropBoilerplate(TextCleaner.toLines(raw));
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
