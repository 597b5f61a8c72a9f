package org.microcert.jobs.run;

import java.util.Map;
import java.util.TreeMap;
import org.microcert.jobs.config.MicrocertSettings;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Records a run's inputs ({@link RunInputs}) when it starts: in {@code <warehouse>/runs/<id>.json}
 * and in the job execution's context ({@code microcert.inputs.*}). When it ends, the ESCO release a
 * job declared ({@link EscoReleaseUsed#declare}, e.g. the release {@code taxonomy import} imported)
 * replaces the one resolved at the start.
 */
public final class RunInputsListener implements JobExecutionListener {

  private final MicrocertSettings settings;
  private RunInputs inputs;

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
    inputs = RunInputs.of(params, settings);
    ExecutionContext c = execution.getExecutionContext();
    inputs.files().forEach((k, v) -> c.putString("microcert.inputs.sha256." + k, v));
    putRelease(c, inputs.escoRelease());
    c.putString("microcert.inputs.configurationSha256", inputs.configurationSha256());
    inputs.write(settings.warehouse(), execution.getId());
  }

  @Override
  public void afterJob(JobExecution execution) {
    ExecutionContext c = execution.getExecutionContext();
    EscoReleaseUsed declared = EscoReleaseUsed.declared(c, settings.warehouse()).orElse(null);
    if (inputs == null || declared == null || declared.equals(inputs.escoRelease())) {
      return;
    }
    inputs = inputs.withEscoRelease(declared);
    putRelease(c, declared);
    inputs.write(settings.warehouse(), execution.getId());
  }

  private static void putRelease(ExecutionContext c, EscoReleaseUsed r) {
    c.putString("microcert.inputs.escoRelease", r == null ? "" : r.version() + "/" + r.lang());
    c.putString("microcert.inputs.escoManifestSha256", r == null ? "" : r.manifestSha256());
  }
}
