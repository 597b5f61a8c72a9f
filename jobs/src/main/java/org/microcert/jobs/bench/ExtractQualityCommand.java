package org.microcert.jobs.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.postings.EscoReleaseOption;
import org.microcert.jobs.run.ExitCodes;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.Progress;
import org.microcert.pipelines.bench.ExtractQuality;
import org.microcert.taxonomy.InputRejectedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code microcert bench extract-quality}: span recall and mention precision on SkillSpan. */
@Command(
    name = "extract-quality",
    mixinStandardHelpOptions = true,
    description =
        "Measure skill extraction against SkillSpan's gold skill and knowledge spans: span recall"
            + " (gold spans overlapped by a mention) and mention precision (mentions overlapping a"
            + " gold span), without and with the stop-list on the raw texts, then on the texts as"
            + " ingest stores them; last line JSON (as ingested).")
public final class ExtractQualityCommand extends JobCommand {

  @Option(
      names = "--skillspan",
      paramLabel = "FILE",
      defaultValue =
          "${sys:microcert.home:-.}/../shared/data/postings/skillspan/skillspan_postings.jsonl.gz",
      description = "SkillSpan postings with gold spans (default: ${DEFAULT-VALUE}).")
  Path skillspan;

  @Mixin EscoReleaseOption esco;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) {
    if (!Files.isRegularFile(skillspan)) {
      throw new InputRejectedException(
          "Cannot read SkillSpan postings " + skillspan + ": no such file");
    }
    progress.phase("extracting skills from " + skillspan.getFileName());
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
    ExtractQuality.report(skillspan, esco.taxonomy(settings), null, out);
    return ExitCodes.OK;
  }
}
