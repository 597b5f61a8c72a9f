package org.microcert.jobs.catalog.format;

import java.util.Map;
import java.util.TreeMap;

/**
 * What each format could not carry, counted while it is written: per format, per kind of catalog
 * fact, how many were dropped outright and how many survive only as free text.
 */
final class Losses {

  /** Counts of one kind of fact in one format. */
  static final class Count {
    long dropped;
    long textOnly;
  }

  static final String DECISIONS = "decisions (reviewer, working group, rationale, report)";
  static final String RELEVANCE = "relevance evidence (band, postings, share, interval)";

  private final Map<String, Map<String, Count>> counts = new TreeMap<>();
  private final Map<String, String> limits = new TreeMap<>();

  /** Records what a format cannot express (one sentence, shown in LOSSES.md). */
  void limit(String format, String sentence) {
    limits.merge(format, sentence, (a, b) -> a + " " + b);
  }

  void dropped(String format, String fact, long n) {
    count(format, fact).dropped += n;
  }

  /** The catalog's decisions and endorsements, none of which {@code format} can carry. */
  void decisionsAndEndorsements(String format, CatalogIndex index, String endorsementFact) {
    dropped(format, DECISIONS, index.decisionCount());
    dropped(format, endorsementFact, index.endorsementCount());
  }

  void textOnly(String format, String fact, long n) {
    count(format, fact).textOnly += n;
  }

  private Count count(String format, String fact) {
    return counts
        .computeIfAbsent(format, f -> new TreeMap<>())
        .computeIfAbsent(fact, x -> new Count());
  }

  Map<String, Map<String, Count>> counts() {
    return counts;
  }

  Map<String, String> limits() {
    return limits;
  }

  long dropped(String format) {
    return counts.getOrDefault(format, Map.of()).values().stream().mapToLong(c -> c.dropped).sum();
  }
}
