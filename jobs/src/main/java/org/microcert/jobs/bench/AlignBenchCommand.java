package org.microcert.jobs.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.microcert.jobs.align.MatcherResolver;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.run.ExitCodes;
import org.microcert.jobs.run.JobCommand;
import org.microcert.jobs.run.Progress;
import org.microcert.jobs.support.OptionChecks;
import org.microcert.jobs.taxonomy.TaxonomyWarehouse;
import org.microcert.taxonomy.align.AlignBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code microcert bench align}: aligns N real outcomes and prints outcomes per second. */
@Command(
    name = "align",
    mixinStandardHelpOptions = true,
    description =
        "Align N outcomes (distinct real outcome texts) with top-K ESCO skills and explanations, as"
            + " 'align' does, and print the throughput, each pass's wall and CPU time (JIT and GC"
            + " included). Targets: a first run at most 1.25 x the MiniLM embeddings alone, a"
            + " re-run from the query vector cache under 30 s for 10,000.")
public final class AlignBenchCommand extends JobCommand {

  @Option(
      names = "--outcomes",
      paramLabel = "N",
      defaultValue = "10000",
      description = "Outcomes to align (default: ${DEFAULT-VALUE}).")
  int outcomes;

  @Option(
      names = "--source",
      paramLabel = "FILE",
      description =
          "CSV (or .csv.gz) with an outcome_text or learning_outcome column; repeat to add files;"
              + " their distinct English texts are used in order (default:"
              + " data-samples/submissions/sample-submission.csv). With fewer distinct texts than"
              + " N, repeats share matches as in 'align' and the figure says so.")
  List<Path> sources;

  @Option(
      names = "--top",
      paramLabel = "K",
      defaultValue = "5",
      description = "Matches per outcome (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Worker threads (default: available processors).")
  Integer threads;

  @Option(
      names = "--taxonomy",
      paramLabel = "VERSION/LANG",
      description = "ESCO release (default: newest English).")
  String taxonomy;

  @Option(names = "--lexical-only", description = "Skip the dense (MiniLM) side.")
  boolean lexicalOnly;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) throws Exception {
    OptionChecks.inRange("--top", top, 1, 100);
    List<Path> src = sources;
    if (src == null || src.isEmpty()) {
      String home = System.getProperty("microcert.home", ".");
      src = List.of(Path.of(home, "data-samples", "submissions", "sample-submission.csv"));
    }
    List<String> texts = AlignBenchmark.readOutcomeTexts(src);
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    try (MatcherResolver matchers =
        new MatcherResolver(
            new TaxonomyWarehouse(settings.warehouse()), taxonomy, !lexicalOnly, progress::phase)) {
      progress.phase("opening the competency index");
      var matcher = matchers.required();
      progress.phase(
          "aligning "
              + outcomes
              + " outcomes"
              + (lexicalOnly
                  ? ""
                  : ", again with the query vectors kept, then embedding their texts alone"));
      AlignBenchmark.Result r = AlignBenchmark.run(matcher, texts, outcomes, top, t);
      var out = spec.commandLine().getOut();
      out.printf(
          Locale.ROOT,
          "aligned %,d outcomes (%,d distinct texts from %s) in %.2f s on %d threads: %.1f"
              + " outcomes/s%n",
          r.outcomes(),
          r.distinctTexts(),
          src.stream().map(p -> p.getFileName().toString()).toList(),
          r.seconds(),
          r.threads(),
          r.perSecond());
      if (r.distinctTexts() < r.outcomes()) {
        out.printf(
            Locale.ROOT,
            "note: only %,d distinct texts were matched; the other %,d outcomes repeat them and"
                + " share their matches (give more --source files to time %,d matches)%n",
            r.distinctTexts(),
            r.outcomes() - r.distinctTexts(),
            r.outcomes());
      }
      if (r.dense()) {
        out.printf(
            Locale.ROOT,
            "MiniLM query embeddings alone, the same distinct texts and threads: %.2f s (%.0f%% of"
                + " the run's time)%n",
            r.embedSeconds(),
            100 * r.embedSeconds() / r.seconds());
        out.printf(
            Locale.ROOT,
            "re-run with the query vectors kept by the first run (as a second 'align' of the same"
                + " texts): %.2f s, %.1f outcomes/s%n",
            r.rerunSeconds(),
            r.outcomes() / r.rerunSeconds());
        out.printf(
            Locale.ROOT,
            "CPU time of the process (all threads): first run %.1f s (of which the JIT compiler"
                + " threads %.1f s; the JVM's compile time %.1f s; GC %.1f s), embeddings alone"
                + " %.1f s, re-run %.1f s; first run / embeddings alone: wall %.2f, CPU %.2f%n",
            r.first().cpuSeconds(),
            r.first().compilerCpuSeconds(),
            r.first().jitSeconds(),
            r.first().gcSeconds(),
            r.embed().cpuSeconds(),
            r.rerun().cpuSeconds(),
            r.seconds() / r.embedSeconds(),
            r.first().cpuSeconds() / r.embed().cpuSeconds());
      }
      out.println(r.toJson());
      out.flush();
    }
    return ExitCodes.OK;
  }
}
