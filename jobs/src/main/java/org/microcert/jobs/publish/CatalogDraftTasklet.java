package org.microcert.jobs.publish;

import java.io.IOException;
import org.microcert.jobs.run.Progress;
import org.microcert.jobs.run.Steps;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** The {@code draftCatalog} step: {@link CatalogDrafter}, then what a publish would change. */
public final class CatalogDraftTasklet implements Tasklet {

  private final Progress progress;

  public CatalogDraftTasklet(Progress progress) {
    this.progress = progress;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunk)
      throws IOException {
    CatalogDrafter.Result r = draft(CatalogDraftParameters.from(Steps.jobParameters(chunk)));
    contribution.incrementWriteCount(r.competencies());
    return RepeatStatus.FINISHED;
  }

  /** Writes the draft and says what {@code catalog publish} would change. */
  CatalogDrafter.Result draft(CatalogDraftParameters p) throws IOException {
    progress.phase("drafting the catalog (unsigned)");
    CatalogDrafter.Result r =
        new CatalogDrafter(p.warehouse(), EscoUpgrade.of(p.warehouse())).draft();
    CatalogChanges c = r.changes();
    String publish;
    if (r.previous() == null) {
      publish = "'catalog publish' would publish the first version, " + r.version();
    } else if (!r.wouldPublish()) {
      publish = "'catalog publish' would change nothing (same as " + r.previous() + ")";
    } else {
      publish =
          "'catalog publish' would publish "
              + r.version()
              + " ("
              + c.bump()
              + " after "
              + r.previous()
              + "): "
              + c.added().size()
              + " added, "
              + c.removed().size()
              + " removed, "
              + c.changed().size()
              + " changed";
    }
    progress.info(
        "catalog draft: "
            + r.competencies()
            + " approved competencies, "
            + r.needsReview()
            + " approvals need review -> "
            + r.dir());
    progress.info(publish);
    return r;
  }
}
