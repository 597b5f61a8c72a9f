package org.microcert.jobs.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.esco.EscoCsvLoader;
import org.microcert.taxonomy.index.CompetencyIndexWriter;

/**
 * A small real warehouse for review and catalog tests: the ESCO subset of {@code data-samples/esco}
 * imported as v1.1.1 (its competency index and a manifest, no Spark), and {@code sample-submission}
 * as {@code microcert demo} aligned and scored it (copied from a demo run into {@code
 * fixtures/review/}).
 */
public final class ReviewFixtures {

  public static final String SUBMISSION = "sample-submission";
  public static final String SKILL = "http://data.europa.eu/esco/skill/";

  private ReviewFixtures() {}

  /** {@code data-samples/}. */
  public static Path samples() {
    return Path.of(System.getProperty("microcert.samples", "../data-samples"));
  }

  /** A warehouse with ESCO v1.1.1 and the aligned sample submission (relevance not yet scored). */
  public static Path warehouse(Path dir) throws IOException {
    importRelease(dir, samples().resolve("esco"), "v1.1.1");
    Path a = dir.resolve("alignments").resolve(SUBMISSION);
    Files.createDirectories(a);
    copy("alignments.jsonl", a.resolve("alignments.jsonl"));
    return dir;
  }

  /** Adds the sample submission's relevance scores (new demand evidence). */
  public static void addRelevance(Path warehouse) throws IOException {
    Path r = warehouse.resolve("relevance").resolve(SUBMISSION);
    Files.createDirectories(r);
    copy("relevance.json", r.resolve("relevance.json"));
  }

  /** Imports an ESCO CSV folder as {@code version}: its competency index and a manifest. */
  public static void importRelease(Path warehouse, Path esco, String version) throws IOException {
    Taxonomy t = new EscoCsvLoader().load(esco, version, "en").taxonomy();
    Path dir = warehouse.resolve("taxonomy/esco").resolve(version).resolve("en");
    Files.createDirectories(dir);
    CompetencyIndexWriter.write(t, dir.resolve("index"));
    Files.writeString(
        dir.resolve("manifest.json"),
        "{\"version\":\""
            + version
            + "\",\"language\":\"en\",\"source\":\""
            + esco
            + "\",\"imported_at\":\"\",\"files\":[],\"rows_in\":0,\"rows_accepted\":0,"
            + "\"rows_rejected\":0,\"tables\":{},\"index_documents\":0,\"missing_files\":[],"
            + "\"warnings\":[]}\n");
  }

  /** The decisions and endorsements samples, as shipped. */
  public static Path sample(String name) {
    return samples().resolve("review").resolve(name);
  }

  private static void copy(String resource, Path to) throws IOException {
    try (InputStream in =
        ReviewFixtures.class.getResourceAsStream("/fixtures/review/" + resource)) {
      Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
