package org.microcert.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.config.NightlySettings;
import org.microcert.jobs.postings.PostingsExtractJobConfiguration;
import org.microcert.jobs.postings.PostingsExtractParameters;
import org.microcert.jobs.review.ReviewFixtures;
import org.microcert.taxonomy.match.SentenceSkills;

/** The nightly extractSkills stage: what it runs, with and without the sentence skills setting. */
class ExtractStageTest {

  @TempDir Path wh;

  private NightlyState state;

  @BeforeEach
  void aWarehouseWithAReleaseAndIngestedPostings() throws Exception {
    ReviewFixtures.importRelease(wh, ReviewFixtures.samples().resolve("esco"), "v1.1.1");
    state = NightlyState.load(wh);
    state.put("postings.source:shared", "postings of the first night");
  }

  private Stage.Plan plan(SentenceSkills.Rules rules) {
    NightlySettings d = NightlySettings.defaults();
    MicrocertSettings s =
        MicrocertSettings.defaults()
            .withWarehouse(wh)
            .withNightly(
                new NightlySettings(
                    d.escoInbox(),
                    d.postingsInbox(),
                    d.submissionsInbox(),
                    d.reports(),
                    d.lexicalOnly(),
                    rules,
                    d.cron()));
    return new NightlyStages(s, LocalDate.parse("2026-12-04"))
        .all().stream()
            .filter(x -> x.name().equals("extractSkills"))
            .findFirst()
            .orElseThrow()
            .plan(state);
  }

  @Test
  void theSettingReachesTheExtractionJobAndChangingItExtractsAgain() {
    Stage.Work off = plan(SentenceSkills.Rules.OFF).work().get(0);
    assertThat(off.jobName()).isEqualTo(PostingsExtractJobConfiguration.JOB_NAME);
    assertThat(off.label()).isEqualTo("extract skills");
    // Off: the job's parameters and key are those of nights before the setting existed.
    assertThat(off.parameters().getString("sentenceSkills")).isNull();
    assertThat(PostingsExtractParameters.from(off.parameters()).sentenceSkills())
        .isEqualTo(SentenceSkills.Rules.OFF);

    Stage.Work dense = plan(SentenceSkills.Rules.DENSE).work().get(0);
    assertThat(dense.label()).isEqualTo("extract skills (with the dense sentence skills)");
    assertThat(PostingsExtractParameters.from(dense.parameters()).sentenceSkills())
        .isEqualTo(SentenceSkills.Rules.DENSE);
    Stage.Work lexical = plan(SentenceSkills.Rules.LEXICAL).work().get(0);
    assertThat(PostingsExtractParameters.from(lexical.parameters()).sentenceSkills())
        .isEqualTo(SentenceSkills.Rules.LEXICAL);
    assertThat(Set.of(off.stateValue(), dense.stateValue(), lexical.stateValue())).hasSize(3);

    // Extracted with the trie alone: nothing to do again until the setting changes.
    state.put(off.stateKey(), off.stateValue());
    assertThat(plan(SentenceSkills.Rules.OFF).work()).isEmpty();
    assertThat(plan(SentenceSkills.Rules.OFF).skipReason())
        .isEqualTo("no new postings and no new ESCO release since the last extraction");
    assertThat(plan(SentenceSkills.Rules.DENSE).work()).hasSize(1);
    state.put(dense.stateKey(), dense.stateValue());
    assertThat(plan(SentenceSkills.Rules.DENSE).work()).isEmpty();
    assertThat(plan(SentenceSkills.Rules.OFF).work()).hasSize(1);
  }
}
