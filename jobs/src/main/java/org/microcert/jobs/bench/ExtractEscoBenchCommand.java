package org.microcert.jobs.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.postings.EscoReleaseOption;
import org.microcert.jobs.postings.SentenceSkillsSetup;
import org.microcert.jobs.run.ExitCodes;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.Progress;
import org.microcert.pipelines.bench.EscoExtractionBench;
import org.microcert.pipelines.postings.ExtractionModel;
import org.microcert.taxonomy.eval.GoldItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code microcert bench extract-esco}: skill extraction against ESCO-labelled gold texts. */
@Command(
    name = "extract-esco",
    mixinStandardHelpOptions = true,
    description =
        "Run the postings pipeline's extraction (ingest's cleaning, then sections, extractor and"
            + " filters) on each text of a gold TSV and score the distinct skills found against the"
            + " gold ones; last line JSON {\"n\", \"extracted\", \"gold\", \"correct\","
            + " \"precision\", \"recall\", \"f1\" (micro over all texts), \"seconds\","
            + " \"texts_per_second\"}.")
public final class ExtractEscoBenchCommand extends JobCommand {

  @Mixin GoldFileOption gold;

  @Mixin EscoReleaseOption esco;

  @Mixin SentenceSkillsSetup sentenceSkills;

  @Option(
      names = "--details",
      description = "Print one JSON line per text first (input of bench paired).")
  boolean details;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) {
    List<GoldItem> items = gold.items();
    progress.phase("loading ESCO");
    ExtractionModel model =
        SentenceSkillsSetup.apply(
            ExtractionModel.fromTaxonomy(esco.taxonomy(settings)),
            esco.releaseDir(settings),
            sentenceSkills.rules(),
            progress::info);
    progress.phase("extracting skills from " + items.size() + " texts");
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
    EscoExtractionBench.print(EscoExtractionBench.run(model, items), details, out);
    return ExitCodes.OK;
  }
}
