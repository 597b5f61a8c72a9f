package org.microcert.jobs.catalog.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.EdECPrivateKey;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.catalog.Catalog;
import org.microcert.jobs.catalog.CatalogFixtures;
import org.microcert.jobs.catalog.MatchKind;
import org.microcert.jobs.catalog.jsonld.JsonLdChecks;
import org.microcert.jobs.catalog.jsonld.LocalContexts;
import org.microcert.jobs.catalog.proof.Base58Btc;
import org.microcert.jobs.catalog.proof.Ed25519Keys;
import org.microcert.jobs.catalog.proof.EddsaRdfc2022;

class CatalogFormatsIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final KeyPair KEY = Ed25519Keys.fromSeed(HexFormat.of().parseHex("2a".repeat(32)));
  static final Catalog CATALOG = CatalogFixtures.sample();
  static final Map<String, byte[]> FILES = CatalogFormats.generate(CATALOG, KEY.getPrivate());
  static final LocalContexts OFFICIAL = LocalContexts.standards(StandardSchemas.STANDARDS);

  static String text(String file) {
    assertThat(FILES).containsKey(file);
    return new String(FILES.get(file), StandardCharsets.UTF_8);
  }

  static JsonNode json(String file) throws IOException {
    return JSON.readTree(text(file));
  }

  static List<String> files(String prefix) {
    return FILES.keySet().stream().filter(f -> f.startsWith(prefix)).toList();
  }

  @Test
  void writesEveryFormatOncePerCredential() {
    assertThat(files("obv3/achievement-")).hasSize(CATALOG.credentials().size());
    assertThat(files("obv3/sample-credential-")).hasSize(CATALOG.credentials().size());
    assertThat(FILES)
        .containsKeys(
            CatalogFormats.CASE_FILE,
            CatalogFormats.CTDL_FILE,
            CatalogFormats.ELM_FILE,
            CatalogFormats.TRANSCRIPT_FILE,
            CatalogFormats.LOSSES_FILE);
  }

  @Test
  void sameCatalogGivesByteIdenticalFilesOnDisk(@TempDir Path a, @TempDir Path b)
      throws IOException {
    List<String> wa = CatalogFormats.writeAll(CatalogFixtures.sample(), a, KEY.getPrivate());
    List<String> wb = CatalogFormats.writeAll(CatalogFixtures.sample(), b, KEY.getPrivate());
    assertThat(wa).isEqualTo(wb).isEqualTo(List.copyOf(FILES.keySet()));
    for (String f : wa) {
      byte[] bytes = Files.readAllBytes(a.resolve(f));
      assertThat(bytes).as(f).isEqualTo(Files.readAllBytes(b.resolve(f)));
      assertThat(Files.readAllBytes(a.resolve(f))).as(f).isEqualTo(FILES.get(f));
    }
    try (var s = Files.walk(a)) {
      assertThat(s.filter(Files::isRegularFile).count()).isEqualTo(wa.size());
    }
  }

  @Test
  void publishedSampleCredentialsVerifyAndAnEditedOneIsNamed(@TempDir Path dir) throws IOException {
    CatalogFormats.writeAll(CATALOG, dir, KEY.getPrivate());
    assertThat(CatalogFormats.verifySampleCredentials(dir)).isEmpty();
    Catalog.Credential cr = CATALOG.credentials().get(1);
    Path file = dir.resolve(CatalogFormats.sampleCredentialFile(cr));
    Files.writeString(file, Files.readString(file).replace(cr.title(), cr.title() + " II"));
    assertThat(CatalogFormats.verifySampleCredentials(dir))
        .singleElement()
        .asString()
        .startsWith(CatalogFormats.sampleCredentialFile(cr) + ": signature does not match");
  }

  @Test
  void everyFileIsLfNfcAndEndsWithANewline() {
    FILES.forEach(
        (name, bytes) -> {
          String t = new String(bytes, StandardCharsets.UTF_8);
          assertThat(t).as(name).doesNotContain("\r").endsWith("\n");
          assertThat(Normalizer.isNormalized(t, Normalizer.Form.NFC)).as(name).isTrue();
        });
  }

  @Test
  void noFileHoldsThePrivateKey() {
    byte[] seed = ((EdECPrivateKey) KEY.getPrivate()).getBytes().orElseThrow();
    byte[] tagged = new byte[34];
    tagged[0] = (byte) 0x80;
    tagged[1] = 0x26;
    System.arraycopy(seed, 0, tagged, 2, 32);
    List<String> forms =
        List.of(
            HexFormat.of().formatHex(seed),
            Base64.getEncoder().encodeToString(seed),
            Base64.getUrlEncoder().withoutPadding().encodeToString(seed),
            Base58Btc.multibase(tagged),
            Base64.getEncoder().encodeToString(KEY.getPrivate().getEncoded()));
    FILES.forEach(
        (name, bytes) -> {
          String t = new String(bytes, StandardCharsets.UTF_8);
          forms.forEach(f -> assertThat(t).as(name).doesNotContain(f));
        });
  }

  // ---- CASE 1.1

  @Test
  void casePackagePassesTheOfficialSchema() {
    assertThat(StandardSchemas.errors(StandardSchemas.CASE_PACKAGE, text(CatalogFormats.CASE_FILE)))
        .isEmpty();
  }

  @Test
  void caseUsesExactMatchOfOnlyForApprovedExactMatchesAndTypesEscoAsExternal() throws IOException {
    JsonNode pkg = json(CatalogFormats.CASE_FILE);
    long exactOutcomeLinks = 0;
    long relatedOutcomeLinks = 0;
    for (JsonNode a : pkg.get("CFAssociations")) {
      JsonNode dest = a.get("destinationNodeURI");
      if (dest.get("uri").asText().startsWith("http://data.europa.eu/esco/")) {
        assertThat(dest.get("targetType").asText()).isEqualTo("ext:ESCO");
        String origin = a.get("originNodeURI").get("title").asText();
        boolean fromOutcome = origin.matches("LO\\d+");
        if (fromOutcome && a.get("associationType").asText().equals("exactMatchOf")) {
          exactOutcomeLinks++;
        } else if (fromOutcome) {
          assertThat(a.get("associationType").asText()).isEqualTo("isRelatedTo");
          relatedOutcomeLinks++;
        }
      }
    }
    long exact = alignments().stream().filter(a -> a.match() == MatchKind.EXACT).count();
    assertThat(exactOutcomeLinks).isEqualTo(exact).isPositive();
    assertThat(relatedOutcomeLinks).isEqualTo(alignments().size() - exact).isPositive();
  }

  // ---- Open Badges 3.0

  @Test
  void achievementsPassTheOfficialSchemaAndCarryWhatBadgePlatformsRead() throws IOException {
    for (Catalog.Credential cr : CATALOG.credentials()) {
      String file = CatalogFormats.achievementFile(cr);
      assertThat(StandardSchemas.errors(StandardSchemas.OB_ACHIEVEMENT, text(file)))
          .as(file)
          .isEmpty();
      JsonNode a = json(file);
      assertThat(a.at("/criteria/narrative").asText()).isEqualTo(cr.summativeAssessment());
      Set<String> escoUrls = new TreeSet<>();
      Set<String> tags = new TreeSet<>();
      a.get("tag").forEach(t -> tags.add(t.asText()));
      for (JsonNode al : a.get("alignment")) {
        if (al.get("targetType").asText().equals("CFItem")) {
          assertThat(al.get("targetUrl").asText()).startsWith(CatalogIndex.BASE + "case/CFItems/");
        } else {
          assertThat(al.get("targetType").asText()).startsWith("ext:");
          assertThat(al.get("targetDescription").asText()).isNotBlank();
          escoUrls.add(al.get("targetUrl").asText());
          assertThat(tags).contains(al.get("targetName").asText());
        }
      }
      Set<String> expected = new TreeSet<>();
      alignments().stream()
          .filter(x -> x.credentialId().equals(cr.id()))
          .forEach(x -> expected.add(uriOf(x)));
      assertThat(escoUrls).isEqualTo(expected);
    }
  }

  @Test
  void sampleCredentialsPassTheSchemaAndVerifyWithTheOfficialContexts() throws IOException {
    for (Catalog.Credential cr : CATALOG.credentials()) {
      String file = CatalogFormats.sampleCredentialFile(cr);
      assertThat(StandardSchemas.errors(StandardSchemas.OB_CREDENTIAL, text(file))).isEmpty();
      JsonObject vc = FormatJson.toJsonP(json(file));
      EddsaRdfc2022.Verification v = new EddsaRdfc2022(OFFICIAL).verify(vc);
      assertThat(v.verified()).as(v.reason()).isTrue();
      assertThat(vc.getJsonObject("issuer").getString("id"))
          .isEqualTo(Ed25519Keys.didKey(KEY.getPublic()));
      String tampered = text(file).replace(cr.code(), cr.code() + "X");
      assertThat(
              new EddsaRdfc2022(OFFICIAL)
                  .verify(FormatJson.toJsonP(JSON.readTree(tampered)))
                  .verified())
          .isFalse();
    }
  }

  @Test
  void openBadgesFilesExpandWithNoUndefinedOrDroppedTerm() throws IOException {
    for (String file : files("obv3/")) {
      JsonObject doc = FormatJson.toJsonP(json(file));
      var expanded = JsonLdChecks.expandStrict(doc, OFFICIAL);
      assertThat(JsonLdChecks.droppedValues(doc, expanded)).as(file).isEmpty();
    }
  }

  @Test
  void strictExpansionCatchesAnUndefinedTerm() throws IOException {
    String file = CatalogFormats.achievementFile(CATALOG.credentials().get(0));
    String bad = text(file).replaceFirst("\"humanCode\"", "\"humanKode\"");
    JsonObject doc = FormatJson.toJsonP(JSON.readTree(bad));
    assertThatThrownBy(() -> JsonLdChecks.expandStrict(doc, OFFICIAL))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- CTDL-ASN

  @Test
  void ctdlUsesTheAlignmentPropertyOfEachMatchKindAndOnlyRegistryProperties() throws IOException {
    JsonNode doc = json(CatalogFormats.CTDL_FILE);
    assertThat(doc.get("@context").asText()).isEqualTo(LocalContexts.CTDL_ASN);
    Set<String> known = new TreeSet<>();
    for (String s : List.of("competency.json", "competency_framework.json")) {
      JSON.readTree(StandardSchemas.STANDARDS.resolve("ctdl-asn/schema/" + s).toFile())
          .get("definitions")
          .properties()
          .forEach(
              e -> {
                if (e.getKey().startsWith("ceasn:Competency")) {
                  e.getValue().get("properties").properties().forEach(p -> known.add(p.getKey()));
                }
              });
    }
    Map<String, Long> counts = new TreeMap<>();
    int frameworks = 0;
    for (JsonNode n : doc.get("@graph")) {
      n.properties().forEach(k -> assertThat(known).as("registry property").contains(k.getKey()));
      if (n.get("@type").asText().equals("ceasn:CompetencyFramework")) {
        frameworks++;
      }
      for (String p :
          List.of(
              "ceasn:exactAlignment",
              "ceasn:broadAlignment",
              "ceasn:narrowAlignment",
              "ceasn:skillEmbodied")) {
        if (n.has(p)) {
          counts.merge(p, (long) n.get(p).size(), Long::sum);
        }
      }
    }
    assertThat(frameworks).isEqualTo(1);
    assertThat(counts.get("ceasn:exactAlignment")).isEqualTo(count(MatchKind.EXACT));
    assertThat(counts.get("ceasn:broadAlignment")).isEqualTo(count(MatchKind.BROAD));
    assertThat(counts.get("ceasn:narrowAlignment")).isEqualTo(count(MatchKind.NARROW));
    assertThat(counts.get("ceasn:skillEmbodied")).isEqualTo(count(MatchKind.RELATED));
    JsonObject jp = FormatJson.toJsonP(doc);
    assertThat(JsonLdChecks.droppedValues(jp, JsonLdChecks.expandStrict(jp, OFFICIAL))).isEmpty();
  }

  // ---- transcript CSV, LOSSES.md

  @Test
  void transcriptHasOneRowPerCredentialAndNeutralisesFormulas() {
    Catalog.Credential first = CATALOG.credentials().get(0);
    Catalog.Credential evil =
        new Catalog.Credential(
            first.id(),
            first.submission(),
            first.institution(),
            first.code(),
            "=HYPERLINK(\"http://x\",\"y\")",
            first.hours(),
            "+1",
            "@SUM(A1)",
            first.endorsements());
    List<Catalog.Credential> crs = new ArrayList<>(CATALOG.credentials());
    crs.set(0, evil);
    Catalog c =
        new Catalog(
            CATALOG.version(),
            CATALOG.escoReleases(),
            CATALOG.asOf(),
            CATALOG.previousManifestHash(),
            crs,
            CATALOG.competencies(),
            CATALOG.needsReview());
    String csv =
        new String(
            CatalogFormats.generate(c, KEY.getPrivate()).get(CatalogFormats.TRANSCRIPT_FILE),
            StandardCharsets.UTF_8);
    assertThat(csv.split("\n")).hasSize(1 + CATALOG.credentials().size());
    assertThat(csv).contains("'=HYPERLINK").contains(",'+1,").contains("'@SUM(A1)");
    assertThat(csv.split("\n")[0]).isEqualTo(String.join(",", TranscriptCsv.COLUMNS));
  }

  @Test
  void lossesAreCountedFromTheCatalog() {
    String md = text(CatalogFormats.LOSSES_FILE);
    long broadNarrow = count(MatchKind.BROAD) + count(MatchKind.NARROW);
    assertThat(md).contains("| broad / narrow match kind | 0 | " + broadNarrow + " |");
    long decisions =
        CATALOG.competencies().stream()
            .flatMap(x -> x.decisions().stream())
            .map(Catalog.Decision::entry)
            .distinct()
            .count();
    long endorsements =
        CATALOG.credentials().stream()
            .flatMap(x -> x.endorsements().stream())
            .map(Catalog.Endorsement::entry)
            .distinct()
            .count();
    assertThat(decisions).isPositive();
    assertThat(endorsements).isPositive();
    String decisionRow =
        "| decisions (reviewer, working group, rationale, report) | " + decisions + " |";
    assertThat(md.split(Pattern.quote(decisionRow), -1))
        .hasSize(6); // once in each of the five formats
    assertThat(md.split("\\| endorsements[^|]* \\| " + endorsements + " \\|", -1)).hasSize(6);
    assertThat(md)
        .contains(
            "## CASE 1.1", "## CTDL-ASN", "## ELM v3", "## Open Badges 3.0", "## Transcript CSV");
  }

  // ---- helpers

  static List<Catalog.Alignment> alignments() {
    List<Catalog.Alignment> out = new ArrayList<>();
    CATALOG.competencies().forEach(c -> out.addAll(c.alignments()));
    return out;
  }

  static long count(MatchKind m) {
    return alignments().stream().filter(a -> a.match() == m).count();
  }

  static String uriOf(Catalog.Alignment a) {
    return CATALOG.competencies().stream()
        .filter(c -> c.alignments().contains(a))
        .findFirst()
        .orElseThrow()
        .uri();
  }
}
