package org.microcert.taxonomy.model;

import java.util.List;
import java.util.Objects;

/** An ESCO concept scheme and its top concepts (a row of {@code conceptSchemes_<lang>.csv}). */
public record ConceptScheme(
    String uri, String preferredLabel, String description, List<String> topConcepts) {

  public ConceptScheme {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(preferredLabel, "preferredLabel");
    Objects.requireNonNull(description, "description");
    topConcepts = List.copyOf(topConcepts);
  }
}
