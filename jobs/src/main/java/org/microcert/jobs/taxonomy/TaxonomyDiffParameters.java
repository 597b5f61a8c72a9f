package org.microcert.jobs.taxonomy;

import java.nio.file.Path;
import java.util.Objects;
import org.microcert.taxonomy.io.WarehouseLayout;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The {@code taxonomyDiffJob}'s parameters, all identifying.
 *
 * @param from the older ESCO version
 * @param to the newer ESCO version
 * @param lang the language of both releases
 * @param warehouse the warehouse (absolute)
 */
public record TaxonomyDiffParameters(String from, String to, String lang, Path warehouse) {

  public TaxonomyDiffParameters {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(warehouse, "warehouse");
  }

  /** The job parameters. */
  public JobParameters toJobParameters() {
    return new JobParametersBuilder()
        .addString("from", from)
        .addString("to", to)
        .addString("lang", lang)
        .addString("warehouse", warehouse.toString())
        .toJobParameters();
  }

  /** The parameters {@link #toJobParameters()} wrote. */
  public static TaxonomyDiffParameters from(JobParameters p) {
    return new TaxonomyDiffParameters(
        p.getString("from"),
        p.getString("to"),
        p.getString("lang"),
        Path.of(p.getString("warehouse")));
  }

  /** The diff's output folder: {@code taxonomy/diff/<from>__<to>/<lang>/} of {@code warehouse}. */
  public Path outputDir(Path warehouse) {
    return new WarehouseLayout(warehouse).taxonomyDiff(from, to, lang);
  }
}
