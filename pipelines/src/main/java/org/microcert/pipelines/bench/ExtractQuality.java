package org.microcert.pipelines.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.microcert.pipelines.postings.PostingText;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.extract.GenericLabels;
import org.microcert.taxonomy.extract.LabelEntry;
import org.microcert.taxonomy.extract.Mention;
import org.microcert.taxonomy.extract.SkillExtractor;

/**
 * Measures extraction quality on SkillSpan postings with gold skill and knowledge spans: span
 * recall (gold spans overlapped by a mention) and mention precision (mentions overlapping a gold
 * span). Gold spans are strings; every occurrence of each in the posting text counts as a gold
 * interval. Also derives the generic-label stop-list ({@code --derive-generic}).
 */
public final class ExtractQuality {

  /**
   * Result.
   *
   * @param postings postings evaluated
   * @param goldSpans gold span occurrences
   * @param mentions mentions found
   * @param spanRecall gold spans overlapped by a mention / gold spans
   * @param mentionPrecision mentions overlapping a gold span / mentions
   */
  public record Result(
      int postings, int goldSpans, int mentions, double spanRecall, double mentionPrecision) {

    /** The JSON line the command prints last. */
    public String json() {
      return String.format(
          Locale.ROOT,
          "{\"postings\":%d, \"gold_spans\":%d, \"mentions\":%d, \"span_recall\":%.4f,"
              + " \"mention_precision\":%.4f}",
          postings,
          goldSpans,
          mentions,
          spanRecall,
          mentionPrecision);
    }
  }

  /** Stop-list rule: share of reference postings the token occurs in. */
  public static final double MIN_DOCUMENT_SHARE =
      Double.parseDouble(System.getProperty("generic.doc-share", "0.03"));

  /** Stop-list rule: share of its occurrences written in lower case. */
  public static final double MIN_LOWER_CASE_SHARE =
      Double.parseDouble(System.getProperty("generic.lower-share", "0.75"));

  private ExtractQuality() {}

  /** Evaluates an extractor on the SkillSpan postings file (the raw posting texts). */
  public static Result evaluate(SkillExtractor extractor, Path skillspanPostings) {
    return evaluate(extractor, skillspanPostings, UnaryOperator.identity());
  }

  /**
   * Evaluates an extractor on the texts as ingest stores them ({@link PostingText#clean}: HTML,
   * whitespace, boilerplate sections and equal-opportunity lines dropped), with the gold spans
   * found in that text. Gold spans inside dropped boilerplate are then not counted at all; {@link
   * #droppedGoldSpans} says how many.
   */
  public static Result evaluateAsIngested(SkillExtractor extractor, Path skillspanPostings) {
    return evaluate(extractor, skillspanPostings, PostingText::clean);
  }

  /** Gold span occurrences in the raw texts that are not in the cleaned ones. */
  public static int droppedGoldSpans(Path skillspanPostings) {
    int dropped = 0;
    for (JsonNode n : BenchData.readJsonLines(skillspanPostings)) {
      String raw = n.path("text").asText("");
      dropped += goldIntervals(raw, n).size() - goldIntervals(PostingText.clean(raw), n).size();
    }
    return dropped;
  }

  private static Result evaluate(
      SkillExtractor extractor, Path skillspanPostings, UnaryOperator<String> prepare) {
    int postings = 0;
    int gold = 0;
    int goldHit = 0;
    int mentions = 0;
    int mentionHit = 0;
    for (JsonNode n : BenchData.readJsonLines(skillspanPostings)) {
      postings++;
      String text = prepare.apply(n.path("text").asText(""));
      List<int[]> spans = goldIntervals(text, n);
      List<Mention> found = extractor.extract(text);
      gold += spans.size();
      for (int[] s : spans) {
        if (found.stream().anyMatch(m -> m.start() < s[1] && s[0] < m.end())) {
          goldHit++;
        }
      }
      mentions += found.size();
      for (Mention m : found) {
        if (spans.stream().anyMatch(s -> m.start() < s[1] && s[0] < m.end())) {
          mentionHit++;
        }
      }
    }
    return new Result(
        postings,
        gold,
        mentions,
        gold == 0 ? 0 : goldHit / (double) gold,
        mentions == 0 ? 0 : mentionHit / (double) mentions);
  }

  /** Every occurrence of every gold skill and knowledge span string, as [start, end). */
  static List<int[]> goldIntervals(String text, JsonNode posting) {
    TreeSet<String> seen = new TreeSet<>();
    List<int[]> out = new ArrayList<>();
    for (String field : List.of("gold_skill_spans", "gold_knowledge_spans")) {
      for (JsonNode s : posting.path(field)) {
        String span = s.asText("").strip();
        if (span.isEmpty()) {
          continue;
        }
        int from = 0;
        int at;
        while ((at = text.indexOf(span, from)) >= 0) {
          if (seen.add(at + ":" + (at + span.length()))) {
            out.add(new int[] {at, at + span.length()});
          }
          from = at + 1;
        }
      }
    }
    return out;
  }

  /**
   * {@code ExtractQuality [--skillspan FILE] [--esco DIR] [--derive-generic POSTINGS_FILE]}: prints
   * quality with the shipped stop-list and with none; with {@code --derive-generic}, also prints
   * the stop-list derived from that corpus (2% of postings, 90% lower case; Indeed excluded because
   * its text is lower-cased).
   */
  public static void main(String[] args) {
    Path skillspan = Path.of("/work/shared/data/postings/skillspan/skillspan_postings.jsonl.gz");
    Path esco = Path.of("/work/shared/data/esco");
    Path derive = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--skillspan" -> skillspan = Path.of(args[++i]);
        case "--esco" -> esco = Path.of(args[++i]);
        case "--derive-generic" -> derive = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("Cannot parse argument: " + args[i]);
      }
    }
    report(skillspan, esco, derive, System.out);
  }

  /**
   * Prints quality without the stop-list and with it on the raw texts, then with it on the texts as
   * ingested; the last line is the as-ingested JSON.
   */
  public static void report(Path skillspan, Path escoDir, Path derive, PrintStream out) {
    report(skillspan, BenchData.esco(escoDir), derive, out);
  }

  /** As {@link #report(Path, Path, Path, PrintStream)} with a loaded release. */
  public static void report(Path skillspan, Taxonomy esco, Path derive, PrintStream out) {
    List<LabelEntry> labels = SkillExtractor.labelsOf(esco.skills());
    SkillExtractor unfiltered = SkillExtractor.build(labels, Set.of());
    if (derive != null) {
      List<String> texts =
          BenchData.readJsonLines(derive).stream()
              .filter(n -> !n.path("source").asText("").startsWith("indeed"))
              .map(n -> n.path("text").asText(""))
              .toList();
      TreeSet<String> generic =
          GenericLabels.derive(unfiltered, texts, MIN_DOCUMENT_SHARE, MIN_LOWER_CASE_SHARE);
      out.println("# derived generic tokens (" + generic.size() + "):");
      generic.forEach(out::println);
    }
    Result none = evaluate(unfiltered, skillspan);
    out.println("without stop-list: " + none.json());
    SkillExtractor shipped = SkillExtractor.fromTaxonomy(esco);
    out.println("with stop-list:    " + evaluate(shipped, skillspan).json());
    Result r = evaluateAsIngested(shipped, skillspan);
    out.println(
        "as ingested (boilerplate dropped first; "
            + droppedGoldSpans(skillspan)
            + " gold span occurrences were in dropped text): "
            + r.json());
    out.println(r.json());
  }
}
