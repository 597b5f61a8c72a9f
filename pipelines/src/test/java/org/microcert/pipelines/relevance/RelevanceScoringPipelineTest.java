package org.microcert.pipelines.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.pipelines.spark.SparkTestBase;

class RelevanceScoringPipelineTest extends SparkTestBase {

  @TempDir static Path root;
  static Path warehouse;
  static RelevanceResult result;
  static JsonNode json;

  @BeforeAll
  static void scoreTheFixtureSubmission() throws Exception {
    warehouse = RelevanceFixtures.warehouse(spark, root.resolve("wh"));
    result = RelevanceScoringPipeline.run(spark, RelevanceRequest.of(warehouse, "demo"));
    json = new ObjectMapper().readTree(result.outputDir().resolve("relevance.json").toFile());
    // Kept for inspection (and as the source of the report module's fixture).
    Path keep = Path.of("target", "relevance-demo", "relevance.json");
    Files.createDirectories(keep.getParent());
    Files.copy(
        result.outputDir().resolve("relevance.json"), keep, StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void picksTheLatestMonthlyPeriodAndCountsItsPostings() {
    assertThat(result.period()).isEqualTo("2025-02");
    assertThat(result.region()).isEqualTo("ALL");
    assertThat(result.totalPostings()).isEqualTo(400);
    assertThat(result.outputDir()).isEqualTo(warehouse.resolve("relevance/demo").toAbsolutePath());
    assertThat(result.competencies()).isEqualTo(5);
    assertThat(result.insufficient()).isEqualTo(2);
  }

  @Test
  void scoresEachCompetencyWithHandCheckedValuesAndEvidence() {
    JsonNode s1 = competency("C1", "O1", "S1");
    assertThat(s1.get("score").asDouble()).isEqualTo(95.5);
    assertThat(s1.get("band").asText()).isEqualTo("high");
    assertThat(s1.get("postings").asLong()).isEqualTo(80);
    assertThat(s1.get("share_ci_low").asDouble()).isEqualTo(0.1637);
    assertThat(s1.get("share_ci_high").asDouble()).isEqualTo(0.242);
    assertThat(s1.get("period").asText()).isEqualTo("2025-02");
    assertThat(competency("C1", "O1", "S2").get("score").asDouble()).isEqualTo(53.0);
    assertThat(competency("C1", "O1", "S2").get("band").asText()).isEqualTo("moderate");
    JsonNode s8 = competency("C1", "O4", "S8");
    assertThat(s8.get("score").asDouble()).isEqualTo(22.9);
    assertThat(s8.get("band").asText()).isEqualTo("emerging");
  }

  @Test
  void saysInsufficientEvidenceInsteadOfScoringBelowTheMinimumPostings() {
    JsonNode s3 = competency("C1", "O2", "S3");
    assertThat(s3.get("postings").asLong()).isEqualTo(2);
    assertThat(s3.get("score").isNull()).isTrue();
    assertThat(s3.get("band").asText()).isEqualTo("insufficient evidence");
    JsonNode s4 = competency("../../etc/C2", "O1", "S4");
    assertThat(s4.get("postings").asLong()).isZero();
    assertThat(s4.get("band").asText()).isEqualTo("insufficient evidence");
  }

  @Test
  void scoresOutcomesByTheirBestCompetencyAndCredentialsByTheMeanOfScoredOutcomes() {
    JsonNode o1 = find("outcomes", "credential_code", "C1", "outcome_id", "O1");
    assertThat(o1.get("score").asDouble()).isEqualTo(95.5);
    assertThat(o1.get("best_skill_label").asText()).isEqualTo("Python");
    assertThat(o1.get("evidence_postings").asLong()).isEqualTo(80);
    assertThat(o1.get("competencies_scored").asLong()).isEqualTo(2);
    JsonNode o3 = find("outcomes", "credential_code", "C1", "outcome_id", "O3");
    assertThat(o3.get("band").asText()).isEqualTo("insufficient evidence");
    assertThat(o3.get("competencies_aligned").asInt()).isZero();
    JsonNode c1 = find("credentials", "credential_code", "C1", null, null);
    assertThat(c1.get("score").asDouble()).isCloseTo(59.2, within(1e-9));
    assertThat(c1.get("band").asText()).isEqualTo("moderate");
    assertThat(c1.get("outcomes").asLong()).isEqualTo(4);
    assertThat(c1.get("outcomes_scored").asLong()).isEqualTo(2);
    JsonNode c2 = find("credentials", "credential_code", "../../etc/C2", null, null);
    assertThat(c2.get("band").asText()).isEqualTo("insufficient evidence");
  }

  @Test
  void listsDemandedCompetenciesThatNoOutcomeCoversAsRegionGaps() {
    assertThat(labels("region_gaps", "skill_label"))
        .containsExactly("data visualisation", "mainframe operations", "data mining");
  }

  @Test
  void suggestsUntaughtDemandedSkillsOfTheTargetOccupationsAsPathways() {
    JsonNode targets = json.get("target_occupations");
    assertThat(targets).hasSize(2);
    assertThat(targets.get(0).get("credential_code").asText()).isEqualTo("../../etc/C2");
    assertThat(targets.get(0).get("occupation_label").asText()).isEqualTo("mainframe developer");
    assertThat(targets.get(1).get("occupation_label").asText()).isEqualTo("data analyst");
    assertThat(targets.get(1).get("overlap").asLong()).isEqualTo(2);
    List<String> c1 = new ArrayList<>();
    json.get("pathways")
        .forEach(
            p -> {
              if (p.get("credential_code").asText().equals("C1")) {
                c1.add(p.get("skill_label").asText());
                assertThat(p.get("for_occupations").get(0).asText()).isEqualTo("data analyst");
              }
            });
    assertThat(c1).containsExactly("data visualisation", "data mining");
    assertThat(result.pathwaySuggestions()).isEqualTo(3);
  }

  @Test
  void chartsTheShareOverTimeOfTheBestScoredCompetencies() {
    List<String> s1 = new ArrayList<>();
    json.get("trends")
        .forEach(
            t -> {
              if (t.get("skill_label").asText().equals("Python")) {
                s1.add(t.get("period").asText() + "=" + t.get("share").asDouble());
              }
            });
    assertThat(s1).containsExactly("2025-01=0.15", "2025-02=0.2");
  }

  @Test
  void writesParquetTablesAndTheSameJsonOnARerun() throws Exception {
    for (String t : RelevanceScoringPipeline.TABLES.keySet()) {
      assertThat(result.outputDir().resolve(t)).isDirectory();
    }
    assertThat(spark.read().parquet(result.outputDir().resolve("competencies").toString()).count())
        .isEqualTo(5);
    String first = Files.readString(result.outputDir().resolve("relevance.json"));
    RelevanceScoringPipeline.run(spark, RelevanceRequest.of(warehouse, "demo"));
    assertThat(Files.readString(result.outputDir().resolve("relevance.json"))).isEqualTo(first);
    assertThat(warehouse.resolve("relevance/.demo.tmp")).doesNotExist();
  }

  @Test
  void scoresAnotherRegionWithItsOwnTotals() {
    RelevanceResult on =
        RelevanceScoringPipeline.run(
            spark,
            new RelevanceRequest(
                warehouse, "demo", "ON", "2025-02", null, "en", RelevanceConfig.defaults()));
    assertThat(on.totalPostings()).isEqualTo(100);
    assertThat(on.region()).isEqualTo("ON");
    RelevanceScoringPipeline.run(spark, RelevanceRequest.of(warehouse, "demo"));
  }

  @Test
  void rejectsAnUnknownSubmissionWithAClearMessage() {
    assertThatThrownBy(
            () -> RelevanceScoringPipeline.run(spark, RelevanceRequest.of(warehouse, "nope")))
        .isInstanceOf(RelevanceDataException.class)
        .hasMessageContaining("no submission 'nope'");
  }

  @Test
  void rejectsARegionOrPeriodWithoutData() {
    assertThatThrownBy(
            () ->
                RelevanceScoringPipeline.run(
                    spark,
                    new RelevanceRequest(
                        warehouse, "demo", "QC", null, null, "en", RelevanceConfig.defaults())))
        .isInstanceOf(RelevanceDataException.class)
        .hasMessage(
            "Cannot score relevance: no demand data for region 'QC'"
                + " (regions with data: ALL, ON)");
    assertThatThrownBy(
            () ->
                RelevanceScoringPipeline.run(
                    spark,
                    new RelevanceRequest(
                        warehouse,
                        "demo",
                        "ALL",
                        "2019-01",
                        null,
                        "en",
                        RelevanceConfig.defaults())))
        .isInstanceOf(RelevanceDataException.class)
        .hasMessageContaining("no demand data for period '2019-01'")
        .hasMessageContaining("2025-01, 2025-02");
  }

  @Test
  void keepsPathTraversalInTheSubmissionIdInsideTheWarehouse() {
    RelevanceRequest r = RelevanceRequest.of(warehouse, "../../etc");
    assertThat(r.outputDir().getParent())
        .isEqualTo(warehouse.resolve("relevance").toAbsolutePath());
    assertThatThrownBy(() -> RelevanceScoringPipeline.run(spark, r))
        .isInstanceOf(RelevanceDataException.class);
  }

  private static JsonNode competency(String credential, String outcome, String skill) {
    for (JsonNode c : json.get("competencies")) {
      if (c.get("credential_code").asText().equals(credential)
          && c.get("outcome_id").asText().equals(outcome)
          && c.get("skill_uri").asText().equals(RelevanceFixtures.E + skill)) {
        return c;
      }
    }
    throw new AssertionError("no competency " + credential + "/" + outcome + "/" + skill);
  }

  private static JsonNode find(String table, String k1, String v1, String k2, String v2) {
    for (JsonNode c : json.get(table)) {
      if (c.get(k1).asText().equals(v1) && (k2 == null || c.get(k2).asText().equals(v2))) {
        return c;
      }
    }
    throw new AssertionError("no row " + v1 + "/" + v2 + " in " + table);
  }

  private static List<String> labels(String table, String field) {
    List<String> out = new ArrayList<>();
    json.get(table).forEach(n -> out.add(n.get(field).asText()));
    return out;
  }
}
