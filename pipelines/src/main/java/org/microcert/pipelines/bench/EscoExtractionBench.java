package org.microcert.pipelines.bench;

import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.microcert.pipelines.postings.ExtractionModel;
import org.microcert.pipelines.postings.PostingText;
import org.microcert.pipelines.postings.PostingsExtract;
import org.microcert.taxonomy.eval.GoldItem;
import org.microcert.taxonomy.eval.SetMatchScore;
import org.microcert.taxonomy.extract.Mention;

/**
 * Skill extraction against ESCO-labelled texts: each gold text goes through the postings pipeline's
 * own per-posting path (ingest's {@link TextCleaner#clean}, then {@link
 * PostingsExtract#mentionsOf}: sections, extractor, filters), and the distinct skills it finds are
 * scored against the gold skills (micro precision, recall, F1 over all texts).
 */
public final class EscoExtractionBench {

  private EscoExtractionBench() {}

  /**
   * One text's outcome.
   *
   * @param line line in the gold file
   * @param text the gold text
   * @param extracted distinct skill URIs found, in order of first mention
   * @param gold gold skill URIs
   * @param counts the text's counts
   */
  public record TextResult(
      int line,
      String text,
      List<String> extracted,
      List<String> gold,
      SetMatchScore.TextCounts counts) {}

  /**
   * A run.
   *
   * @param score micro figures
   * @param texts per text, in gold file order
   * @param seconds wall time of cleaning and extraction (the model already built)
   */
  public record Run(SetMatchScore.Result score, List<TextResult> texts, double seconds) {

    /** The JSON line printed last: the micro figures and the cost. */
    public String json() {
      return GoldLoop.withCost(score.json(), score.n(), seconds, "texts_per_second");
    }
  }

  /** Runs the model over every gold text. */
  public static Run run(ExtractionModel model, List<GoldItem> items) {
    model.extractor();
    SetMatchScore score = new SetMatchScore();
    GoldLoop.Timed<TextResult> t =
        GoldLoop.run(
            items,
            item -> {
              Set<String> found = new LinkedHashSet<>();
              for (Mention m : PostingsExtract.mentionsOf(model, PostingText.clean(item.text()))) {
                found.add(m.skillUri());
              }
              SetMatchScore.TextCounts c = score.add(found, item.gold());
              return new TextResult(item.line(), item.text(), List.copyOf(found), item.gold(), c);
            });
    return new Run(score.result(), t.results(), t.seconds());
  }

  /** Prints one JSON line per text (with {@code details}), then the run's JSON line. */
  public static void print(Run run, boolean details, PrintStream out) {
    if (details) {
      for (TextResult t : run.texts()) {
        out.println(
            "{\"line\":"
                + t.line()
                + ", \"text\":"
                + Json.string(t.text())
                + ", \"extracted\":"
                + Json.strings(t.extracted())
                + ", \"gold\":"
                + Json.strings(t.gold())
                + ", \"counts\":["
                + t.counts().correct()
                + ", "
                + t.counts().extracted()
                + ", "
                + t.counts().gold()
                + "]}");
      }
    }
    out.println(run.json());
  }
}
