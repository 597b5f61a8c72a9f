package org.microcert.jobs.taxonomy;

import java.nio.file.Path;
import java.util.Objects;
import org.microcert.jobs.run.ParameterText;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The {@code taxonomyImportJob}'s parameters, all identifying (a failed import of the same folder
 * restarts).
 *
 * @param esco ESCO CSV release folder (absolute)
 * @param version ESCO version, or {@code null} to detect it
 * @param lang language code, or {@code null} to take it from the file names
 * @param warehouse the warehouse (absolute)
 */
public record TaxonomyImportParameters(Path esco, String version, String lang, Path warehouse) {

  public TaxonomyImportParameters {
    Objects.requireNonNull(esco, "esco");
    Objects.requireNonNull(warehouse, "warehouse");
    version = blankToNull(version);
    lang = blankToNull(lang);
  }

  /** The job parameters (an absent version or language as an empty string). */
  public JobParameters toJobParameters() {
    return new JobParametersBuilder()
        .addString("esco", esco.toString())
        .addString("version", ParameterText.nullToEmpty(version))
        .addString("lang", ParameterText.nullToEmpty(lang))
        .addString("warehouse", warehouse.toString())
        .toJobParameters();
  }

  /** The parameters {@link #toJobParameters()} wrote. */
  public static TaxonomyImportParameters from(JobParameters p) {
    return new TaxonomyImportParameters(
        Path.of(p.getString("esco")),
        p.getString("version"),
        p.getString("lang"),
        Path.of(p.getString("warehouse")));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
