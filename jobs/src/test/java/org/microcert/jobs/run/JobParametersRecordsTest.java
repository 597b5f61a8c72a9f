package org.microcert.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.microcert.jobs.align.AlignParameters;
import org.microcert.jobs.postings.DemandParameters;
import org.microcert.jobs.postings.PostingsExtractParameters;
import org.microcert.jobs.postings.PostingsIngestParameters;
import org.microcert.jobs.publish.CatalogDraftParameters;
import org.microcert.jobs.publish.CatalogPublishParameters;
import org.microcert.jobs.relevance.RelevanceParameters;
import org.microcert.jobs.report.ReportParameters;
import org.microcert.jobs.review.ReviewImportParameters;
import org.microcert.jobs.taxonomy.TaxonomyDiffParameters;
import org.microcert.jobs.taxonomy.TaxonomyImportParameters;
import org.microcert.pipelines.demand.DemandPipeline.Granularity;
import org.microcert.taxonomy.match.SentenceSkills;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Every job's parameters record reads back what it wrote, with every parameter identifying (so that
 * running a failed command again restarts the same job instance), absent values included.
 */
class JobParametersRecordsTest {

  static final Path WH = Path.of("/w/warehouse");

  @Test
  void taxonomyImport() {
    var full = new TaxonomyImportParameters(Path.of("/wh/taxonomy/esco/v1/en"), "v1.2.0", "fr", WH);
    var detected = new TaxonomyImportParameters(Path.of("/wh/taxonomy/esco/v1/en"), null, " ", WH);
    assertRoundTrip(
        full, TaxonomyImportParameters.from(full.toJobParameters()), full.toJobParameters());
    assertRoundTrip(
        detected,
        TaxonomyImportParameters.from(detected.toJobParameters()),
        detected.toJobParameters());
    assertThat(detected.lang()).isNull();
  }

  @Test
  void taxonomyDiff() {
    var p = new TaxonomyDiffParameters("v1.1.0", "v1.1.1", "en", WH);
    assertRoundTrip(p, TaxonomyDiffParameters.from(p.toJobParameters()), p.toJobParameters());
    assertThat(p.outputDir(WH)).isEqualTo(WH.resolve("taxonomy/diff/v1.1.0__v1.1.1/en"));
  }

  @Test
  void postingsIngestKeepsItsInputsInNameOrder() {
    var p =
        new PostingsIngestParameters(
            List.of(Path.of("/in/b.jsonl"), Path.of("/in/a.csv")),
            null,
            "shared",
            Path.of("/conf"),
            WH);
    var q =
        new PostingsIngestParameters(
            List.of(Path.of("/in/a.csv"), Path.of("/in/b.jsonl")),
            "",
            "shared",
            Path.of("/conf"),
            WH);
    assertRoundTrip(p, PostingsIngestParameters.from(p.toJobParameters()), p.toJobParameters());
    assertThat(values(q.toJobParameters())).isEqualTo(values(p.toJobParameters()));
    assertThat(p.toJobParameters().getString("inputs")).isEqualTo("/in/a.csv\n/in/b.jsonl");
  }

  @Test
  void postingsExtractAndDemand() {
    var e = new PostingsExtractParameters(Path.of("/wh/taxonomy/esco/v1/en"), WH);
    assertRoundTrip(e, PostingsExtractParameters.from(e.toJobParameters()), e.toJobParameters());
    var s =
        new PostingsExtractParameters(
            Path.of("/wh/taxonomy/esco/v1/en"), WH, "lexical", SentenceSkills.Rules.LEXICAL);
    assertRoundTrip(s, PostingsExtractParameters.from(s.toJobParameters()), s.toJobParameters());
    assertThat(values(s.toJobParameters())).isNotEqualTo(values(e.toJobParameters()));
    assertThat(PostingsExtractParameters.from(e.toJobParameters()).sentenceSkills())
        .isEqualTo(SentenceSkills.Rules.OFF);
    // the values written before the dense rule existed keep their meaning (and job identity)
    assertThat(e.toJobParameters().getString("sentenceSkills")).isEqualTo("false");
    assertThat(s.toJobParameters().getString("sentenceSkills")).isEqualTo("true");
    var f =
        new PostingsExtractParameters(
            Path.of("/wh/taxonomy/esco/v1/en"), WH, "lexical", SentenceSkills.Rules.DENSE);
    assertRoundTrip(f, PostingsExtractParameters.from(f.toJobParameters()), f.toJobParameters());
    assertThat(values(f.toJobParameters())).isNotEqualTo(values(s.toJobParameters()));
    var d = new DemandParameters(Granularity.QUARTER, Path.of("/wh/taxonomy/esco/v1/en"), WH);
    assertRoundTrip(d, DemandParameters.from(d.toJobParameters()), d.toJobParameters());
    assertThat(d.toJobParameters().getString("period")).isEqualTo("quarter");
  }

