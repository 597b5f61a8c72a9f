package org.microcert.jobs.review;

import org.microcert.jobs.run.Progress;
import org.microcert.jobs.run.Steps;
import org.microcert.taxonomy.io.Reject;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** The {@code importReview} step: {@link ReviewImport} of one file, with its counts. */
public final class ReviewImportTasklet implements Tasklet {

  private final Progress progress;

  public ReviewImportTasklet(Progress progress) {
    this.progress = progress;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
    ReviewImport.Result r = importFile(ReviewImportParameters.from(Steps.jobParameters(chunk)));
    contribution.incrementWriteCount(r.added().size());
    return RepeatStatus.FINISHED;
  }

  /** Imports the file and reports what happened. */
  public ReviewImport.Result importFile(ReviewImportParameters p) {
    ReviewImport.Result r =
        new ReviewImport(p.warehouse(), p.today(), p.citeCurrentReport()).run(p.input());
    r.cited().forEach((s, h) -> progress.info("submission " + s + ": cited report " + h));
    progress.info(
        "review import "
            + p.input().getFileName()
            + ": "
            + r.rows()
            + " rows, "
            + r.added().size()
            + " added, "
            + r.alreadyRecorded()
            + " already recorded, "
            + r.rejects().size()
            + " rejected"
            + (r.rejectsFile() == null ? "" : " -> " + r.rejectsFile()));
    for (Reject j : r.rejects().stream().limit(10).toList()) {
      progress.info("  rejected " + j);
    }
    return r;
  }
}
