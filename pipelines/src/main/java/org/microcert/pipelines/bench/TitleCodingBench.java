package org.microcert.pipelines.bench;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.microcert.taxonomy.eval.CodingScore;
import org.microcert.taxonomy.eval.GoldItem;
import org.microcert.taxonomy.extract.TitleCode;
import org.microcert.taxonomy.extract.TitleCoder;

/**
 * Title coding against gold occupations: each gold text is a vacancy title coded by the title coder
 * {@code postings extract} uses; accuracy (first code gold, over all titles), coverage (titles
 * coded) and precision of the coded ones.
 */
public final class TitleCodingBench {

  private TitleCodingBench() {}

  /**
   * One title's outcome.
   *
   * @param line line in the gold file
   * @param title the title
   * @param code the occupation URI given, or null
   * @param label the occupation label that matched, or null
   * @param gold gold occupation URIs
   * @param correct whether the code is gold
   */
  public record TitleResult(
      int line, String title, String code, String label, List<String> gold, boolean correct) {}

  /**
   * A run.
   *
   * @param score the figures
   * @param titles per title, in gold file order
   * @param seconds wall time of coding (the coder already built)
   */
  public record Run(CodingScore.Result score, List<TitleResult> titles, double seconds) {

    /** The JSON line printed last: the figures and the cost. */
    public String json() {
      return GoldLoop.withCost(score.json(), score.n(), seconds, "titles_per_second");
    }
  }

  /** Codes every gold title (each distinct title once, as the pipeline does). */
  public static Run run(TitleCoder coder, List<GoldItem> items) {
    CodingScore score = new CodingScore();
    Map<String, Optional<TitleCode>> coded = new HashMap<>();
    GoldLoop.Timed<TitleResult> t =
        GoldLoop.run(
            items,
            item -> {
              Optional<TitleCode> c = coded.computeIfAbsent(item.text(), coder::code);
              String uri = c.map(TitleCode::occupationUri).orElse(null);
              boolean ok = score.add(uri, item.gold());
              return new TitleResult(
                  item.line(),
                  item.text(),
                  uri,
                  c.map(TitleCode::label).orElse(null),
                  item.gold(),
                  ok);
            });
    return new Run(score.result(), t.results(), t.seconds());
  }

  /** Prints one JSON line per title (with {@code details}), then the run's JSON line. */
  public static void print(Run run, boolean details, PrintStream out) {
    if (details) {
      for (TitleResult t : run.titles()) {
        out.println(
            "{\"line\":"
                + t.line()
                + ", \"text\":"
                + Json.string(t.title())
                + ", \"code\":"
                + (t.code() == null ? "null" : Json.string(t.code()))
                + ", \"label\":"
                + (t.label() == null ? "null" : Json.string(t.label()))
                + ", \"gold\":"
                + Json.strings(t.gold())
                + ", \"counts\":["
                + (t.correct() ? 1 : 0)
                + ", 1]}");
      }
    }
    out.println(run.json());
  }
}
