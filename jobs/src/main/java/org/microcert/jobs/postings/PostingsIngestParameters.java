package org.microcert.jobs.postings;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.microcert.jobs.run.ParameterText;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The {@code postingsIngestJob}'s parameters, all identifying (re-running a failed ingest of the
 * same files restarts it).
 *
 * @param inputs the postings files, kept sorted by name so that their order does not matter
 * @param format {@code csv} or {@code jsonl}, or {@code null} to take it from the file name
 * @param source the source mapping's name ({@code conf/sources/<source>.properties})
 * @param conf the {@code conf/} folder
 * @param warehouse the warehouse
 */
public record PostingsIngestParameters(
    List<Path> inputs, String format, String source, Path conf, Path warehouse) {

  public PostingsIngestParameters {
    inputs = inputs.stream().sorted(Comparator.comparing(Path::toString)).toList();
    format = ParameterText.emptyToNull(format);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(conf, "conf");
    Objects.requireNonNull(warehouse, "warehouse");
  }

  /** The job parameters: the inputs as one string, a line each. */
  public JobParameters toJobParameters() {
    return new JobParametersBuilder()
        .addString("inputs", inputs.stream().map(Path::toString).collect(Collectors.joining("\n")))
        .addString("format", ParameterText.nullToEmpty(format))
        .addString("source", source)
        .addString("conf", conf.toString())
        .addString("warehouse", warehouse.toString())
        .toJobParameters();
  }

  /** The parameters {@link #toJobParameters()} wrote. */
  public static PostingsIngestParameters from(JobParameters p) {
    return new PostingsIngestParameters(
        Arrays.stream(p.getString("inputs").split("\n")).map(Path::of).toList(),
        p.getString("format"),
        p.getString("source"),
        Path.of(p.getString("conf")),
        Path.of(p.getString("warehouse")));
  }
}
