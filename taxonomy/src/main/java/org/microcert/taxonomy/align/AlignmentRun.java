package org.microcert.taxonomy.align;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.microcert.taxonomy.concurrent.ParallelMap;
import org.microcert.taxonomy.index.IndexedConcept;
import org.microcert.taxonomy.index.QueryVectors;
import org.microcert.taxonomy.io.Reject;
import org.microcert.taxonomy.io.RejectsFile;
import org.microcert.taxonomy.match.CompetencyMatch;
import org.microcert.taxonomy.match.CompetencyMatcher;
import org.microcert.taxonomy.match.MatchOptions;

/**
 * The {@code align} command's logic: read a submission, validate it, align every accepted outcome
 * with ESCO skills, and write {@code alignments.jsonl}, {@code alignments.csv} and {@code
 * rejects.csv}. Counts reconcile: {@code rows = aligned + rejected}.
 *
 * <p>Entry point for the CLI / Spring Batch job: {@link #run}.
 */
public final class AlignmentRun {

  /** Output file names inside the output folder. */
  public static final String JSONL = "alignments.jsonl";

  public static final String CSV = "alignments.csv";
  public static final String REJECTS = "rejects.csv";

  /** What a run did. */
  public record Summary(
      String submissionId, int rows, int aligned, int rejected, Path outputDir, double seconds) {}

  /** Matched texts between two progress lines. */
  public static final int PROGRESS_STEP = 1000;

  private AlignmentRun() {}

