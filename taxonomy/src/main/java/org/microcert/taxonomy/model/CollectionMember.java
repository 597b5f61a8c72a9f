package org.microcert.taxonomy.model;

import java.util.Objects;

/** Membership of a concept in one of ESCO's collections. */
public record CollectionMember(EscoCollection collection, String conceptUri) {

  public CollectionMember {
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(conceptUri, "conceptUri");
  }
}
