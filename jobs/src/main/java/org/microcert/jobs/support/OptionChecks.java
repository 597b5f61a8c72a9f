package org.microcert.jobs.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.pipelines.relevance.SafeNames;

/**
 * Checks of option values that commands make before they start a job, so that a wrong value is one
 * line and exit code 2, with no job execution recorded. Each check throws {@link UsageException}
 * with a message shaped "Cannot use OPTION VALUE: why".
 */
public final class OptionChecks {

  /** Source mapping names: a file name in {@code conf/sources/}, no path. */
  private static final Pattern SOURCE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  private OptionChecks() {}

  /** {@code value} when {@code min <= value <= max}. */
  public static int inRange(String option, int value, int min, int max) {
    if (value < min || value > max) {
      throw new UsageException(
          "Cannot use " + option + " " + value + ": must be from " + min + " to " + max);
    }
    return value;
  }

  /**
   * A submission id that names its own folder unchanged: not empty, at most 100 letters, digits,
   * '.', '_' or '-', not starting with '.'. Two different accepted ids never share a folder ({@code
   * a/b} would have become {@code a_b}, another submission's folder).
   */
  public static String submissionId(String id, String origin) {
    String s = id == null ? "" : id.strip();
    if (s.isEmpty()) {
      throw new UsageException("Cannot use submission id '': it is empty (" + origin + ")");
    }
    String safe = SafeNames.fileName(s);
    if (!safe.equals(s)) {
      throw new UsageException(
          "Cannot use submission id '"
              + s
              + "': it names a folder, so only letters, digits, '.', '_' and '-' (at most 100, not"
              + " starting with '.') are allowed; pass --submission-id "
              + safe
              + " if that is meant ("
              + origin
              + ")");
    }
    return s;
  }

  /**
   * Settings whose warehouse is absent (it will be created) or a directory, never a regular file.
   */
  public static MicrocertSettings warehouse(MicrocertSettings settings) {
    Path warehouse = settings.warehouse();
    if (Files.exists(warehouse) && !Files.isDirectory(warehouse)) {
      throw new UsageException(
          "Cannot use warehouse " + warehouse + ": it is a file, not a folder");
    }
    return settings;
  }

  /** A source mapping name with its file {@code <confDir>/sources/<name>.properties}. */
  public static String source(String name, Path confDir) {
    if (name == null || !SOURCE_NAME.matcher(name).matches()) {
      throw new UsageException(
          "Cannot use --source '"
              + name
              + "': a source is a mapping name (letters, digits, '_', '-'), not a path");
    }
    Path file = confDir.resolve("sources").resolve(name + ".properties");
    if (!Files.isRegularFile(file)) {
      throw new UsageException(
          "Cannot use --source "
              + name
              + ": no mapping "
              + file
              + " (known: "
              + known(confDir)
              + ")");
    }
    return name;
  }

  private static String known(Path confDir) {
    try (var files = Files.list(confDir.resolve("sources"))) {
      return String.join(
          ", ",
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".properties"))
              .map(n -> n.substring(0, n.length() - ".properties".length()))
              .sorted()
              .toList());
    } catch (IOException | UncheckedIOException e) {
      return "none";
    }
  }

  /** An input format: empty (from the file name), {@code csv} or {@code jsonl}. */
  public static String format(String format) {
    if (format == null || format.isBlank()) {
      return "";
    }
    String f = format.strip().toLowerCase(Locale.ROOT);
    if (!f.equals("csv") && !f.equals("jsonl")) {
      throw new UsageException("Cannot use --format " + format + ": the formats are csv and jsonl");
    }
    return f;
  }
}
