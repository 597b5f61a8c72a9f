package org.microcert.taxonomy.model;

import java.util.Objects;

/** An occupation's essential or optional skill (a row of {@code occupationSkillRelations}). */
public record OccupationSkillRelation(
    String occupationUri, RelationType relationType, String skillUri) {

  public OccupationSkillRelation {
    Objects.requireNonNull(occupationUri, "occupationUri");
    Objects.requireNonNull(relationType, "relationType");
    Objects.requireNonNull(skillUri, "skillUri");
  }
}
