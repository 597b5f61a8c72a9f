package org.microcert.jobs.report;

import java.io.IOException;
import org.microcert.jobs.run.LeftoverCleaner;
import org.microcert.jobs.run.Progress;
import org.microcert.jobs.run.Steps;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** The {@code writeReports} step: {@link ReportGenerator#generate} for one or every submission. */
public final class ReportTasklet implements Tasklet {

  private final Progress progress;

  public ReportTasklet(Progress progress) {
    this.progress = progress;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunk)
      throws IOException {
    ReportResult r = write(ReportParameters.from(Steps.jobParameters(chunk)));
    contribution.incrementWriteCount(r.submissions().size());
    return RepeatStatus.FINISHED;
  }

  /** Writes the reports and the overview page. */
  public ReportResult write(ReportParameters p) throws IOException {
    progress.phase("writing reports");
    // Staging folders a killed run left beside the submissions' report folders.
    LeftoverCleaner.cleanChildren(p.output(), progress::info);
    ReportResult r = ReportGenerator.generate(p.warehouse(), p.submission(), p.output(), p.date());
    r.reportHashes().forEach((id, h) -> progress.info("report " + id + ": content hash " + h));
    progress.info("report: " + r.submissions().size() + " submission(s) -> " + r.index());
    return r;
  }
}
