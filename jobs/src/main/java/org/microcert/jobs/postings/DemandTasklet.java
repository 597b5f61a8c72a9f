package org.microcert.jobs.postings;

import java.util.Locale;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.Progress;
import org.microcert.jobs.run.Steps;
import org.microcert.pipelines.demand.DemandPipeline;
import org.microcert.pipelines.spark.SparkSessions;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** The {@code computeDemand} step: {@link DemandPipeline#run} per period. */
public final class DemandTasklet implements Tasklet {

  private final MicrocertSettings settings;
  private final Progress progress;

  public DemandTasklet(MicrocertSettings settings, Progress progress) {
    this.settings = settings;
    this.progress = progress;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
    demand(DemandParameters.from(Steps.jobParameters(chunk)));
    return RepeatStatus.FINISHED;
  }

  /** Computes the demand tables. */
  public DemandPipeline.Counts demand(DemandParameters p) {
    progress.phase("loading ESCO relations");
    var esco = PostingsInputs.loadRelease(p.release());
    var spark =
        SparkSessions.getOrCreate("microcert-demand", settings.sparkMaster(), settings.sparkConf());
    progress.phase("computing demand per " + p.period().name().toLowerCase(Locale.ROOT));
    DemandPipeline.Counts c =
        DemandPipeline.run(
            spark,
            settings.warehouse(),
            p.period(),
            DemandPipeline.essentialRelations(spark, esco));
    progress.info(
        String.format(
            Locale.ROOT,
            "demand: %,d skill rows, %,d occupation rows, %,d essential-skill rows",
            c.skillRows(),
            c.occupationRows(),
            c.essentialRows()));
    return c;
  }
}
