package org.microcert.taxonomy.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where everything lives in a warehouse folder: the one place that spells the layout out. Every
 * module asks this class for paths instead of resolving folder names itself.
 *
 * <pre>
 * taxonomy/esco/&lt;version&gt;/&lt;lang&gt;/   one imported ESCO release: manifest.json, rejects.csv,
 *                                   one Parquet folder per table (skills, occupations, ...), index/
 * taxonomy/diff/&lt;from&gt;__&lt;to&gt;/&lt;lang&gt;/ a release comparison
 * postings/period=...              ingested postings (Parquet, partitioned by period)
 * postings-rejects/ingest-*.csv    rejected postings records, one file per ingest
 * mentions/, titles/               skill mentions and title matches extracted from postings
 * demand/skills, demand/occupations, demand/essential   demand aggregates
 * alignments/&lt;submission&gt;/        alignments.jsonl, alignments.csv, rejects.csv
 * relevance/&lt;submission&gt;/         relevance.json
 * reports/                         HTML and CSV reports
 * review/log.jsonl, review/rejects/ the working groups' review log and rejected review rows
 * catalog/&lt;version&gt;/              published catalog versions
 * cache/query-vectors.bin          embedded query texts kept between align runs
 * batch/jobrepo                    the embedded job repository (H2)
 * </pre>
 *
 * ESCO versions are ordered numerically ({@link #VERSION_ORDER}: {@code v1.2.0 < v1.10.0}), the one
 * ordering for "the latest release".
 */
public final class WarehouseLayout {

  /** Orders versions like {@code v1.1.0 < v1.1.1 < v1.2.0 < v1.10.0}: numeric parts as numbers. */
  public static final Comparator<String> VERSION_ORDER = WarehouseLayout::compareVersions;

  private final Path root;

  /** The layout of the warehouse folder {@code root}. */
  public WarehouseLayout(Path root) {
    this.root = Objects.requireNonNull(root, "root");
  }

  /** The warehouse folder. */
  public Path root() {
    return root;
  }

  /** {@code taxonomy/esco}: one folder per imported version. */
  public Path escoReleases() {
    return root.resolve("taxonomy").resolve("esco");
  }

  /** {@code taxonomy/esco/<version>/<lang>}: one imported release. */
  public Path escoRelease(String version, String language) {
    return escoReleases().resolve(version).resolve(language);
  }

  /** One Parquet table of an imported release (the tables sit directly in the release folder). */
  public Path escoTable(String version, String language, String table) {
    return escoRelease(version, language).resolve(table);
  }

  /** The Lucene competency index of an imported release. */
  public Path escoIndex(String version, String language) {
    return escoRelease(version, language).resolve("index");
  }

  /** {@code taxonomy/diff/<from>__<to>/<lang>}: the comparison of two releases. */
  public Path taxonomyDiff(String from, String to, String language) {
    return root.resolve("taxonomy").resolve("diff").resolve(from + "__" + to).resolve(language);
  }

  /**
   * The imported ESCO versions that have a {@code language} folder, oldest first ({@link
   * #VERSION_ORDER}); folders starting with a dot (staging, old copies) are ignored.
   */
  public List<String> escoVersions(String language) {
    Path dir = escoReleases();
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> Files.isDirectory(p.resolve(language)))
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted(VERSION_ORDER)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot list ESCO releases in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The newest imported ESCO version in {@code language}, if any. */
  public Optional<String> latestEscoVersion(String language) {
    List<String> all = escoVersions(language);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** {@code postings}: ingested postings, partitioned by period. */
  public Path postings() {
    return root.resolve("postings");
  }

  /** {@code postings-rejects}: one rejects file per ingest. */
  public Path postingsRejects() {
    return root.resolve("postings-rejects");
  }

  /** {@code mentions}: skill mentions extracted from postings. */
  public Path mentions() {
    return root.resolve("mentions");
  }

  /** {@code titles}: occupation title matches extracted from postings. */
  public Path titles() {
    return root.resolve("titles");
  }

  /** {@code demand}: the demand aggregates. */
  public Path demand() {
    return root.resolve("demand");
  }

  /** {@code demand/skills}: skill demand by period, region and occupation group. */
  public Path demandSkills() {
    return demand().resolve("skills");
  }

  /** {@code demand/occupations}: occupation demand. */
  public Path demandOccupations() {
    return demand().resolve("occupations");
  }

  /** {@code demand/essential}: the essential-skill signal. */
  public Path demandEssential() {
    return demand().resolve("essential");
  }

  /** {@code alignments}: one folder per submission. */
  public Path alignments() {
    return root.resolve("alignments");
  }

  /** {@code relevance}: one folder per submission. */
  public Path relevance() {
    return root.resolve("relevance");
  }

  /** {@code reports}: generated reports. */
  public Path reports() {
    return root.resolve("reports");
  }

  /** {@code review}: the review log ({@code log.jsonl}). */
  public Path review() {
    return root.resolve("review");
  }

  /** {@code review/rejects}: one rejects file per review import. */
  public Path reviewRejects() {
    return review().resolve("rejects");
  }

  /** {@code catalog}: one folder per published catalog version. */
  public Path catalog() {
    return root.resolve("catalog");
  }

  /** {@code cache/query-vectors.bin}: query vectors kept between align runs. */
  public Path queryVectorCache() {
    return root.resolve("cache").resolve("query-vectors.bin");
  }

  /** {@code batch/jobrepo}: the embedded job repository's database file prefix. */
  public Path jobRepository() {
    return root.resolve("batch").resolve("jobrepo");
  }

  /** {@code bench-pipeline}: scratch space of the pipeline benchmark. */
  public Path pipelineBench() {
    return root.resolve("bench-pipeline");
  }

  /** {@code bench-nightly}: scratch space of the nightly benchmark (inboxes and its warehouse). */
  public Path nightlyBench() {
    return root.resolve("bench-nightly");
  }

  /**
   * Compares two version names: a leading {@code v} is ignored, parts split at {@code .} and {@code
   * -}, numeric parts compared as numbers, others as text, missing parts as 0.
   */
  public static int compareVersions(String a, String b) {
    String[] x = a.replaceFirst("^v", "").split("[.\\-]");
    String[] y = b.replaceFirst("^v", "").split("[.\\-]");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      String p = i < x.length ? x[i] : "0";
      String q = i < y.length ? y[i] : "0";
      int c =
          p.matches("\\d{1,18}") && q.matches("\\d{1,18}")
              ? Long.compare(Long.parseLong(p), Long.parseLong(q))
              : p.compareTo(q);
      if (c != 0) {
        return c;
      }
    }
    return a.compareTo(b);
  }
}
