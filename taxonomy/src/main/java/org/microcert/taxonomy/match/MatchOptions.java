package org.microcert.taxonomy.match;

import java.util.Objects;

/**
 * What to rank and how deep.
 *
 * @param target skills or occupations
 * @param topK number of matches returned (1 to 1,000)
 * @param depth lexical and dense candidates considered before fusion (at least topK); evaluation
 *     ranks deep (1,000) so that MRR sees late golds
 * @param explain whether to compute matched text and terms (costs a little per match)
 */
public record MatchOptions(Target target, int topK, int depth, boolean explain) {

  public MatchOptions {
    Objects.requireNonNull(target, "target");
    if (topK < 1 || topK > 1000) {
      throw new IllegalArgumentException(
          "Cannot create match options: topK " + topK + " not in 1..1000");
    }
    depth = Math.max(depth, topK);
  }

  /** Top {@code k} skills, with explanations. */
  public static MatchOptions skills(int k) {
    return new MatchOptions(Target.SKILLS, k, Math.max(100, 5 * k), true);
  }

  /** Top {@code k} occupations, with explanations. */
  public static MatchOptions occupations(int k) {
    return new MatchOptions(Target.OCCUPATIONS, k, Math.max(100, 5 * k), true);
  }

  /** The same options with another candidate depth. */
  public MatchOptions withDepth(int d) {
    return new MatchOptions(target, topK, d, explain);
  }

  /** The same options with or without explanations. */
  public MatchOptions withExplain(boolean e) {
    return new MatchOptions(target, topK, depth, e);
  }
}
