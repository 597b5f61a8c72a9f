package org.microcert.taxonomy.model;

import java.util.Objects;

/**
 * A broader link in the skill or occupation pillar ({@code broaderRelations*Pillar}).
 *
 * @param conceptType e.g. {@code KnowledgeSkillCompetence}, {@code Occupation}, {@code SkillGroup}
 * @param conceptUri the narrower concept
 * @param broaderType type of the broader concept
 * @param broaderUri the broader concept
 */
public record BroaderRelation(
    String conceptType, String conceptUri, String broaderType, String broaderUri) {

  public BroaderRelation {
    Objects.requireNonNull(conceptType, "conceptType");
    Objects.requireNonNull(conceptUri, "conceptUri");
    Objects.requireNonNull(broaderType, "broaderType");
    Objects.requireNonNull(broaderUri, "broaderUri");
  }
}
