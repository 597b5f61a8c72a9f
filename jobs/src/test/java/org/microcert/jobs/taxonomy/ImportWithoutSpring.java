package org.microcert.jobs.taxonomy;

import java.io.IOException;
import java.nio.file.Path;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.Progress;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;

/**
 * Runs the import job's four tasklets in order on one step execution, with no Spring context and no
 * job repository: what the job does, minus Spring Batch's bookkeeping.
 */
public final class ImportWithoutSpring {

  private ImportWithoutSpring() {}

  /** Imports {@code esco} into {@code warehouse}; returns the step execution the steps shared. */
  public static StepExecution run(Path esco, Path warehouse, Progress progress) throws IOException {
    MicrocertSettings settings = MicrocertSettings.defaults().withWarehouse(warehouse);
    TaxonomyImportSteps steps =
        new TaxonomyImportSteps(new TaxonomyWarehouse(warehouse), settings, progress);
    var params =
        new TaxonomyImportParameters(
            esco.toAbsolutePath().normalize(), null, null, warehouse.toAbsolutePath().normalize());
    StepExecution execution = MetaDataInstanceFactory.createStepExecution(params.toJobParameters());
    ChunkContext chunk = new ChunkContext(new StepContext(execution));
    StepContribution contribution = new StepContribution(execution);
    steps.load(contribution, chunk);
    steps.writeTables(contribution, chunk);
    steps.buildIndex(contribution, chunk);
    steps.publish(contribution, chunk);
    execution.apply(contribution);
    return execution;
  }
}
