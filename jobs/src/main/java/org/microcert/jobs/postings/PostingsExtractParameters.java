package org.microcert.jobs.postings;

import java.nio.file.Path;
import java.util.Objects;
import org.microcert.taxonomy.match.SentenceSkills;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The {@code postingsExtractJob}'s parameters, all identifying.
 *
 * @param release the imported ESCO release ({@code <warehouse>/taxonomy/esco/<version>/<lang>})
 *     whose labels are searched for
 * @param warehouse the warehouse
 * @param titleCoder how titles are coded: dense, lexical or overlap ({@link TitleCoderOption})
 * @param sentenceSkills which rules add the matcher's sentence skills ({@link
 *     SentenceSkillsSetup}); written as {@code false}, {@code true} (lexical, as before the dense
 *     rule) or {@code dense}, so earlier job instances keep their identity
 */
public record PostingsExtractParameters(
    Path release, Path warehouse, String titleCoder, SentenceSkills.Rules sentenceSkills) {

  public PostingsExtractParameters {
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(warehouse, "warehouse");
    Objects.requireNonNull(titleCoder, "titleCoder");
    Objects.requireNonNull(sentenceSkills, "sentenceSkills");
  }

  /** Parameters with the default title coder ({@code dense}). */
  public PostingsExtractParameters(Path release, Path warehouse) {
    this(release, warehouse, "dense", SentenceSkills.Rules.OFF);
  }

  /** The job parameters. */
  public JobParameters toJobParameters() {
    return new JobParametersBuilder()
        .addString("release", release.toString())
        .addString("warehouse", warehouse.toString())
        .addString("titleCoder", titleCoder)
        .addString("sentenceSkills", parameter(sentenceSkills))
        .toJobParameters();
  }

  /** The parameters {@link #toJobParameters()} wrote. */
  public static PostingsExtractParameters from(JobParameters p) {
    String coder = p.getString("titleCoder");
    return new PostingsExtractParameters(
        Path.of(p.getString("release")),
        Path.of(p.getString("warehouse")),
        coder == null ? "dense" : coder,
        SentenceSkills.Rules.parse(p.getString("sentenceSkills")));
  }

  /** How {@code rules} is written as the {@code sentenceSkills} job parameter. */
  public static String parameter(SentenceSkills.Rules rules) {
    return switch (rules) {
      case OFF -> "false";
      case LEXICAL -> "true";
      case DENSE -> "dense";
    };
  }
}
