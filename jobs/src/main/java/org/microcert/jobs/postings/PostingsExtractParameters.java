package org.microcert.jobs.postings;

import java.nio.file.Path;
import java.util.Objects;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The {@code postingsExtractJob}'s parameters, all identifying.
 *
 * @param release the imported ESCO release ({@code <warehouse>/taxonomy/esco/<version>/<lang>})
 *     whose labels are searched for
 * @param warehouse the warehouse
 * @param titleCoder how titles are coded: dense, lexical or overlap ({@link TitleCoderOption})
 * @param sentenceSkills whether the matcher's sentence skills are added ({@link
 *     SentenceSkillsSetup})
 */
public record PostingsExtractParameters(
    Path release, Path warehouse, String titleCoder, boolean sentenceSkills) {

  public PostingsExtractParameters {
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(warehouse, "warehouse");
    Objects.requireNonNull(titleCoder, "titleCoder");
  }

  /** Parameters with the default title coder ({@code dense}). */
  public PostingsExtractParameters(Path release, Path warehouse) {
    this(release, warehouse, "dense", false);
  }

  /** The job parameters. */
  public JobParameters toJobParameters() {
    return new JobParametersBuilder()
        .addString("release", release.toString())
        .addString("warehouse", warehouse.toString())
        .addString("titleCoder", titleCoder)
        .addString("sentenceSkills", Boolean.toString(sentenceSkills))
        .toJobParameters();
  }

  /** The parameters {@link #toJobParameters()} wrote. */
  public static PostingsExtractParameters from(JobParameters p) {
    String coder = p.getString("titleCoder");
    return new PostingsExtractParameters(
        Path.of(p.getString("release")),
        Path.of(p.getString("warehouse")),
        coder == null ? "dense" : coder,
        "true".equals(p.getString("sentenceSkills")));
  }
}
