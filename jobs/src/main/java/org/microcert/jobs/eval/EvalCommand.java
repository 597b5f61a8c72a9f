package org.microcert.jobs.eval;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
import org.microcert.taxonomy.InputRejectedException;
import org.microcert.taxonomy.eval.EvalReport;
import org.microcert.taxonomy.eval.Evaluator;
import org.microcert.taxonomy.eval.GoldItem;
import org.microcert.taxonomy.eval.GoldSet;
import org.microcert.taxonomy.match.CompetencyMatcher;
import org.microcert.taxonomy.match.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code microcert eval}: ranks every skill (or occupation) for each gold text and prints RP@K, MRR
 * and Recall@K; the last line is one JSON object.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Evaluate the competency matcher on a gold TSV (text<TAB>gold_uris, URIs joined by |)."
            + " Prints the figures; the LAST line is one JSON object {\"n\":…, \"mrr\":…,"
            + " \"rp@1\":…, \"rp@5\":…, \"rp@10\":…, \"recall@5\":…, \"recall@10\":…} (with"
            + " \"baseline\":{…} under --baseline).")
public final class EvalCommand extends JobCommand {

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold TSV file.")
  Path gold;

  @Option(
      names = "--target",
      required = true,
      paramLabel = "skills|occupations",
      description = "What to rank.")
  String target;

  @Option(
      names = "--top",
      paramLabel = "K",
      defaultValue = "1000",
      description =
          "Ranking depth per text; MRR counts golds within it (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--baseline", description = "Also run plain BM25 over preferred labels only.")
  boolean baseline;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "0",
      description = "Evaluate a fixed-seed sample of N texts (0: all).")
  int limit;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "42",
      description = "Sample seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--taxonomy",
      paramLabel = "VERSION/LANG",
      description = "ESCO release (default: newest English).")
  String taxonomy;

  @Option(
      names = "--details",
      description =
          "Before the figures, one JSON line per text (line, first gold rank, RP@5 or reciprocal"
              + " rank, counts) for bench paired.")
  boolean details;

  @Option(names = "--lexical-only", description = "Skip the dense (MiniLM) side.")
  boolean lexicalOnly;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Worker threads (default: available processors).")
  Integer threads;

  @Override
  protected int call(MicrocertSettings settings, Progress progress) throws Exception {
    OptionChecks.inRange("--top", top, 1, 1000);
    Target t;
    try {
      t = Target.parse(target);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    List<GoldItem> items;
    try {
      items = GoldSet.sample(GoldSet.read(gold), limit, seed);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new InputRejectedException(e.getMessage(), e);
    }
    int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    PrintWriter out = spec.commandLine().getOut();
    try (MatcherResolver matchers =
        new MatcherResolver(
            new TaxonomyWarehouse(settings.warehouse()), taxonomy, !lexicalOnly, progress::phase)) {
      progress.phase("opening the competency index");
      CompetencyMatcher m = matchers.required();
      progress.phase("ranking " + items.size() + " texts");
      long t0 = System.nanoTime();
      List<List<String>> rankings =
          Evaluator.rankAll(Evaluator.matcher(m, t, top), items, nThreads);
      EvalReport r = Evaluator.report(rankings, items);
      double s = (System.nanoTime() - t0) / 1e9;
      if (details) {
        for (int i = 0; i < items.size(); i++) {
          out.println(Evaluator.detailLine(items.get(i), rankings.get(i), t));
        }
      }
      out.printf(
          Locale.ROOT,
          "matcher  %s (%.1f s, %s)%n",
          r.toJson(),
          s,
          m.hasDense() ? "lexical+dense" : "lexical");
      if (baseline) {
        EvalReport b =
            Evaluator.evaluate(Evaluator.bm25PreferredLabels(m.index(), t, top), items, nThreads);
        out.printf(Locale.ROOT, "baseline %s (BM25, preferred labels only)%n", b.toJson());
        out.println(r.toJson(b));
      } else {
        out.println(r.toJson());
      }
      out.flush();
    }
    return ExitCodes.OK;
  }
}
