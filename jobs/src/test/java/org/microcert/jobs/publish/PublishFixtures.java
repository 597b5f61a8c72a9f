package org.microcert.jobs.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.microcert.jobs.review.ReviewFixtures;
import org.microcert.jobs.review.ReviewImport;
import org.microcert.taxonomy.diff.TaxonomyDiff;
import org.microcert.taxonomy.esco.EscoCsvLoader;

/** Warehouses with reviewed samples, keys and publishers for the catalog tests. */
final class PublishFixtures {

  static final LocalDate TODAY = LocalDate.parse("2026-06-01");

  private PublishFixtures() {}

  /**
   * The sample submission aligned, its decisions recorded (citing the alignment-only report),
   * relevance scored, then the endorsements recorded: what {@code microcert demo} does.
   */
  static Path reviewedWarehouse(Path dir) throws IOException {
    ReviewFixtures.warehouse(dir);
    importSample(dir, "sample-decisions.csv");
    ReviewFixtures.addRelevance(dir);
    importSample(dir, "sample-endorsements.csv");
    return dir;
  }

  static ReviewImport.Result importSample(Path wh, String name) {
    return new ReviewImport(wh, TODAY, true).run(ReviewFixtures.sample(name));
  }

  static ReviewImport.Result importCsv(Path wh, Path dir, String name, String csv)
      throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, csv, StandardCharsets.UTF_8);
    return new ReviewImport(wh, TODAY, true).run(f);
  }

  /** A key pair written as OpenSSL writes it: PKCS#8 PEM private key. */
  static Path writeKey(Path dir, String name) throws IOException {
    KeyPair p = Ed25519Keys.generate();
    Path f = dir.resolve(name);
    Files.writeString(f, Ed25519Keys.privatePem(p.getPrivate()), StandardCharsets.US_ASCII);
    return f;
  }

  static CatalogPublisher.Options options(Path keyFile, String version) {
    var key = Ed25519Keys.readPrivate(keyFile);
    return new CatalogPublisher.Options(version, null, key, Ed25519Keys.publicOf(key));
  }

  /** ESCO diffs computed from CSV release folders ({@code <version>} → folder), no Spark. */
  static EscoUpgrade upgrade(Map<String, Path> releases) {
    return new EscoUpgrade(
        (from, to) -> {
          if (!releases.containsKey(from) || !releases.containsKey(to)) {
            return Optional.empty();
          }
          EscoCsvLoader l = new EscoCsvLoader();
          return Optional.of(
              TaxonomyDiff.compare(
                  l.load(releases.get(from), from, "en").taxonomy(),
                  l.load(releases.get(to), to, "en").taxonomy()));
        });
  }

  /** An upgrade source that knows no diffs (every test here stays on one release). */
  static EscoUpgrade noUpgrade() {
    return new EscoUpgrade((from, to) -> Optional.empty());
  }
}
