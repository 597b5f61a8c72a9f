package org.microcert.taxonomy.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a cleaned posting (plain text, one paragraph or list item per line) into named sections
 * by its heading lines.
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

  private static final Pattern EQUAL_OPPORTUNITY_HEADING =
      Pattern.compile("equal (employment )?opportunit|diversity|inclusion|accommodation|eeo");
  private static final Pattern BENEFITS_HEADING =
      Pattern.compile("benefit|perks|we offer|what we offer|compensation|why join|why work");
  private static final Pattern COMPANY_HEADING =
      Pattern.compile(
          "^about (us|the company|the team|our company|[a-z0-9&.' -]{1,40})$|who we are|our company|"
              + "company (overview|description|profile)|our story|our mission");
  private static final Pattern RESPONSIBILITIES_HEADING =
      Pattern.compile(
          "responsibilit|duties|tasks|what you('ll| will) do|the role|your role|job description|"
              + "role description|the opportunity|day to day|missions?|what you will be doing");
  private static final Pattern REQUIREMENTS_HEADING =
      Pattern.compile(
          "requirement|qualification|skills|experience|education|what you('ll)? bring|"
              + "who you are|must have|nice to have|assets?|credentials|languages|profile|"
              + "technologies|competenc|about you");

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

  /** The section a heading line names, or {@code null} if the line is not a heading. */
  static String headingName(String text, int from, int to) {
    int len = to - from;
    if (len < 3 || len > 80) {
      return null;
    }
    String line = text.substring(from, to).strip();
    boolean colon = line.endsWith(":");
    String h = line.toLowerCase(Locale.ROOT).replaceAll("[:#*•\\-\\s]+$", "").replaceAll("^[#*•\\-\\s]+", "");
    if (h.isEmpty() || h.split("\\s+").length > MAX_HEADING_WORDS || h.endsWith(".")) {
      return null;
    }
    if (EQUAL_OPPORTUNITY_HEADING.matcher(h).find()) {
      return EQUAL_OPPORTUNITY;
    }
    if (BENEFITS_HEADING.matcher(h).find()) {
      return BENEFITS;
    }
    if (RESPONSIBILITIES_HEADING.matcher(h).find()) {
      return RESPONSIBILITIES;
    }
    if (REQUIREMENTS_HEADING.matcher(h).find()) {
      return REQUIREMENTS;
    }
    if (COMPANY_HEADING.matcher(h).find()) {
      return COMPANY;
    }
    return colon && h.split("\\s+").length <= 4 ? OTHER : null;
  }
}
