package org.microcert.taxonomy.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.taxonomy.align.AlignBenchmark;
import org.microcert.taxonomy.analysis.CompetencyAnalyzer;
import org.microcert.taxonomy.analysis.TextAnalysis;
import org.microcert.taxonomy.esco.EscoCsvLoader;
import org.microcert.taxonomy.index.CompetencyIndex;
import org.microcert.taxonomy.index.CompetencyIndexWriter;

/**
 * Label coverage over term ids gives exactly the doubles of the label-by-label string lookups
 * ({@link WeightedTerms#share}) it replaced, on the shipped ESCO sample and the sample submission's
 * outcome texts.
 */
class ConceptTermsTest {

  @TempDir Path tmp;

  @Test
  void coverageOverTermIdsEqualsTheShareOfEachLabelsTerms() throws Exception {
    Path samples = Path.of(System.getProperty("microcert.samples", "../data-samples"));
    assumeTrue(Files.isDirectory(samples.resolve("esco")), "samples not found at " + samples);
    CompetencyIndexWriter.write(
        new EscoCsvLoader().load(samples.resolve("esco"), "v1.1.1", "en").taxonomy(),
        tmp.resolve("index"));
    List<String> texts =
        AlignBenchmark.readOutcomeTexts(
            List.of(samples.resolve("submissions/sample-submission.csv")));
    assertThat(texts).hasSizeGreaterThan(20);
    Analyzer analyzer = new CompetencyAnalyzer();
    try (CompetencyIndex index = CompetencyIndex.open(tmp.resolve("index"))) {
      ConceptTerms terms = new ConceptTerms(index, analyzer, new TermWeights(index.reader()));
      int covered = 0;
      for (String text : texts) {
        Set<String> textTerms = new HashSet<>(TextAnalysis.terms(analyzer, text));
        ConceptTerms.TextTerms ids = terms.textTerms(textTerms);
        for (int doc = 0; doc < index.concepts().size(); doc++) {
          double expected = 0;
          for (WeightedTerms label : terms.labels(doc)) {
            expected = Math.max(expected, label.share(textTerms));
          }
          double actual = terms.coverage(doc, ids);
          assertThat(actual).as("doc %d, text %s", doc, text).isEqualTo(expected);
          if (actual > 0) {
            covered++;
          }
        }
      }
      assertThat(covered).isGreaterThan(100);
    }
  }
}
