package org.microcert.taxonomy.model;

import java.util.List;
import java.util.Objects;

/**
 * An ESCO skill, competence or knowledge concept (a row of {@code skills_<lang>.csv}).
 *
 * @param uri concept URI
 * @param preferredLabel preferred label in the release's language
 * @param altLabels alternative labels (ESCO puts them one per line in one cell)
 * @param hiddenLabels hidden labels (search-only spellings)
 * @param skillType knowledge or skill/competence
 * @param reuseLevel transversal … occupation-specific
 * @param description ESCO's description; may be empty
 * @param status release status, usually {@code released}
 * @param modifiedDate ISO timestamp as published; may be empty
 */
public record Skill(
    String uri,
    String preferredLabel,
    List<String> altLabels,
    List<String> hiddenLabels,
    SkillType skillType,
    ReuseLevel reuseLevel,
    String description,
    String status,
    String modifiedDate) {

  public Skill {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(preferredLabel, "preferredLabel");
    altLabels = List.copyOf(altLabels);
    hiddenLabels = List.copyOf(hiddenLabels);
    Objects.requireNonNull(skillType, "skillType");
    Objects.requireNonNull(reuseLevel, "reuseLevel");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(modifiedDate, "modifiedDate");
  }
}
