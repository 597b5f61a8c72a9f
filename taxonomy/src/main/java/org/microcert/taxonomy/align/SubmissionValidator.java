package org.microcert.taxonomy.align;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.microcert.taxonomy.io.Reject;

/**
 * Checks submission rows one by one. Every row ends either as an {@link Outcome} or as a {@link
 * Reject} with line, column and reason; {@code rows = accepted + rejected}.
 *
 * <p>Rules: required cells non-empty; outcome text at most {@value #MAX_TEXT} characters after
 * cleaning; language {@code en} or {@code fr}; {@code declared_type} empty or knowledge / skill /
 * attitude; hours a non-negative number; endorsements {@code "Partner|YYYY-MM-DD|YYYY-MM-DD"}
 * joined by {@code ;} with expiry not before endorsement; an outcome id at most once per
 * credential (later duplicates rejected). HTML is reduced to its text and control characters are
 * removed (the row is kept; the alignment's notes say so). Query-syntax characters are plain text.
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
      String cred = r.get(SubmissionColumns.CREDENTIAL_CODE).trim();
      String oid = r.get(SubmissionColumns.OUTCOME_ID).trim();
      try {
        Outcome o = check(r);
        if (!seen.add(o.credentialCode() + '\u0000' + o.outcomeId())) {
          throw new RowProblem(
              SubmissionColumns.OUTCOME_ID,
              "Cannot accept outcome: duplicate outcome_id '"
                  + oid
                  + "' in credential '"
                  + cred
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
    for (String c :
        List.of(
            SubmissionColumns.INSTITUTION,
            SubmissionColumns.CREDENTIAL_CODE,
            SubmissionColumns.OUTCOME_ID,
            SubmissionColumns.LANGUAGE)) {
      if (r.get(c).isBlank()) {
        throw new RowProblem(c, "Cannot accept outcome: empty " + c);
      }
    }
    String rawText = r.get(SubmissionColumns.OUTCOME_TEXT);
    if (rawText.isBlank()) {
      throw new RowProblem(SubmissionColumns.OUTCOME_TEXT, "Cannot accept outcome: empty outcome_text");
    }
    TextCleaner.Cleaned cleaned = TextCleaner.clean(rawText);
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
    String lang = r.get(SubmissionColumns.LANGUAGE).trim().toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(lang)) {
      throw new RowProblem(
          SubmissionColumns.LANGUAGE,
          "Cannot accept outcome: unsupported language '"
              + r.get(SubmissionColumns.LANGUAGE).trim()
              + "' (accepted: en, fr)");
    }
    String declared = r.get(SubmissionColumns.DECLARED_TYPE).trim().toLowerCase(Locale.ROOT);
    if (!declared.isEmpty() && !DECLARED.contains(declared)) {
      throw new RowProblem(
          SubmissionColumns.DECLARED_TYPE,
          "Cannot accept outcome: declared_type '"
              + r.get(SubmissionColumns.DECLARED_TYPE).trim()
              + "' (expected knowledge, skill, attitude or empty)");
    }
    return new Outcome(
        r.line(),
        TextCleaner.clean(r.get(SubmissionColumns.INSTITUTION)).text(),
        TextCleaner.clean(r.get(SubmissionColumns.CREDENTIAL_CODE)).text(),
        TextCleaner.clean(r.get(SubmissionColumns.CREDENTIAL_TITLE)).text(),
        hours(r.get(SubmissionColumns.CREDENTIAL_HOURS)),
        TextCleaner.clean(r.get(SubmissionColumns.TRANSCRIPT_CODE)).text(),
        TextCleaner.clean(r.get(SubmissionColumns.OUTCOME_ID)).text(),
        cleaned.text(),
        lang,
        declared.isEmpty() ? null : declared,
        optional(r.get(SubmissionColumns.ASSESSMENT_METHOD)),
        optional(r.get(SubmissionColumns.EVIDENCE)),
        endorsements(r.get(SubmissionColumns.PARTNER_ENDORSEMENTS)),
        cleaned.notes());
  }

  private static String optional(String v) {
    String s = TextCleaner.clean(v).text();
    return s.isEmpty() ? null : s;
  }

  private static Double hours(String v) throws RowProblem {
    String s = v.trim();
    if (s.isEmpty()) {
      return null;
    }
    try {
      double d = Double.parseDouble(s);
      if (!Double.isFinite(d) || d < 0) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new RowProblem(
          SubmissionColumns.CREDENTIAL_HOURS,
          "Cannot accept outcome: credential_hours '" + s + "' is not a non-negative number");
    }
  }

  static List<Endorsement> endorsements(String v) throws RowProblem {
    List<Endorsement> out = new ArrayList<>();
    if (v.isBlank()) {
      return out;
    }
    for (String part : v.split(";")) {
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
        out.add(new Endorsement(TextCleaner.clean(f[0]).text(), endorsed, expires));
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
