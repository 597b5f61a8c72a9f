package org.microcert.jobs.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.microcert.taxonomy.InputRejectedException;

/**
 * The inputs of {@code bench nightly}, made from real data: submissions of real outcome texts
 * (shuffled with a seed; past the distinct texts, each repeat is perturbed by a clause of another
 * real outcome, so every text is new to the matcher and to the query vector cache), and a "new ESCO
 * release": a copy of a real release with one skill's preferred label changed.
 */
final class NightlyBenchData {

  static final String[] HEADER = {
    "institution",
    "credential_code",
    "credential_title",
    "credential_hours",
    "transcript_code",
    "outcome_id",
    "outcome_text",
    "language",
    "declared_type",
    "assessment_method",
    "evidence"
  };

  /** Outcomes per credential. */
  private static final int PER_CREDENTIAL = 10;

  private static final String CHANGED_SUFFIX = " (revised)";

  private NightlyBenchData() {}

  /**
   * The outcome texts: {@code n} of them, distinct, from the real ones (seeded shuffle), each
   * repeat past {@code real.size()} joined with the first words of another real text.
   */
  static List<String> outcomeTexts(List<String> real, int n, long seed) {
    if (real.isEmpty()) {
      throw new InputRejectedException("Cannot make bench outcomes: no real outcome texts");
    }
    List<String> pool = new ArrayList<>(real);
    Random random = new Random(seed);
    Collections.shuffle(pool, random);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String base = pool.get(i % pool.size());
      if (i < pool.size()) {
        out.add(base);
        continue;
      }
      String[] words = pool.get(random.nextInt(pool.size())).split("\\s+");
      int k = Math.min(words.length, 4 + random.nextInt(6));
      String clause = String.join(" ", List.of(words).subList(0, k)).toLowerCase(Locale.ROOT);
      out.add(base.replaceAll("[.;\\s]+$", "") + " and " + clause + " (" + (i / pool.size()) + ")");
    }
    return out;
  }

  /**
   * Writes the texts as {@code submissions} submission CSV files ({@code bench-submission-K.csv},
   * credentials of {@value #PER_CREDENTIAL} outcomes) in {@code dir}.
   */
  static List<Path> writeSubmissions(List<String> texts, int submissions, Path dir) {
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      int per = (texts.size() + submissions - 1) / submissions;
      for (int s = 0; s < submissions; s++) {
        Path f = dir.resolve(String.format(Locale.ROOT, "bench-submission-%d.csv", s + 1));
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8);
            CSVPrinter p = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(w)) {
          int from = s * per;
          int to = Math.min(texts.size(), from + per);
          for (int i = from; i < to; i++) {
            int c = (i - from) / PER_CREDENTIAL;
            String code = String.format(Locale.ROOT, "BENCH-%d-%04d", s + 1, c + 1);
            p.printRecord(
                "Bench Institution " + (s + 1),
                code,
                "Bench credential " + code,
                "40",
                "T-" + code,
                String.format(Locale.ROOT, "LO%d", (i - from) % PER_CREDENTIAL + 1),
                texts.get(i),
                "en",
                "",
                "summative assessment",
                "");
          }
        }
        files.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write bench submissions: " + e.getMessage(), e);
    }
    return files;
  }

  /**
   * Copies the ESCO CSV release in {@code release} to {@code target} (a folder whose name carries
   * the new version), with the first skill's preferred label changed; returns the changed label.
   */
  static String changedRelease(Path release, Path target) {
    try {
      Files.createDirectories(target);
      try (Stream<Path> files = Files.list(release)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
          if (!f.getFileName().toString().startsWith("skills_")) {
            Files.copy(f, target.resolve(f.getFileName()));
          }
        }
      }
      try (Stream<Path> files = Files.list(release)) {
        Path skills =
            files
                .filter(p -> p.getFileName().toString().matches("skills_[a-z]{2}\\.csv"))
                .findFirst()
                .orElseThrow(
                    () ->
                        new InputRejectedException(
                            "Cannot derive a bench release from "
                                + release
                                + ": no skills_<lang>.csv"));
        return changeFirstLabel(skills, target.resolve(skills.getFileName()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot derive a bench release from " + release + ": " + e.getMessage(), e);
    }
  }

  private static String changeFirstLabel(Path in, Path out) throws IOException {
    String changed = null;
    try (Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r);
        Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p =
            CSVFormat.RFC4180
                .builder()
                .setHeader(parser.getHeaderNames().toArray(String[]::new))
                .get()
                .print(w)) {
      int label = parser.getHeaderNames().indexOf("preferredLabel");
      if (label < 0) {
        throw new InputRejectedException(
            "Cannot derive a bench release from " + in + ": no preferredLabel column");
      }
      for (CSVRecord rec : parser) {
        List<String> values = new ArrayList<>(rec.toList());
        if (changed == null) {
          changed = values.get(label) + CHANGED_SUFFIX;
          values.set(label, changed);
        }
        p.printRecord(values);
      }
    }
    return changed;
  }
}
