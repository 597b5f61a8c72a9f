package org.microcert.jobs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.run.ChildCli;

/**
 * {@code demo} end to end on the shipped samples, in a child JVM as a user runs it: it exits 0, its
 * report scores at least ten competencies with real evidence (the demo promise), and it
 * publishes and verifies a catalog.
 */
class DemoIT {

  static final Path SAMPLES = Path.of(System.getProperty("microcert.samples", "../data-samples"));

  private static final Pattern RELEVANCE =
      Pattern.compile(
          "relevance ALL (\\S+): ([\\d,]+) postings; ([\\d,]+) aligned competencies \\(([\\d,]+)"
              + " insufficient evidence\\)");

  @TempDir Path tmp;

  @Test
  void theShippedSamplesScoreAtLeastTenCompetenciesWithRealEvidence() throws Exception {
    Path warehouse = tmp.resolve("warehouse");
    String output;
    try (ChildCli c =
        ChildCli.start(
            tmp,
            "demo",
            "--samples",
            SAMPLES.toAbsolutePath().toString(),
            "--warehouse",
            warehouse.toString())) {
      int code = c.waitFor();
      output = c.output();
      assertThat(code).as(output).isZero();
    }
    Matcher m = RELEVANCE.matcher(output);
    assertThat(m.find()).as(output).isTrue();
    int postings = number(m.group(2));
    int competencies = number(m.group(3));
    int insufficient = number(m.group(4));
    assertThat(postings).as(m.group()).isGreaterThanOrEqualTo(5);
    assertThat(competencies - insufficient).as(m.group()).isGreaterThanOrEqualTo(10);
    assertThat(output).contains("demo finished");
    assertThat(warehouse.resolve("reports/index.html")).isRegularFile();
    assertThat(Files.readString(warehouse.resolve("catalog/latest")).strip()).isNotEmpty();
  }

  private static int number(String s) {
    return Integer.parseInt(s.replace(",", ""));
  }
}
