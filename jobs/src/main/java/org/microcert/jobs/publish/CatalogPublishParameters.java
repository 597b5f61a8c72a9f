package org.microcert.jobs.publish;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.microcert.jobs.run.ParameterText;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The {@code catalogPublishJob}'s parameters, all identifying. The signing key is a path, never key
 * material (job parameters are stored in the job repository).
 *
 * @param warehouse the warehouse
 * @param version the version to publish, or {@code null} for the SemVer bump of the diff
 * @param asOf the catalog date, or {@code null} for the latest decision or endorsement date
 * @param signingKey the PKCS#8 PEM private key file, or {@code null} with {@code throwaway}
 * @param throwaway sign with a key generated for this run
 */
public record CatalogPublishParameters(
    Path warehouse, String version, LocalDate asOf, Path signingKey, boolean throwaway) {

  public CatalogPublishParameters {
    Objects.requireNonNull(warehouse, "warehouse");
    version = ParameterText.emptyToNull(version);
    if (signingKey == null && !throwaway) {
      throw new IllegalArgumentException("a signing key or throwaway");
    }
  }

  /** The job parameters (absent values as empty strings). */
  public JobParameters toJobParameters() {
    return new JobParametersBuilder()
        .addString("warehouse", warehouse.toString())
        .addString("version", ParameterText.nullToEmpty(version))
        .addString("as_of", asOf == null ? "" : asOf.toString())
        .addString("signing_key", signingKey == null ? "" : signingKey.toString())
        .addString("throwaway", Boolean.toString(throwaway))
        .toJobParameters();
  }

  /** The parameters {@link #toJobParameters()} wrote. */
  public static CatalogPublishParameters from(JobParameters p) {
    String asOf = p.getString("as_of", "");
    String key = p.getString("signing_key", "");
    return new CatalogPublishParameters(
        Path.of(p.getString("warehouse")),
        p.getString("version", ""),
        asOf.isEmpty() ? null : LocalDate.parse(asOf),
        key.isEmpty() ? null : Path.of(key),
        Boolean.parseBoolean(p.getString("throwaway")));
  }
}
