package org.microcert.jobs.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.catalog.Catalog;
import org.microcert.jobs.catalog.CatalogJson;
import org.microcert.jobs.review.ReviewFixtures;

class CatalogPublisherTest {

  private static final String S = ReviewFixtures.SKILL;
  private static final String HEADER =
      "submission,credential,outcome,concept_uri,decision,match,reviewer,working_group,date,"
          + "rationale,report_hash\n";

  @TempDir Path dir;

  private CatalogPublisher.Result publish(Path wh, Path key) throws IOException {
    return new CatalogPublisher(wh, PublishFixtures.noUpgrade())
        .publish(PublishFixtures.options(key, null));
  }

  private static PublicKey pub(Path key) {
    return Ed25519Keys.publicOf(Ed25519Keys.readPrivate(key));
  }

  @Test
  void publishTwiceGivesIdenticalBytes() throws IOException {
    Path key = PublishFixtures.writeKey(dir, "key.pem");
    Path a = PublishFixtures.reviewedWarehouse(Files.createDirectories(dir.resolve("a")));
    Path b = PublishFixtures.reviewedWarehouse(Files.createDirectories(dir.resolve("b")));
    CatalogPublisher.Result ra = publish(a, key);
    CatalogPublisher.Result rb = publish(b, key);
    assertEquals("1.0.0", ra.version());
    List<String> files = CatalogFiles.list(ra.dir());
    assertEquals(files, CatalogFiles.list(rb.dir()));
    assertTrue(
        files.containsAll(
            List.of(
                "catalog.json",
                "manifest.json",
                "manifest.sig",
                "public-key.pem",
                "CHANGES.md",
                "changes.json",
                "case/cfpackage.json",
                "transcript.csv",
                "LOSSES.md")),
        files.toString());
    for (String f : files) {
      assertArrayEquals(
          Files.readAllBytes(ra.dir().resolve(f)), Files.readAllBytes(rb.dir().resolve(f)), f);
    }
    Catalog c = CatalogJson.read(ra.dir().resolve("catalog.json"));
    assertEquals(8, c.competencies().size());
    assertEquals("2026-01-21", c.asOf());
    assertTrue(
        c.competencies().stream().allMatch(x -> x.decisions().stream().allMatch(d -> d.stale())));
    // a second publish with nothing new publishes nothing
    CatalogPublisher.Result again = publish(a, key);
    assertFalse(again.published());
    assertEquals("1.0.0", CatalogPublisher.latest(a).orElseThrow());
  }

  @Test
  void verifyCatchesEveryTamper() throws IOException {
    Path key = PublishFixtures.writeKey(dir, "key.pem");
    Path wh = PublishFixtures.reviewedWarehouse(Files.createDirectories(dir.resolve("w")));
    Path v1 = publish(wh, key).dir();
    assertTrue(
        CatalogVerifier.verify(v1, pub(key)).ok(),
        CatalogVerifier.verify(v1, pub(key)).problems().toString());

    Path catalog = v1.resolve("catalog.json");
    byte[] original = Files.readAllBytes(catalog);
    byte[] changed = original.clone();
    changed[100] ^= 1;
    Files.write(catalog, changed);
    assertProblem(v1, pub(key), "catalog.json: content changed");
    Files.write(catalog, original);

    Path transcript = v1.resolve("transcript.csv");
    byte[] t = Files.readAllBytes(transcript);
    Files.delete(transcript);
    assertProblem(v1, pub(key), "transcript.csv: listed in the manifest but missing");
    Files.write(transcript, t);

    Files.writeString(v1.resolve("obv3/extra.json"), "{}");
    assertProblem(v1, pub(key), "obv3/extra.json: not in the manifest");
    Files.delete(v1.resolve("obv3/extra.json"));

    Path other = PublishFixtures.writeKey(dir, "other.pem");
    assertProblem(
        v1, pub(other), "manifest.sig: the signature of manifest.json does not match the trusted");
    assertTrue(CatalogVerifier.verify(v1, pub(key)).ok());

    // a second version links to the first; editing the first breaks the chain
    PublishFixtures.importCsv(
        wh,
        dir,
        "more.csv",
        HEADER
            + "sample-submission,SIT220,LO2,"
            + S
            + "696e3b5b-8b61-45af-ae4c-3ab700f197ec,approve,exact,M. Tremblay,Data,2026-02-01,"
            + "Extraction methods are assessed.,\n");
    CatalogPublisher.Result r2 = publish(wh, key);
    assertEquals("1.1.0", r2.version());
    assertEquals("minor", r2.changes().bump());
    CatalogVerifier.Result ok2 = CatalogVerifier.verify(r2.dir(), pub(key));
    assertTrue(ok2.ok(), ok2.problems().toString());
    assertTrue(
        ok2.notes().stream().anyMatch(n -> n.startsWith("linked to previous version 1.0.0")));
    Path m1 = v1.resolve("manifest.json");
    Files.writeString(
        m1, Files.readString(m1).replace("\"as_of\":\"2026-01-21\"", "\"as_of\":\"2026-01-22\""));
    assertProblem(
        r2.dir(),
        pub(key),
        "manifest.json: previous_manifest_sha256 does not match ../1.0.0/manifest.json");
  }

