package org.microcert.taxonomy.eval;

import java.util.List;

/** Ranks concept URIs for a text, best first. Must be thread-safe. */
@FunctionalInterface
public interface Ranker {
  List<String> rank(String text);
}
