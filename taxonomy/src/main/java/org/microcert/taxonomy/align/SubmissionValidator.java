package org.microcert.taxonomy.align;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.microcert.taxonomy.io.Reject;
import org.microcert.taxonomy.text.TextCleaner;

/**
 * Checks submission rows one by one. Every row ends either as an {@link Outcome} or as a {@link
 * Reject} with line, column and reason; {@code rows = accepted + rejected}.
 *
 * <p>Rules: no cell holds an unpaired UTF-16 surrogate (a JSON {@code "\\ud800"}); required cells
 * non-empty <em>after</em> cleaning (a cell of only {@code <b></b>}, a zero-width space or NUL is
 * empty); outcome text at most {@value #MAX_TEXT} characters after cleaning; language {@code en} or
 * {@code fr}; {@code declared_type} empty or knowledge / skill / attitude; hours a plain
 * non-negative decimal ({@code 10}, {@code 7.5}; {@code -0} is 0); endorsements {@code
 * "Partner|YYYY-MM-DD|YYYY-MM-DD"} joined by {@code ;} with expiry not before endorsement; an
 * outcome id at most once per credential (later duplicates rejected). HTML is reduced to its text
 * and control characters are removed (the row is kept; the alignment's notes say so). Query-syntax
 * characters are plain text.
 */
public final class SubmissionValidator {

  /** Longest outcome text accepted, in characters. */
  public static final int MAX_TEXT = 10_000;

  /** Languages accepted. */
  public static final Set<String> LANGUAGES = Set.of("en", "fr");

  private static final Set<String> DECLARED = Set.of("knowledge", "skill", "attitude");

  /** The outcome of validation: accepted outcomes and rejects, both in input order. */
  public record Result(List<Outcome> accepted, List<Reject> rejects) {}

  private SubmissionValidator() {}

  public static Result validate(String fileName, List<RawRow> rows) {
    List<Outcome> ok = new ArrayList<>();
    List<Reject> bad = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (RawRow r : rows) {
      try {
        Outcome o = check(r);
        if (!seen.add(o.credentialCode() + '\u0000' + o.outcomeId())) {
          throw new RowProblem(
              SubmissionColumns.OUTCOME_ID,
              "Cannot accept outcome: duplicate outcome_id '"
                  + o.outcomeId()
                  + "' in credential '"
                  + o.credentialCode()
                  + "' (first occurrence kept)");
        }
        ok.add(o);
      } catch (RowProblem p) {
        bad.add(new Reject(fileName, r.line(), p.column, p.getMessage()));
      }
    }
    return new Result(ok, bad);
  }

  private static final class RowProblem extends Exception {
    private static final long serialVersionUID = 1L;
    final String column;

    RowProblem(String column, String message) {
      super(message, null, false, false);
      this.column = column;
    }
  }

