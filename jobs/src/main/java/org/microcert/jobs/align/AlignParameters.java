package org.microcert.jobs.align;

import java.nio.file.Path;
import java.util.Objects;
import org.microcert.jobs.run.ParameterText;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The {@code alignJob}'s parameters, all identifying (a failed alignment of the same submission
 * restarts).
 *
 * @param input the submission file (.csv, .json, .jsonl)
 * @param output the output folder
 * @param submissionId the submission's id
 * @param top matches per outcome
 * @param taxonomy the ESCO release as VERSION/LANG, or {@code null} for the newest per language
 * @param dense whether the dense (MiniLM) side scores too
 */
public record AlignParameters(
    Path input, Path output, String submissionId, int top, String taxonomy, boolean dense) {

  public AlignParameters {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(submissionId, "submissionId");
    taxonomy = ParameterText.emptyToNull(taxonomy);
  }

  /** The job parameters (numbers and flags as text, an absent release as an empty string). */
  public JobParameters toJobParameters() {
    return new JobParametersBuilder()
        .addString("input", input.toString())
        .addString("output", output.toString())
        .addString("submissionId", submissionId)
        .addString("top", Integer.toString(top))
        .addString("taxonomy", ParameterText.nullToEmpty(taxonomy))
        .addString("dense", Boolean.toString(dense))
        .toJobParameters();
  }

  /** The parameters {@link #toJobParameters()} wrote. */
  public static AlignParameters from(JobParameters p) {
    return new AlignParameters(
        Path.of(p.getString("input")),
        Path.of(p.getString("output")),
        p.getString("submissionId"),
        Integer.parseInt(p.getString("top")),
        p.getString("taxonomy"),
        Boolean.parseBoolean(p.getString("dense")));
  }
}
