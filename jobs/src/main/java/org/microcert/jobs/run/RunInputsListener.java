package org.microcert.jobs.run;

import java.util.Map;
import java.util.TreeMap;
import org.microcert.jobs.config.MicrocertSettings;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Records a run's inputs ({@link RunInputs}) when it starts: in {@code <warehouse>/runs/<id>.json}
 * and in the job execution's context ({@code microcert.inputs.*}).
 */
public final class RunInputsListener implements JobExecutionListener {

  private final MicrocertSettings settings;

  public RunInputsListener(MicrocertSettings settings) {
    this.settings = settings;
  }

  @Override
  public void beforeJob(JobExecution execution) {
    Map<String, String> params = new TreeMap<>();
    execution
        .getJobParameters()
        .parameters()
        .forEach(p -> params.put(p.name(), String.valueOf(p.value())));
    RunInputs inputs = RunInputs.of(params, settings);
    ExecutionContext c = execution.getExecutionContext();
    inputs.files().forEach((k, v) -> c.putString("microcert.inputs.sha256." + k, v));
    c.putString("microcert.inputs.escoRelease", inputs.escoRelease());
    c.putString("microcert.inputs.configurationSha256", inputs.configurationSha256());
    inputs.write(settings.warehouse(), execution.getId());
  }
}
