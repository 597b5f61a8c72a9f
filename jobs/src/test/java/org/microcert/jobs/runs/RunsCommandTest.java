package org.microcert.jobs.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.cli.MicrocertCli;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.ExitCodes;
import org.microcert.jobs.run.JobRunner;
import org.microcert.jobs.run.Progress;
import org.microcert.jobs.run.RunInputs;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import picocli.CommandLine;

/** {@code runs} and {@code runs show} read what real jobs left in a real H2 job repository. */
class RunsCommandTest {

  @TempDir Path warehouse;

  @Configuration
  static class Jobs {
    @Bean(name = "countingJob")
    Job counting(JobRepository repo, PlatformTransactionManager tm) {
      return new JobBuilder("countingJob", repo)
          .start(
              new StepBuilder("readRows", repo)
                  .tasklet(
                      (c, x) -> {
                        for (int i = 0; i < 7; i++) {
                          c.incrementReadCount();
                        }
                        c.incrementWriteCount(5);
                        c.incrementReadSkipCount(2);
                        return RepeatStatus.FINISHED;
                      },
                      tm)
                  .build())
          .next(
              new StepBuilder("writeReport", repo)
                  .tasklet(
                      (c, x) -> {
                        c.incrementWriteCount(1);
                        return RepeatStatus.FINISHED;
                      },
                      tm)
                  .build())
          .build();
    }

    @Bean(name = "failingJob")
    Job failing(JobRepository repo, PlatformTransactionManager tm) {
      return new JobBuilder("failingJob", repo)
          .start(
              new StepBuilder("explode", repo)
                  .tasklet(
                      (c, x) -> {
                        throw new IllegalStateException("disk full (simulated)\nsecond line");
                      },
                      tm)
                  .build())
          .build();
    }
  }

  @Test
  void listsPastRunsNewestFirstWithCountsAndFailureReason() throws Exception {
    runJobs();

    Output list = cli("runs");
    assertThat(list.code).isZero();
    List<String> lines = list.out.lines().toList();
    assertThat(lines.get(0)).contains("ID", "JOB", "STATUS", "DURATION");
    assertThat(lines.get(1)).contains("failingJob", "FAILED", "explode 0/0/0");
    assertThat(lines.get(2)).contains("reason: disk full (simulated)");
    assertThat(lines.get(2)).doesNotContain("second line", "IllegalStateException");
    assertThat(lines.get(3))
        .contains("countingJob", "COMPLETED", "readRows 7/5/2", "writeReport 0/1/0");
    assertThat(list.out).doesNotContain("Exception");

    Output limited = cli("runs", "--limit", "1");
    assertThat(limited.out).contains("failingJob").doesNotContain("countingJob");
  }

  @Test
  void showsOneRunWithParametersAndSteps() throws Exception {
    runJobs();
    long countingId =
        new RunHistory(MicrocertSettings.defaults().withWarehouse(warehouse))
            .recent(10).stream()
                .filter(r -> r.job().equals("countingJob"))
                .findFirst()
                .orElseThrow()
                .id();

    Output show = cli("runs", "show", Long.toString(countingId));
    assertThat(show.code).isZero();
    assertThat(show.out)
        .contains("Run " + countingId + ": countingJob")
        .contains("status:   COMPLETED")
        .contains("input = " + warehouse.resolve("postings-2026.csv"))
        .containsPattern("readRows\\s+COMPLETED\\s+7\\s+5\\s+2")
        .containsPattern("writeReport\\s+COMPLETED\\s+0\\s+1\\s+0")
        .contains("input sha256 " + sha256(INPUT_TEXT))
        .contains("escoVersion", "ESCO release: 1.2.0/en (not imported), from parameters")
        .containsPattern("configuration sha256 [0-9a-f]{64}");

    Output missing = cli("runs", "show", "999999");
    assertThat(missing.code).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err.strip())
        .isEqualTo("Cannot show run 999999: no such run in the job repository");
  }

  @Test
  void emptyWarehouseHasNoRunsAndCreatesNoRepository() {
    Output list = cli("runs");
    assertThat(list.code).isZero();
    assertThat(list.out).contains("No runs recorded");
    assertThat(Files.exists(warehouse.resolve("batch"))).isFalse();
  }

  @Test
  void sameInputsGiveTheSameRecordAndAChangedFileChangesIt() throws Exception {
    runJobs();
    var history = new RunHistory(MicrocertSettings.defaults().withWarehouse(warehouse));
    List<RunRecord> runs = history.recent(10);
    String first = Files.readString(RunInputs.file(warehouse, runs.get(1).id()));
    String second = Files.readString(RunInputs.file(warehouse, runs.get(0).id()));
    assertThat(first.replaceAll("\"execution\" : \\d+", ""))
        .isEqualTo(second.replaceAll("\"execution\" : \\d+", ""));
    assertThat(first)
        .contains(sha256(INPUT_TEXT))
        .contains("\"version\" : \"1.2.0\"", "\"lang\" : \"en\"", "\"from\" : \"parameters\"");
    var changed =
        RunInputs.of(
            Map.of("input", warehouse.resolve("postings-2026.csv").toString()),
            MicrocertSettings.defaults().withWarehouse(warehouse));
    Files.writeString(warehouse.resolve("postings-2026.csv"), INPUT_TEXT + "2,Welder\n");
    var after =
        RunInputs.of(
            Map.of("input", warehouse.resolve("postings-2026.csv").toString()),
            MicrocertSettings.defaults().withWarehouse(warehouse));
    assertThat(after.files().get("input")).isNotEqualTo(changed.files().get("input"));
    assertThat(after.configurationSha256()).isEqualTo(changed.configurationSha256());
  }

  private static final String INPUT_TEXT = "id,title\n1,Nurse\n";

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private void runJobs() throws Exception {
    MicrocertSettings settings = MicrocertSettings.defaults().withWarehouse(warehouse);
    try (Progress p = new Progress(new PrintStream(new ByteArrayOutputStream(), true))) {
      JobRunner runner = new JobRunner(settings, p);
      Path input = warehouse.resolve("postings-2026.csv");
      Files.writeString(input, INPUT_TEXT);
      var params =
          new JobParametersBuilder()
              .addString("input", input.toString())
              .addString("escoVersion", "1.2.0");
      assertThat(runner.run(Jobs.class, "countingJob", params.toJobParameters()))
          .isEqualTo(ExitCodes.OK);
      assertThat(runner.run(Jobs.class, "failingJob", params.toJobParameters()))
          .isEqualTo(ExitCodes.FAILURE);
    }
  }

  private record Output(int code, String out, String err) {}

  private Output cli(String... args) {
    CommandLine cl = MicrocertCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--warehouse";
    all[args.length + 1] = warehouse.toString();
    int code = cl.execute(all);
    return new Output(code, out.toString(), err.toString());
  }
}
