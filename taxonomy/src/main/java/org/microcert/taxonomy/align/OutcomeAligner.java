package org.microcert.taxonomy.align;

import java.util.List;

/**
 * How {@link AlignmentRun} aligns a submission's accepted outcomes: in this JVM ({@link
 * AlignmentRun#inProcess}) or elsewhere (the pipelines' Spark stage). Every implementation gives
 * the same alignments: each distinct (language, text) is aligned once by {@link
 * AlignmentRun#alignText} and its result shared by the outcomes that repeat it.
 */
public interface OutcomeAligner {

  /** Whether outcomes in {@code language} can be aligned (an ESCO index for it exists). */
  boolean aligns(String language);

  /** The alignments of {@code outcomes} (all in languages it aligns), in their order. */
  List<Alignment> alignAll(String submissionId, List<Outcome> outcomes);
}
