package org.microcert.jobs.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.catalog.Catalog;
import org.microcert.jobs.catalog.CatalogJson;
import org.microcert.jobs.review.ReviewFixtures;

/**
 * An ESCO upgrade that removes one approved concept and relabels another: the next publish lists
 * both approvals as needing review instead of carrying them forward.
 */
class EscoUpgradeTest {

  private static final String DATA_MODELS =
      ReviewFixtures.SKILL + "fecf8a0d-62c4-4e71-9b03-0f4fc2ad7bf5";
  private static final String SCRIPTING =
      ReviewFixtures.SKILL + "5ef0c719-5bcb-49f8-b8eb-824388225333";

  @TempDir Path dir;

  @Test
  void removedAndChangedApprovalsNeedReview() throws IOException {
    Path shipped = ReviewFixtures.samples().resolve("esco");
    Path newer = modifiedCopy(shipped, dir.resolve("esco-v1.2.0"));
    Path key = PublishFixtures.writeKey(dir, "key.pem");
    Path wh = PublishFixtures.reviewedWarehouse(Files.createDirectories(dir.resolve("w")));
    EscoUpgrade upgrade = PublishFixtures.upgrade(Map.of("v1.1.1", shipped, "v1.2.0", newer));
    CatalogPublisher.Result v1 =
        new CatalogPublisher(wh, upgrade).publish(PublishFixtures.options(key, null));
    assertTrue(v1.changes().added().stream().anyMatch(i -> i.uri().equals(DATA_MODELS)));

    ReviewFixtures.importRelease(wh, newer, "v1.2.0");
    CatalogPublisher.Result v2 =
        new CatalogPublisher(wh, upgrade).publish(PublishFixtures.options(key, null));
    assertEquals("2.0.0", v2.version());
    Catalog c = CatalogJson.read(v2.dir().resolve("catalog.json"));
    assertFalse(c.competencies().stream().anyMatch(x -> x.uri().equals(DATA_MODELS)));
    assertFalse(c.competencies().stream().anyMatch(x -> x.uri().equals(SCRIPTING)));
    assertEquals(2, c.needsReview().size(), c.needsReview().toString());
    Catalog.NeedsReview removed =
        c.needsReview().stream().filter(n -> n.uri().equals(DATA_MODELS)).findFirst().orElseThrow();
    assertEquals("removed", removed.change());
    assertEquals("v1.1.1", removed.pinnedRelease());
    assertEquals("v1.2.0", removed.currentRelease());
    assertEquals(List.of("SIT220"), removed.credentialCodes());
    Catalog.NeedsReview changed =
        c.needsReview().stream().filter(n -> n.uri().equals(SCRIPTING)).findFirst().orElseThrow();
    assertEquals("changed", changed.change());
    assertTrue(changed.fields().contains("preferredLabel"), changed.fields().toString());
    // the approvals carried forward stay pinned to v1.1.1 and are stale by the release change
    Catalog.Decision d = c.competencies().get(0).decisions().get(0);
    assertEquals("v1.1.1", d.escoRelease());
    assertTrue(
        d.staleReasons().contains("ESCO release v1.1.1 -> v1.2.0"), d.staleReasons().toString());
    String md = Files.readString(v2.dir().resolve("CHANGES.md"));
    assertTrue(md.contains("needs review: ESCO v1.2.0 removed this concept"), md);
  }

  /** The shipped subset without "data models" and with "use scripting programming" relabelled. */
  private static Path modifiedCopy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> s = Files.list(from)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".csv")).toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    Path skills = to.resolve("skills_en.csv");
    CSVFormat in = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    List<String> header;
    List<List<String>> rows = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(skills, StandardCharsets.UTF_8);
        CSVParser p = in.parse(r)) {
      header = p.getHeaderNames();
      for (CSVRecord rec : p) {
        if (rec.get("conceptUri").equals(DATA_MODELS)) {
          continue;
        }
        List<String> row = new ArrayList<>(rec.toList());
        if (rec.get("conceptUri").equals(SCRIPTING)) {
          row.set(header.indexOf("preferredLabel"), "use scripting languages");
        }
        rows.add(row);
      }
    }
    try (Writer w = Files.newBufferedWriter(skills, StandardCharsets.UTF_8);
        CSVPrinter p =
            CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(w)) {
      for (List<String> row : rows) {
        p.printRecord(row);
      }
    }
    return to;
  }
}
