package org.microcert.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.run.ChildCli;

/**
 * {@code bench nightly} run small on the samples' ESCO release and the shared real postings and
 * outcomes: two nights, every step timed, and the second night (after the new release) re-extracts
 * the postings and re-aligns every outcome.
 */
class NightlyBenchIT {

  static final Path SAMPLES =
      Path.of(System.getProperty("microcert.samples")).toAbsolutePath().normalize();
  static final Path SHARED =
      Path.of(System.getProperty("microcert.shared")).toAbsolutePath().normalize();
  static final List<String> STEPS =
      List.of(
          "importTaxonomy",
          "ingestPostings",
          "extractSkills",
          "measureDemand",
          "alignSubmissions",
          "scoreRelevance",
          "writeReports",
          "draftCatalog");

  @TempDir Path tmp;

  @Test
  void twoNightsReAlignEveryOutcomeAfterTheNewRelease() throws Exception {
    int code;
    String output;
    try (ChildCli cli =
        ChildCli.start(
            tmp,
            "--warehouse",
            tmp.resolve("wh").toString(),
            "bench",
            "nightly",
            "--postings",
            "120",
            "--outcomes",
            "60",
            "--submissions",
            "2",
            "--lexical-only",
            "--esco",
            SAMPLES.resolve("esco").toString(),
            "--input",
            SHARED.resolve("data/postings/postings_all.jsonl.gz").toString(),
            "--source",
            SHARED.resolve("data/outcomes/uni_glasgow_deakin_course_ilos.csv").toString())) {
      // two nights of Spark jobs: minutes on a loaded 2-core machine
      code = cli.waitFor(30);
      output = cli.output();
    }
    assertThat(code).as(output).isZero();
    List<String> lines = output.lines().toList();
    JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
    assertThat(json.path("postings").asInt()).isEqualTo(120);
    assertThat(json.path("outcomes").asInt()).isEqualTo(60);
    assertThat(json.path("submissions").asInt()).isEqualTo(2);
    assertThat(json.path("esco").asText()).isEqualTo("v1.1.1 -> v1.1.2");
    assertThat(json.path("lexical_only").asBoolean()).isTrue();
    assertThat(json.path("sentence_skills").asText()).isEqualTo("off");
    JsonNode nights = json.path("nights");
    assertThat(nights.size()).isEqualTo(2);
    double sum = 0;
    for (JsonNode n : nights) {
      List<String> names = new ArrayList<>();
      n.path("steps").fieldNames().forEachRemaining(names::add);
      assertThat(names).isEqualTo(STEPS);
      assertThat(n.path("seconds").asDouble()).isPositive();
      sum += n.path("seconds").asDouble();
    }
    assertThat(json.path("total").asDouble()).isCloseTo(sum, offset(0.2));
    // night 2: the new release is imported, no new postings, every outcome aligned again
    assertThat(output)
        .containsPattern("night 2026-01-02  importTaxonomy .* 1 run\\(s\\)")
        .containsPattern("night 2026-01-02  ingestPostings .* no new postings file")
        .containsPattern("night 2026-01-02  extractSkills .* 1 run\\(s\\)")
        .containsPattern(
            "night 2026-01-02  alignSubmissions .* 2 run\\(s\\), 0 rejected; read 2, written 60,");
  }
}
