package org.microcert.jobs.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.review.ReviewFixtures;
import org.microcert.jobs.run.Progress;
import org.microcert.taxonomy.InputRejectedException;

class CatalogDrafterTest {

  @TempDir Path dir;

  private static CatalogDrafter.Result draft(Path wh) throws IOException {
    return new CatalogDrafter(wh, PublishFixtures.noUpgrade()).draft();
  }

  @Test
  void theDraftIsWhatPublishWouldPublishUnsignedAndReproducible() throws IOException {
    Path a = PublishFixtures.reviewedWarehouse(Files.createDirectories(dir.resolve("a")));
    Path b = PublishFixtures.reviewedWarehouse(Files.createDirectories(dir.resolve("b")));
    CatalogDrafter.Result ra = draft(a);
    assertThat(ra.version()).isEqualTo("1.0.0");
    assertThat(ra.previous()).isNull();
    assertThat(ra.dir()).isEqualTo(a.resolve("catalog/draft"));
    List<String> files = CatalogFiles.list(ra.dir());
    assertThat(files)
        .contains("catalog.json", "draft.json", "changes.json", "CHANGES.md", "transcript.csv")
        .doesNotContain("manifest.sig", "public-key.pem", "manifest.json")
        .noneMatch(f -> f.startsWith("obv3/sample-credential-"));
    // Same inputs, same bytes: in another warehouse, and drafted again in place.
    CatalogDrafter.Result rb = draft(b);
    assertThat(CatalogFiles.list(rb.dir())).isEqualTo(files);
    byte[][] first = new byte[files.size()][];
    for (int i = 0; i < files.size(); i++) {
      first[i] = Files.readAllBytes(ra.dir().resolve(files.get(i)));
      assertThat(Files.readAllBytes(rb.dir().resolve(files.get(i))))
          .as(files.get(i))
          .isEqualTo(first[i]);
    }
    draft(a);
    for (int i = 0; i < files.size(); i++) {
      assertThat(Files.readAllBytes(ra.dir().resolve(files.get(i))))
          .as(files.get(i))
          .isEqualTo(first[i]);
    }
    try (var s = Files.list(a.resolve("catalog"))) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("draft");
    }

    // Publishing then gives the draft's catalog, signed.
    Path key = PublishFixtures.writeKey(dir, "key.pem");
    CatalogPublisher.Result published =
        new CatalogPublisher(a, PublishFixtures.noUpgrade())
            .publish(PublishFixtures.options(key, null));
    assertThat(published.version()).isEqualTo("1.0.0");
    assertThat(Files.readAllBytes(published.dir().resolve("catalog.json")))
        .isEqualTo(Files.readAllBytes(ra.dir().resolve("catalog.json")));
    for (String f : files) {
      if (!f.equals("draft.json")) {
        assertThat(published.dir().resolve(f)).as(f).exists();
      }
    }
  }

  @Test
  void afterAPublishTheDraftSaysWhatTheNextPublishWouldChange() throws IOException {
    Path wh = PublishFixtures.reviewedWarehouse(Files.createDirectories(dir.resolve("w")));
    Path key = PublishFixtures.writeKey(dir, "key.pem");
    new CatalogPublisher(wh, PublishFixtures.noUpgrade())
        .publish(PublishFixtures.options(key, null));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CatalogDrafter.Result same;
    try (Progress p = new Progress(new PrintStream(out, true, StandardCharsets.UTF_8))) {
      same = new CatalogDraftTasklet(p).draft(new CatalogDraftParameters(wh));
    }
    assertThat(same.previous()).isEqualTo("1.0.0");
    assertThat(same.wouldPublish()).isFalse();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("'catalog publish' would change nothing (same as 1.0.0)");
    assertThat(Files.readAllBytes(same.dir().resolve("catalog.json")))
        .isEqualTo(Files.readAllBytes(wh.resolve("catalog/1.0.0/catalog.json")));
    assertThat(Files.readString(same.dir().resolve("draft.json")))
        .contains("\"would_publish\":false", "\"previous_version\":\"1.0.0\"", "\"signed\":false");

    // A new approval: the draft would be a minor version with one addition, as publish then is.
    PublishFixtures.importCsv(
        wh,
        dir,
        "more.csv",
        "submission,credential,outcome,concept_uri,decision,match,reviewer,working_group,date,"
            + "rationale,report_hash\n"
            + "sample-submission,SIT220,LO2,"
            + ReviewFixtures.SKILL
            + "696e3b5b-8b61-45af-ae4c-3ab700f197ec,approve,exact,M. Tremblay,Data,2026-02-01,"
            + "Extraction methods are assessed.,\n");
    CatalogDrafter.Result next = draft(wh);
    assertThat(next.version()).isEqualTo("1.1.0");
    assertThat(next.changes().bump()).isEqualTo("minor");
    assertThat(next.changes().added()).hasSize(1);
    assertThat(Files.readString(next.dir().resolve("CHANGES.md"))).contains("1.1.0");
    CatalogPublisher.Result r2 =
        new CatalogPublisher(wh, PublishFixtures.noUpgrade())
            .publish(PublishFixtures.options(key, null));
    assertThat(r2.version()).isEqualTo("1.1.0");
    assertThat(Files.readAllBytes(r2.dir().resolve("changes.json")))
        .isEqualTo(Files.readAllBytes(next.dir().resolve("changes.json")));
  }

  @Test
  void noReviewLogIsRefusedClearly() {
    assertThatThrownBy(() -> draft(dir))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageStartingWith("Cannot draft catalog: no review log ")
        .hasMessageContaining("review import");
    assertThat(dir.resolve("catalog")).doesNotExist();
  }
}
