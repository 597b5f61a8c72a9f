package org.microcert.jobs.postings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.microcert.pipelines.postings.ExtractionModel;

/**
 * Where {@code postings extract} (and so {@code nightly}) and {@code bench extract-esco} add the
 * competency matcher's confident sentence skills to the trie's ({@link
 * org.microcert.taxonomy.match.SentenceSkills}): whenever the imported release has its index.
 */
public final class SentenceSkillsSetup {

  private SentenceSkillsSetup() {}

  /**
   * The model with sentence skills over {@code <releaseDir>/index}, or the model unchanged (and one
   * line to {@code note}) when there is no such index.
   *
   * @param releaseDir the imported release ({@code <warehouse>/taxonomy/esco/<version>/<lang>}), or
   *     null
   */
  public static ExtractionModel apply(
      ExtractionModel model, Path releaseDir, Consumer<String> note) {
    Path index = releaseDir == null ? null : releaseDir.resolve("index");
    if (index == null || !Files.isDirectory(index)) {
      note.accept("no imported English ESCO release with an index: skills from the trie only");
      return model;
    }
    return model.withSkillMatcher(index);
  }
}
