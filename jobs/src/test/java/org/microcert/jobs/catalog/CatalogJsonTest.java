package org.microcert.jobs.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogJsonTest {

  @Test
  void sampleRoundTripsToTheSameBytes() {
    Catalog c = CatalogFixtures.sample();
    byte[] bytes = CatalogJson.bytes(c);
    Catalog back = CatalogJson.parse(bytes);
    assertEquals(c, back);
    assertArrayEquals(bytes, CatalogJson.bytes(back));
  }

  @Test
  void sampleHasTheSubmissionsRealCredentials() {
    Catalog c = CatalogFixtures.sample();
    assertEquals(7, c.competencies().size());
    Catalog.Credential db =
        c.credentials().stream().filter(x -> x.code().equals("COMPSCI4013")).findFirst().get();
    assertEquals("Database Systems (H)", db.title());
    assertEquals("UOFG-DB-H", db.transcriptCode());
    assertEquals("40", db.hours().toPlainString());
    assertEquals(StableIds.credential("University of Glasgow", "COMPSCI4013"), db.id());
    assertTrue(
        c.competencies().stream()
            .flatMap(x -> x.alignments().stream())
            .allMatch(a -> a.outcomeText() != null && !a.outcomeText().isBlank()));
  }

  @Test
  void listOrderDoesNotChangeTheBytes() {
    Catalog c = CatalogFixtures.sample();
    List<Catalog.Competency> reversed = new ArrayList<>(c.competencies());
    Collections.reverse(reversed);
    List<Catalog.Credential> creds = new ArrayList<>(c.credentials());
    Collections.reverse(creds);
    Catalog shuffled =
        new Catalog(
            c.version(),
            c.escoReleases(),
            c.asOf(),
            c.previousManifestHash(),
            creds,
            reversed,
            c.needsReview());
    assertArrayEquals(CatalogJson.bytes(c), CatalogJson.bytes(shuffled));
  }

  @Test
  void decimalsAreStringsAndKeysSnakeCaseSorted() {
    JsonNode tree = CatalogJson.tree(CatalogFixtures.sample());
    // competencies sort by URI: .../ab1e97ed... (database management systems) is the fourth.
    JsonNode db = tree.path("competencies").get(3);
    assertEquals("database management systems", db.path("label").asText());
    JsonNode a = db.path("alignments").get(0);
    assertTrue(a.path("score").isTextual());
    assertEquals("0.6125", a.path("score").asText());
    assertTrue(tree.has("esco_releases"));
    assertTrue(tree.has("previous_manifest_hash"));
    String text = new String(CatalogJson.bytes(CatalogFixtures.sample()), StandardCharsets.UTF_8);
    assertTrue(
        text.startsWith("{\"as_of\":\"2026-01-20\",\"competencies\":["), text.substring(0, 60));
    assertFalse(text.contains("\n"));
    assertFalse(text.contains("E-"));
  }
}