  @Test
  void align() {
    var p = new AlignParameters(Path.of("/s.csv"), Path.of("/out"), "s", 7, null, true);
    var q = new AlignParameters(Path.of("/s.csv"), Path.of("/out"), "s", 7, "v1.1.1/en", false);
    assertRoundTrip(p, AlignParameters.from(p.toJobParameters()), p.toJobParameters());
    assertRoundTrip(q, AlignParameters.from(q.toJobParameters()), q.toJobParameters());
    assertThat(values(p.toJobParameters())).isNotEqualTo(values(q.toJobParameters()));
  }

  @Test
  void relevance() {
    var p = new RelevanceParameters(WH, "s", "ALL", null, null, "en", null);
    var q = new RelevanceParameters(WH, "s", "ON", "2025-Q3", "v1.1.1", "en", Path.of("/r.yaml"));
    assertRoundTrip(p, RelevanceParameters.from(p.toJobParameters()), p.toJobParameters());
    assertRoundTrip(q, RelevanceParameters.from(q.toJobParameters()), q.toJobParameters());
  }

  @Test
  void report() {
    var all = new ReportParameters(WH, null, Path.of("/out"), LocalDate.of(2026, 1, 15));
    var one = new ReportParameters(WH, "demo", Path.of("/out"), LocalDate.of(2026, 1, 15));
    assertRoundTrip(all, ReportParameters.from(all.toJobParameters()), all.toJobParameters());
    assertRoundTrip(one, ReportParameters.from(one.toJobParameters()), one.toJobParameters());
  }

  @Test
  void reviewImport() {
    var p = new ReviewImportParameters(WH, Path.of("/in/d.csv"), true, LocalDate.of(2026, 6, 1));
    var q = new ReviewImportParameters(WH, Path.of("/in/e.json"), false, LocalDate.of(2026, 6, 1));
    assertRoundTrip(p, ReviewImportParameters.from(p.toJobParameters()), p.toJobParameters());
    assertRoundTrip(q, ReviewImportParameters.from(q.toJobParameters()), q.toJobParameters());
  }

  @Test
  void catalogPublish() {
    var p = new CatalogPublishParameters(WH, null, null, null, true);
    var q =
        new CatalogPublishParameters(
            WH, "2.0.0", LocalDate.of(2026, 2, 1), Path.of("/keys/catalog-key.pem"), false);
    assertRoundTrip(p, CatalogPublishParameters.from(p.toJobParameters()), p.toJobParameters());
    assertRoundTrip(q, CatalogPublishParameters.from(q.toJobParameters()), q.toJobParameters());
  }

  @Test
  void catalogDraft() {
    var p = new CatalogDraftParameters(WH);
    assertRoundTrip(p, CatalogDraftParameters.from(p.toJobParameters()), p.toJobParameters());
  }

  private static void assertRoundTrip(Object written, Object read, JobParameters job) {
    assertThat(read).isEqualTo(written);
    assertThat(job.parameters()).isNotEmpty().allMatch(JobParameter::identifying);
    assertThat(job.getIdentifyingParameters()).isEqualTo(job.parameters());
  }

  /**
   * Names and values (a {@link JobParameter} equals another of the same name, whatever its value).
   */
  private static Map<String, Object> values(JobParameters job) {
    return job.parameters().stream()
        .collect(Collectors.toMap(JobParameter::name, JobParameter::value));
  }
}