  /** The submission id of an input file: its file name without extension. */
  public static String submissionId(Path input) {
    String n = input.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  /**
   * Aligns a submission.
   *
   * @param input submission file (CSV, JSON or JSONL)
   * @param outputDir folder for the three output files (created; e.g. {@code
   *     warehouse/alignments/<submission-id>/})
   * @param submissionId id written in every record (see {@link #submissionId(Path)})
   * @param matcherForLanguage the matcher for a language code ({@code en}, {@code fr}), or null if
   *     none: outcomes in that language are then rejected with a reason
   * @param topK matches per outcome
   * @param threads worker threads
   * @param vectors the dense side's query vectors (MiniLM, or a cache of them)
   * @param progress receives a line every {@value #PROGRESS_STEP} matched texts
   * @throws SubmissionFormatException when the file is unreadable or lacks a required column
   */
  public static Summary run(
      Path input,
      Path outputDir,
      String submissionId,
      Function<String, CompetencyMatcher> matcherForLanguage,
      int topK,
      int threads,
      QueryVectors vectors,
      Consumer<String> progress) {
    return run(
        input,
        outputDir,
        submissionId,
        inProcess(matcherForLanguage, topK, threads, vectors, progress));
  }

  /**
   * Aligns a submission with {@code aligner} (in this JVM or a Spark stage): the same validation,
   * rejects, order and output files whatever the aligner.
   *
   * @throws SubmissionFormatException when the file is unreadable or lacks a required column
   */
  public static Summary run(
      Path input, Path outputDir, String submissionId, OutcomeAligner aligner) {
    long t0 = System.nanoTime();
    List<RawRow> rows = SubmissionReader.read(input);
    String fileName = input.getFileName().toString();
    SubmissionValidator.Result v = SubmissionValidator.validate(fileName, rows);
    List<Reject> rejects = new ArrayList<>(v.rejects());
    List<Outcome> alignable = new ArrayList<>();
    for (Outcome o : v.accepted()) {
      if (!aligner.aligns(o.language())) {
        rejects.add(
            new Reject(
                fileName,
                o.line(),
                SubmissionColumns.LANGUAGE,
                "Cannot align outcome: no ESCO index for language '"
                    + o.language()
                    + "' (import the taxonomy in that language)"));
      } else {
        alignable.add(o);
      }
    }
    List<Alignment> aligned = new ArrayList<>(aligner.alignAll(submissionId, alignable));
    aligned.sort(
        Comparator.comparing((Alignment a) -> a.outcome().credentialCode())
            .thenComparing(a -> a.outcome().outcomeId())
            .thenComparingInt(a -> a.outcome().line()));
    rejects.sort(Reject.ORDER);
    if (aligned.size() + rejects.size() != rows.size()) {
      throw new IllegalStateException(
          "Cannot reconcile alignment counts: "
              + rows.size()
              + " rows, "
              + aligned.size()
              + " aligned, "
              + rejects.size()
              + " rejected");
    }
    try {
      AlignmentWriter.writeJsonl(aligned, outputDir.resolve(JSONL));
      AlignmentWriter.writeCsv(aligned, outputDir.resolve(CSV));
      RejectsFile.write(outputDir.resolve(REJECTS), rejects);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write alignments to " + outputDir + ": " + e.getMessage(), e);
    }
    return new Summary(
        submissionId,
        rows.size(),
        aligned.size(),
        rejects.size(),
        outputDir,
        (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Aligns outcomes in this JVM on {@code threads} threads (see {@link #alignAll}); outcomes in a
   * language without a matcher are not aligned.
   */
  public static OutcomeAligner inProcess(
      Function<String, CompetencyMatcher> matcherForLanguage,
      int topK,
      int threads,
      QueryVectors vectors,
      Consumer<String> progress) {
    return new OutcomeAligner() {
      @Override
      public boolean aligns(String language) {
        return matcherForLanguage.apply(language) != null;
      }

      @Override
      public List<Alignment> alignAll(String submissionId, List<Outcome> outcomes) {
        return AlignmentRun.alignAll(
            submissionId, outcomes, matcherForLanguage, topK, threads, vectors, progress);
      }
    };
  }

  /**
   * Aligns outcomes in parallel; the result is in input order. Outcomes with the same text and
   * language are matched once and share the matches ({@link DistinctTexts}). Reports to {@code
   * progress} every {@value #PROGRESS_STEP} matched texts.
   */
  public static List<Alignment> alignAll(
      String submissionId,
      List<Outcome> outcomes,
      Function<String, CompetencyMatcher> matcherForLanguage,
      int topK,
      int threads,
      QueryVectors vectors,
      Consumer<String> progress) {
    DistinctTexts distinct = DistinctTexts.of(outcomes);
    int total = distinct.texts().size();
    AtomicInteger matched = new AtomicInteger();
    long t0 = System.nanoTime();
    List<TextAlignment> aligned =
        ParallelMap.map(
            distinct.texts(),
            threads,
            t -> {
              TextAlignment a =
                  alignText(matcherForLanguage.apply(t.language()), t.text(), topK, vectors);
              int d = matched.incrementAndGet();
              if (d % PROGRESS_STEP == 0) {
                progress.accept(
                    String.format(
                        Locale.ROOT,
                        "matched %,d of %,d distinct outcome texts (%.0f/s)",
                        d,
                        total,
                        d / ((System.nanoTime() - t0) / 1e9)));
              }
              return a;
            },
            "align");
    return distinct.expand(submissionId, outcomes, aligned);
  }

  /**
   * Aligns one outcome text: its top {@code topK} skills and its KSA class. What every {@link
   * OutcomeAligner} runs for each distinct text, wherever it runs.
   */
  public static TextAlignment alignText(
      CompetencyMatcher matcher, String text, int topK, QueryVectors vectors) {
    List<CompetencyMatch> ms = matcher.match(text, MatchOptions.skills(topK), vectors);
    return new TextAlignment(classify(text, matcher, ms), ms);
  }

  /** Aligns one outcome. */
  public static Alignment align(
      String submissionId, Outcome o, CompetencyMatcher matcher, int topK) {
    List<CompetencyMatch> ms = matcher.match(o.outcomeText(), MatchOptions.skills(topK));
    return new Alignment(submissionId, o, classify(o.outcomeText(), matcher, ms), ms);
  }

  private static String classify(String text, CompetencyMatcher matcher, List<CompetencyMatch> ms) {
    List<IndexedConcept> concepts = ms.stream().map(m -> matcher.index().concept(m.uri())).toList();
    return KsaClass.classify(text, ms, concepts);
  }

  /** Lower-case language code of a {@code VERSION/LANG} taxonomy spec, e.g. {@code v1.1.1/en}. */
  public static String languageOf(String taxonomySpec) {
    int slash = taxonomySpec.indexOf('/');
    return (slash < 0 ? "en" : taxonomySpec.substring(slash + 1)).toLowerCase(Locale.ROOT);
  }
}
