package org.microcert.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.SimpleJob;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;

class StepsTest {

  @Test
  void oneStepJobHasTheGivenJobAndStepNamesAndRunsTheTasklet() throws Exception {
    ResourcelessJobRepository repo = new ResourcelessJobRepository();
    List<String> ran = new ArrayList<>();
    Job job =
        Steps.oneStepJob(
            "fooJob",
            "doFoo",
            (contribution, chunk) -> {
              ran.add(Steps.jobParameters(chunk).getString("input"));
              contribution.incrementWriteCount(3);
              return RepeatStatus.FINISHED;
            },
            repo,
            new ResourcelessTransactionManager());
    assertThat(job.getName()).isEqualTo("fooJob");
    assertThat(((SimpleJob) job).getStepNames()).containsExactly("doFoo");

    var params = new JobParametersBuilder().addString("input", "a.csv").toJobParameters();
    JobExecution e =
        repo.createJobExecution(
            repo.createJobInstance("fooJob", params), params, new ExecutionContext());
    job.execute(e);
    assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(ran).containsExactly("a.csv");
    assertThat(e.getStepExecutions())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.getStepName()).isEqualTo("doFoo");
              assertThat(s.getWriteCount()).isEqualTo(3);
            });
  }
}
