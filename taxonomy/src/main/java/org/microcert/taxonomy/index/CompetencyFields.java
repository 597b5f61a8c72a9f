package org.microcert.taxonomy.index;

/** Field names of the competency index; one Lucene document per skill and per occupation. */
public final class CompetencyFields {

  /** Concept URI (exact, stored). */
  public static final String URI = "uri";

  /** {@link #TYPE_SKILL} or {@link #TYPE_OCCUPATION} (exact, stored). */
  public static final String TYPE = "type";

  /** Preferred label (analysed, stored). */
  public static final String PREFERRED = "preferred";

  /** Alternative labels, one value each (analysed, stored). */
  public static final String ALT = "alt";

  /** Hidden labels (analysed, stored). */
  public static final String HIDDEN = "hidden";

  /** Description (analysed, stored). */
  public static final String DESCRIPTION = "description";

  /** Skill type as ESCO writes it: {@code knowledge}, {@code skill/competence} or empty. */
  public static final String SKILL_TYPE = "skill_type";

  /** Reuse level as ESCO writes it, e.g. {@code transversal}. */
  public static final String REUSE_LEVEL = "reuse_level";

  /** Collection keys ({@code Collection.key()}), one value each. */
  public static final String COLLECTION = "collection";

  /** URIs of the directly broader concepts, one value each. */
  public static final String BROADER_URI = "broader_uri";

  /** Preferred labels of the directly broader concepts (analysed, stored). */
  public static final String BROADER_LABEL = "broader_label";

  /**
   * Codes of every skill group above a skill, transitively (e.g. {@code T3}, {@code T3.3}); used to
   * recognise attitudes (transversal groups such as "maintaining a positive attitude").
   */
  public static final String GROUP_CODE = "group_code";

  /** ISCO-08 unit group of an occupation (4 digits). */
  public static final String ISCO_GROUP = "isco_group";

  public static final String TYPE_SKILL = "skill";
  public static final String TYPE_OCCUPATION = "occupation";

  private CompetencyFields() {}
}