  @Test
  void aCrashMidPublishLeavesThePreviousVersion() throws IOException {
    Path key = PublishFixtures.writeKey(dir, "key.pem");
    Path wh = PublishFixtures.reviewedWarehouse(Files.createDirectories(dir.resolve("w")));
    Path v1 = publish(wh, key).dir();
    PublishFixtures.importCsv(
        wh,
        dir,
        "more.csv",
        HEADER
            + "sample-submission,SIT220,LO2,"
            + S
            + "696e3b5b-8b61-45af-ae4c-3ab700f197ec,approve,exact,M. Tremblay,Data,2026-02-01,"
            + "Extraction methods are assessed.,\n");
    CatalogPublisher p = new CatalogPublisher(wh, PublishFixtures.noUpgrade());
    p.beforeRename(
        () -> {
          throw new IllegalStateException("simulated crash");
        });
    assertThrows(IllegalStateException.class, () -> p.publish(PublishFixtures.options(key, null)));
    assertEquals("1.0.0", CatalogPublisher.latest(wh).orElseThrow());
    try (Stream<Path> s = Files.list(CatalogFiles.root(wh))) {
      assertEquals(
          List.of("1.0.0", "latest"), s.map(x -> x.getFileName().toString()).sorted().toList());
    }
    assertTrue(CatalogVerifier.verify(v1, pub(key)).ok());
    assertEquals("1.1.0", publish(wh, key).version());
  }

  @Test
  void aRejectionRemovesTheCompetencyAndBumpsTheMajorVersion() throws IOException {
    Path key = PublishFixtures.writeKey(dir, "key.pem");
    Path wh = PublishFixtures.reviewedWarehouse(Files.createDirectories(dir.resolve("w")));
    publish(wh, key);
    PublishFixtures.importCsv(
        wh,
        dir,
        "reject.csv",
        HEADER
            + "sample-submission,SIT220,LO3,"
            + S
            + "fecf8a0d-62c4-4e71-9b03-0f4fc2ad7bf5,reject,exact,M. Tremblay,Data,2026-02-02,"
            + "The brief shows the data model is given; students do not design it.,\n");
    CatalogPublisher.Result r = publish(wh, key);
    assertEquals("2.0.0", r.version());
    assertEquals(1, r.changes().removed().size());
    CatalogChanges.Item gone = r.changes().removed().get(0);
    assertEquals("data models", gone.label());
    assertTrue(gone.decisions().get(0).contains("reject by M. Tremblay"), gone.toString());
    String md = Files.readString(r.dir().resolve("CHANGES.md"), StandardCharsets.UTF_8);
    assertTrue(md.contains("Changes since 1.0.0 (major)"), md);
    assertTrue(Files.readString(r.dir().resolve("changes.json")).contains("\"bump\":\"major\""));
  }

  private static void assertProblem(Path d, PublicKey key, String start) throws IOException {
    CatalogVerifier.Result r = CatalogVerifier.verify(d, key);
    assertFalse(r.ok());
    assertTrue(r.problems().stream().anyMatch(p -> p.startsWith(start)), r.problems().toString());
  }
}
