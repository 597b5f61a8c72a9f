package org.microcert.taxonomy.extract;

import java.util.Optional;

/**
 * Codes a job title to an ESCO occupation. The postings pipeline depends only on this interface, so
 * the alignment matcher can replace the default {@link TokenOverlapTitleCoder}.
 */
public interface TitleCoder {

  /** The best occupation for the title, or empty when nothing scores high enough. */
  Optional<TitleCode> code(String title);
}
