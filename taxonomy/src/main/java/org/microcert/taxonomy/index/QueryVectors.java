package org.microcert.taxonomy.index;

/** Where the matcher's dense side gets a (cleaned) query text's vector from. */
@FunctionalInterface
public interface QueryVectors {

  /** MiniLM on the calling thread, nothing kept. */
  QueryVectors MINILM = text -> SentenceEmbedder.get().embed(text);

  /** The normalised MiniLM vector of {@code text}. */
  float[] vector(String text);
}
