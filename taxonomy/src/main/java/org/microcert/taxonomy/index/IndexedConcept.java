package org.microcert.taxonomy.index;

import java.util.ArrayList;
import java.util.List;

/**
 * A skill or occupation as stored in the competency index.
 *
 * @param doc Lucene doc id in the opened index
 * @param uri concept URI
 * @param type {@link CompetencyFields#TYPE_SKILL} or {@link CompetencyFields#TYPE_OCCUPATION}
 * @param preferredLabel preferred label
 * @param altLabels alternative labels
 * @param hiddenLabels hidden labels
 * @param description description, may be empty
 * @param skillType {@code knowledge}, {@code skill/competence} or empty (occupations)
 * @param reuseLevel ESCO reuse level or empty
 * @param collections collection keys
 * @param broaderUris directly broader concepts
 * @param broaderLabels their preferred labels
 * @param groupCodes codes of all skill groups above a skill (e.g. {@code T3.3})
 * @param iscoGroup ISCO unit group of an occupation, else empty
 */
public record IndexedConcept(
    int doc,
    String uri,
    String type,
    String preferredLabel,
    List<String> altLabels,
    List<String> hiddenLabels,
    String description,
    String skillType,
    String reuseLevel,
    List<String> collections,
    List<String> broaderUris,
    List<String> broaderLabels,
    List<String> groupCodes,
    String iscoGroup) {

  /** Preferred label first, then alternative, then hidden labels. */
  public List<String> allLabels() {
    List<String> all = new ArrayList<>(1 + altLabels.size() + hiddenLabels.size());
    all.add(preferredLabel);
    all.addAll(altLabels);
    all.addAll(hiddenLabels);
    return all;
  }

  public boolean isSkill() {
    return CompetencyFields.TYPE_SKILL.equals(type);
  }
}