  private static Outcome check(RawRow r) throws RowProblem {
    if (r.problem() != null) {
      throw new RowProblem("", r.problem());
    }
    for (var e : r.values().entrySet()) {
      int at = unpairedSurrogate(e.getValue());
      if (at >= 0) {
        throw new RowProblem(
            e.getKey(),
            String.format(
                Locale.ROOT,
                "Cannot accept outcome: %s has an unpaired surrogate \\u%04x at character %d"
                    + " (not a character: fix the escape in the file)",
                e.getKey(),
                (int) e.getValue().charAt(at),
                at + 1));
      }
    }
    String institution = required(r, SubmissionColumns.INSTITUTION);
    String credential = required(r, SubmissionColumns.CREDENTIAL_CODE);
    String outcomeId = required(r, SubmissionColumns.OUTCOME_ID);
    String langCell = required(r, SubmissionColumns.LANGUAGE);
    String rawText = r.get(SubmissionColumns.OUTCOME_TEXT);
    if (rawText.isBlank()) {
      throw new RowProblem(
          SubmissionColumns.OUTCOME_TEXT, "Cannot accept outcome: empty outcome_text");
    }
    TextCleaner.Cleaned cleaned = TextCleaner.toCell(rawText);
    if (cleaned.text().isEmpty()) {
      throw new RowProblem(
          SubmissionColumns.OUTCOME_TEXT,
          "Cannot accept outcome: outcome_text has no text once "
              + String.join(" and ", cleaned.notes()));
    }
    if (cleaned.text().length() > MAX_TEXT) {
      throw new RowProblem(
          SubmissionColumns.OUTCOME_TEXT,
          "Cannot accept outcome: outcome_text has "
              + cleaned.text().length()
              + " characters (at most "
              + MAX_TEXT
              + ")");
    }
    String lang = langCell.toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(lang)) {
      throw new RowProblem(
          SubmissionColumns.LANGUAGE,
          "Cannot accept outcome: unsupported language '" + langCell + "' (accepted: en, fr)");
    }
    String declaredCell = TextCleaner.toCell(r.get(SubmissionColumns.DECLARED_TYPE)).text();
    String declared = declaredCell.toLowerCase(Locale.ROOT);
    if (!declared.isEmpty() && !DECLARED.contains(declared)) {
      throw new RowProblem(
          SubmissionColumns.DECLARED_TYPE,
          "Cannot accept outcome: declared_type '"
              + declaredCell
              + "' (expected knowledge, skill, attitude or empty)");
    }
    return new Outcome(
        r.line(),
        institution,
        credential,
        TextCleaner.toCell(r.get(SubmissionColumns.CREDENTIAL_TITLE)).text(),
        hours(r.get(SubmissionColumns.CREDENTIAL_HOURS)),
        TextCleaner.toCell(r.get(SubmissionColumns.TRANSCRIPT_CODE)).text(),
        outcomeId,
        cleaned.text(),
        lang,
        declared.isEmpty() ? null : declared,
        optional(r.get(SubmissionColumns.ASSESSMENT_METHOD)),
        optional(r.get(SubmissionColumns.EVIDENCE)),
        endorsements(r.get(SubmissionColumns.PARTNER_ENDORSEMENTS)),
        cleaned.notes());
  }

  /** The cleaned value of a required cell; a cell that cleans to nothing is rejected. */
  private static String required(RawRow r, String column) throws RowProblem {
    String raw = r.get(column);
    if (raw.isBlank()) {
      throw new RowProblem(column, "Cannot accept outcome: empty " + column);
    }
    TextCleaner.Cleaned c = TextCleaner.toCell(raw);
    if (c.text().isEmpty()) {
      throw new RowProblem(
          column,
          "Cannot accept outcome: "
              + column
              + " is empty once "
              + (c.notes().isEmpty() ? "whitespace removed" : String.join(" and ", c.notes())));
    }
    return c.text();
  }

  /** Index of the first unpaired surrogate in {@code s}, or -1. */
  static int unpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static String optional(String v) {
    String s = TextCleaner.toCell(v).text();
    return s.isEmpty() ? null : s;
  }

  private static final Pattern DECIMAL = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");

  /** Plain decimal hours: {@code 10}, {@code 7.5}; {@code -0} is 0; no exponent, suffix or sign. */
  static Double hours(String v) throws RowProblem {
    String s = v.strip();
    if (s.isEmpty()) {
      return null;
    }
    double d = DECIMAL.matcher(s).matches() ? Double.parseDouble(s) : Double.NaN;
    if (!Double.isFinite(d) || d < 0) {
      throw new RowProblem(
          SubmissionColumns.CREDENTIAL_HOURS,
          "Cannot accept outcome: credential_hours '"
              + s
              + "' is not a non-negative plain decimal number (like 40 or 7.5)");
    }
    return d == 0 ? 0.0 : d;
  }

  /** A {@code ;} that does not end a character reference such as {@code &amp;}. */
  private static final Pattern ENDORSEMENT_SEPARATOR = Pattern.compile("(?<!&#?[a-zA-Z0-9]{1,8});");

  static List<Endorsement> endorsements(String v) throws RowProblem {
    List<Endorsement> out = new ArrayList<>();
    if (v.isBlank()) {
      return out;
    }
    for (String part : ENDORSEMENT_SEPARATOR.split(v)) {
      if (part.isBlank()) {
        continue;
      }
      String[] f = part.split("\\|", -1);
      if (f.length != 3 || f[0].isBlank()) {
        throw new RowProblem(
            SubmissionColumns.PARTNER_ENDORSEMENTS,
            "Cannot accept outcome: endorsement '"
                + part.trim()
                + "' is not 'Partner name|YYYY-MM-DD|YYYY-MM-DD'");
      }
      try {
        LocalDate endorsed = LocalDate.parse(f[1].trim());
        LocalDate expires = LocalDate.parse(f[2].trim());
        if (expires.isBefore(endorsed)) {
          throw new RowProblem(
              SubmissionColumns.PARTNER_ENDORSEMENTS,
              "Cannot accept outcome: endorsement by '"
                  + f[0].trim()
                  + "' expires ("
                  + expires
                  + ") before it was endorsed ("
                  + endorsed
                  + ")");
        }
        String partner = TextCleaner.toCell(f[0]).text();
        if (partner.isEmpty()) {
          throw new RowProblem(
              SubmissionColumns.PARTNER_ENDORSEMENTS,
              "Cannot accept outcome: endorsement '"
                  + part.trim()
                  + "' has a partner name that is empty once cleaned");
        }
        out.add(new Endorsement(partner, endorsed, expires));
      } catch (DateTimeParseException e) {
        throw new RowProblem(
            SubmissionColumns.PARTNER_ENDORSEMENTS,
            "Cannot accept outcome: endorsement '"
                + part.trim()
                + "' has a date that is not YYYY-MM-DD");
      }
    }
    return out;
  }
}
