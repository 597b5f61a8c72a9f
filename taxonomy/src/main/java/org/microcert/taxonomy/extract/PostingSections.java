package org.microcert.taxonomy.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.microcert.taxonomy.text.Words;

/**
 * Splits a cleaned posting (plain text, one paragraph or list item per line) into named sections by
 * its heading lines.
 *
 * <p>A heading is a short line (at most {@value #MAX_HEADING_WORDS} words) that ends with a colon
 * or names a known section. Section names: {@code intro} (before the first heading), {@code
 * responsibilities}, {@code requirements}, {@code benefits}, {@code company}, {@code
 * equal_opportunity}, {@code other}.
 */
public final class PostingSections {

  /** Text before the first recognised heading. */
  public static final String INTRO = "intro";

  public static final String RESPONSIBILITIES = "responsibilities";
  public static final String REQUIREMENTS = "requirements";
  public static final String BENEFITS = "benefits";
  public static final String COMPANY = "company";
  public static final String EQUAL_OPPORTUNITY = "equal_opportunity";
  public static final String OTHER = "other";

  static final int MAX_HEADING_WORDS = 7;

  private static final String[] EQUAL_OPPORTUNITY_WORDS = {
    "equal opportunit", "equal employment", "diversity", "inclusion", "accommodation", "eeo"
  };
  private static final String[] BENEFITS_WORDS = {
    "benefit", "perks", "we offer", "compensation", "why join", "why work"
  };
  private static final String[] RESPONSIBILITIES_WORDS = {
    "responsibilit",
    "duties",
    "tasks",
    "what you'll do",
    "what you will do",
    "the role",
    "your role",
    "job description",
    "role description",
    "the opportunity",
    "day to day",
    "mission",
    "what you will be doing"
  };
  private static final String[] REQUIREMENTS_WORDS = {
    "requirement", "qualification", "skills", "experience", "education", "what you bring",
    "what you'll bring", "who you are", "must have", "nice to have", "asset", "credentials",
    "languages", "profile", "technologies", "competenc", "about you"
  };
  private static final String[] COMPANY_WORDS = {
    "about us", "who we are", "our company", "company overview", "company description",
    "company profile", "our story", "our mission", "about the company", "about the team"
  };

  private static final Pattern EDGE_MARKS = Pattern.compile("^[#*•\\-\\s]+|[:#*•\\-\\s]+$");

  /** Word stems one of the heading patterns needs: a cheap first filter. */
  private static final String[] HEADING_STEMS = {
    "equal",
    "divers",
    "inclus",
    "accommod",
    "eeo",
    "benefit",
    "perk",
    "offer",
    "compens",
    "why",
    "about",
    "who",
    "our",
    "company",
    "story",
    "mission",
    "responsib",
    "dut",
    "task",
    "what",
    "role",
    "description",
    "opportun",
    "day",
    "doing",
    "require",
    "qualif",
    "skill",
    "experience",
    "educat",
    "bring",
    "must",
    "nice",
    "asset",
    "credential",
    "language",
    "profile",
    "technolog",
    "competenc",
    "job"
  };

  private PostingSections() {}

  /**
   * One section: from {@code start} (inclusive) to the next section's start.
   *
   * @param start offset of the section's heading line, or 0 for the intro
   * @param name section name
   */
  public record Section(int start, String name) {}

  /** The sections of a text in order; the first always starts at 0. */
  public static List<Section> split(String text) {
    List<Section> out = new ArrayList<>();
    out.add(new Section(0, INTRO));
    int lineStart = 0;
    int n = text.length();
    while (lineStart < n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      String name = headingName(text, lineStart, lineEnd);
      if (name != null) {
        if (out.get(out.size() - 1).start() == lineStart) {
          out.set(out.size() - 1, new Section(lineStart, name));
        } else {
          out.add(new Section(lineStart, name));
        }
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  /** The name of the section holding {@code offset}. */
  public static String sectionAt(List<Section> sections, int offset) {
    int lo = 0;
    int hi = sections.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (sections.get(mid).start() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return sections.get(lo).name();
  }

  /** Cheap pre-check without allocation: few words, not ending a sentence. */
  private static boolean looksLikeHeading(String text, int from, int to) {
    int spaces = 0;
    int last = to - 1;
    while (last > from && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    char end = text.charAt(last);
    if (end == '.' || end == ',' || end == ';') {
      return false;
    }
    for (int k = from; k <= last; k++) {
      if (text.charAt(k) == ' ' && ++spaces >= MAX_HEADING_WORDS + 2) {
        return false;
      }
    }
    return true;
  }

  /** The section a heading line names, or {@code null} if the line is not a heading. */
  static String headingName(String text, int from, int to) {
    int len = to - from;
    if (len < 3 || len > 80 || !looksLikeHeading(text, from, to)) {
      return null;
    }
    String line = text.substring(from, to).strip();
    boolean colon = line.endsWith(":");
    String lower = line.toLowerCase(Locale.ROOT);
    if (!colon && !hasHeadingStem(lower)) {
      return null;
    }
    String h = EDGE_MARKS.matcher(lower).replaceAll("");
    int words = Words.count(h);
    if (h.isEmpty() || words > MAX_HEADING_WORDS || h.endsWith(".")) {
      return null;
    }
    if (!hasHeadingStem(h)) {
      return colon && words <= 4 ? OTHER : null;
    }
    if (containsAny(h, EQUAL_OPPORTUNITY_WORDS)) {
      return EQUAL_OPPORTUNITY;
    }
    if (containsAny(h, BENEFITS_WORDS)) {
      return BENEFITS;
    }
    if (containsAny(h, RESPONSIBILITIES_WORDS)) {
      return RESPONSIBILITIES;
    }
    if (containsAny(h, REQUIREMENTS_WORDS)) {
      return REQUIREMENTS;
    }
    if (containsAny(h, COMPANY_WORDS) || (h.startsWith("about ") && words <= 5)) {
      return COMPANY;
    }
    return colon && words <= 4 ? OTHER : null;
  }

  private static boolean containsAny(String h, String[] words) {
    for (String w : words) {
      if (h.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasHeadingStem(String h) {
    int k = 0;
    int n = h.length();
    while (k < n) {
      while (k < n && !Character.isLetter(h.charAt(k))) {
        k++;
      }
      for (String stem : HEADING_STEMS) {
        if (h.startsWith(stem, k)) {
          return true;
        }
      }
      while (k < n && Character.isLetter(h.charAt(k))) {
        k++;
      }
    }
    return false;
  }
}
