package org.microcert.jobs.relevance;

import java.nio.file.Path;
import java.util.Objects;
import org.microcert.jobs.run.ParameterText;
import org.microcert.pipelines.relevance.RelevanceConfig;
import org.microcert.pipelines.relevance.RelevanceConfigReader;
import org.microcert.pipelines.relevance.RelevanceRequest;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The {@code relevanceJob}'s parameters, all identifying.
 *
 * @param warehouse the warehouse
 * @param submission the submission id
 * @param region the region of the demand tables ({@code ALL} for all)
 * @param period YYYY-MM or YYYY-Qn, or {@code null} for the latest month with data
 * @param escoVersion the ESCO version, or {@code null} for the last imported
 * @param lang the taxonomy language
 * @param config relevance.yaml, or {@code null} for the built-in weights and thresholds
 */
public record RelevanceParameters(
    Path warehouse,
    String submission,
    String region,
    String period,
    String escoVersion,
    String lang,
    Path config) {

  public RelevanceParameters {
    Objects.requireNonNull(warehouse, "warehouse");
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(region, "region");
    period = ParameterText.emptyToNull(period);
    escoVersion = ParameterText.emptyToNull(escoVersion);
    Objects.requireNonNull(lang, "lang");
  }

  /** The job parameters (absent values as empty strings). */
  public JobParameters toJobParameters() {
    return new JobParametersBuilder()
        .addString("warehouse", warehouse.toString())
        .addString("submission", submission)
        .addString("region", region)
        .addString("period", ParameterText.nullToEmpty(period))
        .addString("escoVersion", ParameterText.nullToEmpty(escoVersion))
        .addString("lang", lang)
        .addString("config", config == null ? "" : config.toString())
        .toJobParameters();
  }

  /** The parameters {@link #toJobParameters()} wrote. */
  public static RelevanceParameters from(JobParameters p) {
    String config = p.getString("config", "");
    return new RelevanceParameters(
        Path.of(p.getString("warehouse")),
        p.getString("submission"),
        p.getString("region", "ALL"),
        p.getString("period", ""),
        p.getString("escoVersion", ""),
        p.getString("lang", "en"),
        config.isEmpty() ? null : Path.of(config));
  }

  /** The pipeline's request, with the configuration file read (or the defaults). */
  public RelevanceRequest request() {
    RelevanceConfig c =
        config == null ? RelevanceConfig.defaults() : RelevanceConfigReader.read(config);
    return new RelevanceRequest(warehouse, submission, region, period, escoVersion, lang, c);
  }
}
