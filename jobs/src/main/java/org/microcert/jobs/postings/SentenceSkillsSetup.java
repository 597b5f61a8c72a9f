package org.microcert.jobs.postings;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.microcert.pipelines.postings.ExtractionModel;
import org.microcert.taxonomy.InputRejectedException;
import org.microcert.taxonomy.match.SentenceSkillCache;
import org.microcert.taxonomy.match.SentenceSkills;
import picocli.CommandLine.Option;

/**
 * The {@code --sentence-skills} option of {@code postings extract} and the extraction benches: the
 * competency matcher's confident sentence skills ({@link
 * org.microcert.taxonomy.match.SentenceSkills}) added to the trie's, over the imported release's
 * index: {@code lexical} (the option alone) or {@code dense} (the lexical rule, a fused rule over
 * MiniLM and the skill phrases it links). Off by default: each makes the extraction stage slower,
 * against the rule that the pipeline gets no slower (figures in docs/evidence-quality.md).
 */
public final class SentenceSkillsSetup {

  @Option(
      names = "--sentence-skills",
      arity = "0..1",
      paramLabel = "lexical|dense",
      fallbackValue = "lexical",
      defaultValue = "off",
      description =
          "Also keep the competency matcher's best skill of a sentence when a rule says it is sure"
              + " (needs the imported release's index). lexical (the option alone): preferred"
              + " label, three matched words, sector- or occupation-specific; dev F1 +0.015,"
              + " extraction 1.55 x slower. dense: that and the fused matcher's best skill when it"
              + " leads the second by 0.08 with a MiniLM cosine of 0.6, and the skill of each"
              + " SkillSpan skill phrase in a sentence ('team player', 'communication skills') the"
              + " fused matcher links confidently; dev F1 +0.09 over the trie, each distinct"
              + " sentence embedded once (much slower; postings extract keeps the sentences'"
              + " results in <release>/sentence-skills.bin). Default: ${DEFAULT-VALUE}.")
  public String rules;

  /** The rules asked for, or a rejected input naming the value. */
  public SentenceSkills.Rules rules() {
    try {
      return SentenceSkills.Rules.parse(rules);
    } catch (IllegalArgumentException e) {
      throw new InputRejectedException(e.getMessage());
    }
  }

  /**
   * The model with sentence skills over {@code <releaseDir>/index} when {@code enabled}, else the
   * model unchanged; one line to {@code note} when they are asked for and there is no such index.
   *
   * @param releaseDir the imported release ({@code <warehouse>/taxonomy/esco/<version>/<lang>}), or
   *     null
   */
  public static ExtractionModel apply(
      ExtractionModel model, Path releaseDir, SentenceSkills.Rules rules, Consumer<String> note) {
    return apply(model, releaseDir, rules, false, note);
  }

  /**
   * As {@link #apply(ExtractionModel, Path, SentenceSkills.Rules, Consumer)}; with {@code
   * keepResults}, the fused rule's results are kept between runs beside the release's index ({@code
   * <release>/sentence-skills.bin}, {@link SentenceSkillCache}), as {@code postings extract} does
   * (the benches measure without it).
   */
  public static ExtractionModel apply(
      ExtractionModel model,
      Path releaseDir,
      SentenceSkills.Rules rules,
      boolean keepResults,
      Consumer<String> note) {
    if (rules == SentenceSkills.Rules.OFF) {
      return model;
    }
    Optional<Path> index = ReleaseIndex.of(releaseDir);
    if (index.isEmpty()) {
      note.accept("no imported English ESCO release with an index: skills from the trie only");
      return model;
    }
    boolean dense = rules == SentenceSkills.Rules.DENSE;
    return model.withSkillMatcher(
        index.get(),
        dense,
        dense && keepResults ? SentenceSkillCache.defaultFile(index.get()) : null);
  }
}
