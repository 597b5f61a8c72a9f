package org.microcert.pipelines.postings;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.microcert.taxonomy.io.Reject;

/**
 * Validates and cleans one {@link RawPosting} into a {@link CleanPosting}, or says why it is
 * rejected (missing id or text, unparseable date or one outside the mapping's accepted range,
 * nothing left after cleaning).
 */
public final class PostingNormaliser {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ].*)?");

  /** Period of postings without any date. */
  public static final String UNKNOWN_PERIOD = "unknown";

  private PostingNormaliser() {}

  /** Either a posting or a reject. */
  public record Result(CleanPosting posting, Reject reject) {}

  /** Validates and cleans a raw posting. */
  public static Result normalise(RawPosting raw, SourceMapping mapping) {
    String source = raw.get("source").isBlank() ? mapping.name() : raw.get("source").strip();
    String id = raw.get("id").strip();
    if (id.isEmpty()) {
      return reject(raw, mapping.column("id"), "missing id");
    }
    if (raw.get("text").isBlank()) {
      return reject(raw, mapping.column("text"), "missing text");
    }
    LocalDate date;
    String dateText = raw.get("date_posted").strip();
    try {
      date = parseDate(dateText, mapping.defaultDateFor(source));
    } catch (DateTimeParseException e) {
      return reject(raw, mapping.column("date_posted"), "unparseable date '" + dateText + "'");
    }
    if (date != null
        && (date.isBefore(mapping.earliestDate())
            || date.isAfter(mapping.latestDate(LocalDate.now(ZoneOffset.UTC))))) {
      return reject(
          raw,
          mapping.column("date_posted"),
          "date "
              + date
              + " is outside the accepted range "
              + mapping.earliestDate()
              + " to "
              + mapping.latestDate(LocalDate.now(ZoneOffset.UTC)));
    }
    String text = TextCleaner.clean(raw.get("text"));
    if (isBlankText(text)) {
      return reject(raw, mapping.column("text"), "no text left after cleaning");
    }
    String normalised = MinHash.normalise(text);
    String period = date == null ? UNKNOWN_PERIOD : date.toString().substring(0, 7);
    CleanPosting p =
        new CleanPosting(
            source + ":" + id,
            source,
            mapping.licenceFor(source),
            raw.get("title").strip(),
            raw.get("company").strip(),
            raw.get("location").strip(),
            raw.get("region").strip(),
            raw.get("country").strip(),
            date,
            period,
            text,
            LanguageDetector.detect(text),
            raw.get("url").strip(),
            MinHash.sha256(
                MinHash.normalise(raw.get("title"))
                    + "\n"
                    + MinHash.normalise(raw.get("company"))
                    + "\n"
                    + MinHash.normalise(raw.get("location"))
                    + "\n"
                    + normalised),
            MinHash.signature(normalised),
            raw.file(),
            raw.line());
    return new Result(p, null);
  }

  /**
   * Parses {@code yyyy-MM-dd} (a time after it is ignored), {@code yyyy-MM} (first day) or {@code
   * yyyy} (the source's default date if in that year, else 1 January). Empty → the default date,
   * which may be null.
   *
   * @throws DateTimeParseException for anything else
   */
  static LocalDate parseDate(String s, LocalDate defaultDate) {
    if (s.isEmpty()) {
      return defaultDate;
    }
    if (ISO_DATE.matcher(s).matches()) {
      return LocalDate.parse(s.substring(0, 10));
    }
    if (YEAR_MONTH.matcher(s).matches()) {
      return LocalDate.parse(s + "-01");
    }
    if (YEAR.matcher(s).matches()) {
      int year = Integer.parseInt(s);
      return defaultDate != null && defaultDate.getYear() == year
          ? defaultDate
          : LocalDate.of(year, 1, 1);
    }
    throw new DateTimeParseException("not a date", s, 0);
  }

  /**
   * Whether nothing readable is left: only whitespace, space separators (a no-break space, as
   * {@code &nbsp;} decodes to) and invisible format characters (zero-width space, BOM).
   */
  static boolean isBlankText(String text) {
    return text.codePoints()
        .allMatch(
            c ->
                Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT);
  }

  private static Result reject(RawPosting raw, String field, String reason) {
    return new Result(null, new Reject(raw.file(), raw.line(), field == null ? "" : field, reason));
  }
}
