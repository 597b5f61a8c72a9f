package org.microcert.jobs.postings;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.microcert.pipelines.postings.ExtractionModel;
import picocli.CommandLine.Option;

/**
 * The {@code --sentence-skills} option of {@code postings extract} and the extraction benches: the
 * competency matcher's confident sentence skills ({@link
 * org.microcert.taxonomy.match.SentenceSkills}) added to the trie's, over the imported release's
 * index. Off by default: on the dev gold sets it lifts F1 by 0.015 (docs/evidence-quality.md) and
 * makes the extraction stage 1.55 x slower, against the rule that the pipeline gets no slower.
 */
public final class SentenceSkillsSetup {

  @Option(
      names = "--sentence-skills",
      description =
          "Also keep the competency matcher's best skill of a sentence when a rule says it is sure"
              + " (preferred label, three matched words, sector- or occupation-specific; needs the"
              + " imported release's index). Off by default: dev F1 +0.015, extraction 1.55 x"
              + " slower.")
  public boolean enabled;

  /**
   * The model with sentence skills over {@code <releaseDir>/index} when {@code enabled}, else the
   * model unchanged; one line to {@code note} when they are asked for and there is no such index.
   *
   * @param releaseDir the imported release ({@code <warehouse>/taxonomy/esco/<version>/<lang>}), or
   *     null
   */
  public static ExtractionModel apply(
      ExtractionModel model, Path releaseDir, boolean enabled, Consumer<String> note) {
    if (!enabled) {
      return model;
    }
    Optional<Path> index = ReleaseIndex.of(releaseDir);
    if (index.isEmpty()) {
      note.accept("no imported English ESCO release with an index: skills from the trie only");
      return model;
    }
    return model.withSkillMatcher(index.get());
  }
}
