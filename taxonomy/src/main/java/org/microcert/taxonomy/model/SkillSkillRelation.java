package org.microcert.taxonomy.model;

import java.util.Objects;

/** A skill's essential or optional related skill (a row of {@code skillSkillRelations}). */
public record SkillSkillRelation(
    String originalSkillUri, RelationType relationType, String relatedSkillUri) {

  public SkillSkillRelation {
    Objects.requireNonNull(originalSkillUri, "originalSkillUri");
    Objects.requireNonNull(relationType, "relationType");
    Objects.requireNonNull(relatedSkillUri, "relatedSkillUri");
  }
}
