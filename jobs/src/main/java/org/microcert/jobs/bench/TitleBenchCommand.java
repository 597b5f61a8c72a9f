package org.microcert.jobs.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.postings.EscoReleaseOption;
import org.microcert.jobs.postings.TitleCoderOption;
import org.microcert.jobs.run.ExitCodes;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.Progress;
import org.microcert.pipelines.bench.TitleCodingBench;
import org.microcert.pipelines.postings.ExtractionModel;
import org.microcert.taxonomy.eval.GoldItem;
import org.microcert.taxonomy.extract.TitleCoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code microcert bench titles}: title → occupation coding against gold occupations. */
@Command(
    name = "titles",
    mixinStandardHelpOptions = true,
    description =
        "Code each title of a gold TSV with the title coder postings extract uses and score it;"
            + " last line JSON {\"n\", \"coded\", \"correct\", \"accuracy\" (first code gold, over"
            + " all titles), \"coverage\", \"precision_of_coded\", \"seconds\","
            + " \"titles_per_second\"}.")
public final class TitleBenchCommand extends JobCommand {

  @Mixin GoldFileOption gold;

  @Mixin EscoReleaseOption esco;

  @Mixin TitleCoderOption titleCoder;

  @Option(
      names = "--details",
      description = "Print one JSON line per title first (input of bench paired).")
  boolean details;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) {
    List<GoldItem> items = gold.items();
    progress.phase("loading ESCO");
    ExtractionModel model =
        titleCoder.apply(
            ExtractionModel.fromTaxonomy(esco.taxonomy(settings)),
            settings,
            esco.releaseDir(settings),
            progress::info);
    progress.phase("opening the title coder");
    TitleCoder coder = model.titleCoder();
    progress.phase("coding " + items.size() + " titles");
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
    TitleCodingBench.print(TitleCodingBench.run(coder, items), details, out);
    model.saveTitleVectors();
    return ExitCodes.OK;
  }
}
