package org.microcert.pipelines.postings;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How one source's files map to the posting fields, read from {@code
 * conf/sources/<name>.properties}.
 *
 * <p>Keys: {@code format} (csv|jsonl), {@code licence}, {@code field.<posting-field>=<input
 * column>} for the fields in {@link #FIELDS}, {@code ignored=<col>,<col>} (input columns known but
 * not used; any other column is rejected as unknown), {@code licence.<source-value>} and {@code
 * default-date.<source-value>} / {@code default-date} (date for postings that carry none, e.g. the
 * scrape date), {@code earliest-date} / {@code latest-date} (the accepted range of posting dates,
 * default {@value #DEFAULT_EARLIEST} to one year after today; a date outside is rejected). When
 * {@code field.source} is set the posting's source is read from the record, otherwise it is the
 * mapping's name. Unknown keys are an error.
 *
 * @param name source name
 * @param format csv or jsonl
 * @param licence licence text for the source
 * @param fields posting field → input column
 * @param ignored input columns that are known but not used
 * @param licenceBySource per-record source value → licence
 * @param defaultDateBySource per-record source value → default date ("" key for all)
 * @param earliestDate the earliest posting date accepted
 * @param latestDate the latest posting date accepted, or null for one year after today
 */
public record SourceMapping(
    String name,
    String format,
    String licence,
    Map<String, String> fields,
    Set<String> ignored,
    Map<String, String> licenceBySource,
    Map<String, LocalDate> defaultDateBySource,
    LocalDate earliestDate,
    LocalDate latestDate)
    implements Serializable {

  /** The default earliest posting date accepted. */
  public static final String DEFAULT_EARLIEST = "1990-01-01";

  /** The posting fields a mapping may name. */
  public static final List<String> FIELDS =
      List.of(
          "id",
          "source",
          "title",
          "company",
          "location",
          "region",
          "country",
          "date_posted",
          "text",
          "language",
          "url");

  public SourceMapping {
    fields = new TreeMap<>(fields);
    ignored = new TreeSet<>(ignored);
    licenceBySource = new TreeMap<>(licenceBySource);
    defaultDateBySource = new TreeMap<>(defaultDateBySource);
    earliestDate = earliestDate == null ? LocalDate.parse(DEFAULT_EARLIEST) : earliestDate;
    if (!fields.containsKey("id") || !fields.containsKey("text")) {
      throw new IllegalArgumentException(
          "Cannot use source mapping '" + name + "': field.id and field.text are required");
    }
  }

  /** Reads {@code <confDir>/sources/<name>.properties}. */
  public static SourceMapping load(Path confDir, String name) {
    Path file = confDir.resolve("sources").resolve(name + ".properties");
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "Cannot read source mapping " + file + ": " + e.getMessage(), e);
    }
    return parse(name, p, file.toString());
  }

  /** Builds a mapping from properties; {@code where} names them in error messages. */
  public static SourceMapping parse(String name, Properties p, String where) {
    Map<String, String> fields = new LinkedHashMap<>();
    Set<String> ignored = new TreeSet<>();
    Map<String, String> licences = new TreeMap<>();
    Map<String, LocalDate> dates = new TreeMap<>();
    String format = "jsonl";
    String licence = "not stated";
    LocalDate earliest = null;
    LocalDate latest = null;
    for (String key : new TreeSet<>(p.stringPropertyNames())) {
      String value = p.getProperty(key).strip();
      if (key.equals("format")) {
        format = value;
        if (!format.equals("csv") && !format.equals("jsonl")) {
          throw new IllegalArgumentException(
              "Cannot read source mapping "
                  + where
                  + ": format must be csv or jsonl, not '"
                  + value
                  + "'");
        }
      } else if (key.equals("licence")) {
        licence = value;
      } else if (key.equals("ignored")) {
        for (String c : value.split(",")) {
          if (!c.isBlank()) {
            ignored.add(c.strip());
          }
        }
      } else if (key.startsWith("field.") && FIELDS.contains(key.substring(6))) {
        fields.put(key.substring(6), value);
      } else if (key.startsWith("licence.")) {
        licences.put(key.substring(8), value);
      } else if (key.equals("earliest-date")) {
        earliest = date(value, key, where);
      } else if (key.equals("latest-date")) {
        latest = date(value, key, where);
      } else if (key.equals("default-date")) {
        dates.put("", LocalDate.parse(value));
      } else if (key.startsWith("default-date.")) {
        dates.put(key.substring(13), LocalDate.parse(value));
      } else {
        throw new IllegalArgumentException(
            "Cannot read source mapping " + where + ": unknown key '" + key + "'");
      }
    }
    return new SourceMapping(
        name, format, licence, fields, ignored, licences, dates, earliest, latest);
  }

  private static LocalDate date(String value, String key, String where) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Cannot read source mapping "
              + where
              + ": "
              + key
              + " must be YYYY-MM-DD, not '"
              + value
              + "'",
          e);
    }
  }

  /** The latest posting date accepted: {@code latest-date}, else one year after {@code today}. */
  public LocalDate latestDate(LocalDate today) {
    return latestDate != null ? latestDate : today.plusYears(1);
  }

  /** The input column for a posting field, or null when unmapped. */
  public String column(String field) {
    return fields.get(field);
  }

  /** Whether an input column is mapped or ignored. */
  public boolean knows(String column) {
    return fields.containsValue(column) || ignored.contains(column);
  }

  /** The licence of postings from this source value. */
  public String licenceFor(String source) {
    return licenceBySource.getOrDefault(source, licence);
  }

  /** The date to use for an undated posting of this source value, or null. */
  public LocalDate defaultDateFor(String source) {
    LocalDate d = defaultDateBySource.get(source);
    return d != null ? d : defaultDateBySource.get("");
  }
}
