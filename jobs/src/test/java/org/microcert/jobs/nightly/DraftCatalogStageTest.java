package org.microcert.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.publish.CatalogDraftJobConfiguration;
import org.microcert.jobs.review.ReviewFixtures;
import org.microcert.jobs.review.ReviewImport;

/** When the nightly draftCatalog stage drafts, and why it skips. */
class DraftCatalogStageTest {

  static final LocalDate NIGHT = LocalDate.parse("2026-12-02");

  @TempDir Path wh;

  private Stage draftStage() {
    MicrocertSettings s = MicrocertSettings.defaults().withWarehouse(wh);
    return new NightlyStages(s, NIGHT)
        .all().stream().filter(x -> x.name().equals("draftCatalog")).findFirst().orElseThrow();
  }

  @Test
  void draftsWhenTheReviewLogChangesAndSkipsOtherwise() throws Exception {
    NightlyState state = NightlyState.load(wh);
    Stage.Plan none = draftStage().plan(state);
    assertThat(none.work()).isEmpty();
    assertThat(none.skipReason()).startsWith("no review log yet (");

    ReviewFixtures.warehouse(wh);
    new ReviewImport(wh, LocalDate.parse("2026-06-01"), true)
        .run(ReviewFixtures.sample("sample-decisions.csv"));
    Stage.Plan first = draftStage().plan(state);
    assertThat(first.work())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.jobName()).isEqualTo(CatalogDraftJobConfiguration.JOB_NAME);
              assertThat(w.parameters().getString("warehouse")).isEqualTo(wh.toString());
              assertThat(w.stateKey()).isEqualTo("catalog.draft.input");
            });
    // Once drafted, the same inputs give nothing to do.
    state.put("catalog.draft.input", first.work().get(0).stateValue());
    Stage.Plan again = draftStage().plan(state);
    assertThat(again.work()).isEmpty();
    assertThat(again.skipReason())
        .isEqualTo("no new reports or review decisions since the last draft");

    // New decisions (the endorsements) or new reports: drafted again.
    new ReviewImport(wh, LocalDate.parse("2026-06-01"), true)
        .run(ReviewFixtures.sample("sample-endorsements.csv"));
    assertThat(draftStage().plan(state).work()).hasSize(1);
    state.put("catalog.draft.input", draftStage().plan(state).work().get(0).stateValue());
    assertThat(draftStage().plan(state).work()).isEmpty();
    state.put("reports.input", "new scores");
    assertThat(draftStage().plan(state).work()).hasSize(1);
    assertThat(Files.exists(wh.resolve("catalog"))).isFalse();
  }
}
