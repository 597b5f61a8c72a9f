package org.microcert.jobs.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.cli.MicrocertCli;

class RelevanceCommandIT {

  @TempDir Path tmp;

  @Test
  void exitsThreeForAMisspelledRelevanceConfigKey() throws Exception {
    Path conf =
        Files.writeString(tmp.resolve("relevance.yaml"), "relevance:\n  weights:\n    demnd: 1\n");
    int code =
        MicrocertCli.commandLine()
            .execute(
                "relevance",
                "--warehouse",
                tmp.resolve("wh").toString(),
                "--submission",
                "demo",
                "--relevance-conf",
                conf.toString());
    assertThat(code).isEqualTo(3);
  }

  @Test
  void exitsThreeForASubmissionThatDoesNotExist() {
    int code =
        MicrocertCli.commandLine()
            .execute(
                "relevance", "--warehouse", tmp.resolve("wh").toString(), "--submission", "nope");
    assertThat(code).isEqualTo(3);
  }

  @Test
  void takesTheIdOfASubmissionFileFromItsNameStem() throws Exception {
    Path f = Files.writeString(tmp.resolve("fanshawe-2025.csv"), "institution\n");
    assertThat(RelevanceCommand.submissionId(f.toString())).isEqualTo("fanshawe-2025");
    assertThat(RelevanceCommand.submissionId("fanshawe-2025")).isEqualTo("fanshawe-2025");
  }
}
