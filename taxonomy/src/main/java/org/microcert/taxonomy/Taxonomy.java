package org.microcert.taxonomy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.microcert.taxonomy.model.BroaderRelation;
import org.microcert.taxonomy.model.CollectionMember;
import org.microcert.taxonomy.model.ConceptScheme;
import org.microcert.taxonomy.model.EscoCollection;
import org.microcert.taxonomy.model.HierarchyEntry;
import org.microcert.taxonomy.model.IscoGroup;
import org.microcert.taxonomy.model.Occupation;
import org.microcert.taxonomy.model.OccupationSkillRelation;
import org.microcert.taxonomy.model.RelationType;
import org.microcert.taxonomy.model.Skill;
import org.microcert.taxonomy.model.SkillGroup;
import org.microcert.taxonomy.model.SkillSkillRelation;

/**
 * One ESCO release in one language, held in memory: every concept and relation, with lookups.
 *
 * <p>Immutable. Lists keep the order of the source files. Build one with {@link Builder} (the CSV
 * loader does).
 */
public final class Taxonomy {

  private final String version;
  private final String language;
  private final List<Skill> skills;
  private final List<Occupation> occupations;
  private final List<SkillGroup> skillGroups;
  private final List<IscoGroup> iscoGroups;
  private final List<OccupationSkillRelation> occupationSkillRelations;
  private final List<SkillSkillRelation> skillSkillRelations;
  private final List<BroaderRelation> broaderRelations;
  private final List<CollectionMember> collectionMembers;
  private final List<ConceptScheme> conceptSchemes;
  private final List<HierarchyEntry> hierarchy;

  private final Map<String, Skill> skillsByUri;
  private final Map<String, Occupation> occupationsByUri;
  private final Map<String, List<String>> broaderByUri;
  private final Map<String, Set<EscoCollection>> collectionsByUri;
  private final Map<String, List<OccupationSkillRelation>> relationsByOccupation;
  private final Map<String, List<OccupationSkillRelation>> relationsBySkill;

  private Taxonomy(Builder b) {
    this.version = Objects.requireNonNull(b.version, "version");
    this.language = Objects.requireNonNull(b.language, "language");
    this.skills = List.copyOf(b.skills);
    this.occupations = List.copyOf(b.occupations);
    this.skillGroups = List.copyOf(b.skillGroups);
    this.iscoGroups = List.copyOf(b.iscoGroups);
    this.occupationSkillRelations = List.copyOf(b.occupationSkillRelations);
    this.skillSkillRelations = List.copyOf(b.skillSkillRelations);
    this.broaderRelations = List.copyOf(b.broaderRelations);
    this.collectionMembers = List.copyOf(b.collectionMembers);
    this.conceptSchemes = List.copyOf(b.conceptSchemes);
    this.hierarchy = List.copyOf(b.hierarchy);

    Map<String, Skill> s = new LinkedHashMap<>();
    skills.forEach(k -> s.put(k.uri(), k));
    this.skillsByUri = Collections.unmodifiableMap(s);
    Map<String, Occupation> o = new LinkedHashMap<>();
    occupations.forEach(k -> o.put(k.uri(), k));
    this.occupationsByUri = Collections.unmodifiableMap(o);
    Map<String, List<String>> broader = new HashMap<>();
    for (BroaderRelation r : broaderRelations) {
      broader.computeIfAbsent(r.conceptUri(), k -> new ArrayList<>()).add(r.broaderUri());
    }
    this.broaderByUri = freezeLists(broader);
    Map<String, Set<EscoCollection>> coll = new HashMap<>();
    for (CollectionMember m : collectionMembers) {
      coll.computeIfAbsent(m.conceptUri(), k -> EnumSet.noneOf(EscoCollection.class))
          .add(m.collection());
    }
    coll.replaceAll((k, v) -> Collections.unmodifiableSet(v));
    this.collectionsByUri = coll;
    Map<String, List<OccupationSkillRelation>> byOcc = new HashMap<>();
    Map<String, List<OccupationSkillRelation>> bySkill = new HashMap<>();
    for (OccupationSkillRelation r : occupationSkillRelations) {
      byOcc.computeIfAbsent(r.occupationUri(), k -> new ArrayList<>()).add(r);
      bySkill.computeIfAbsent(r.skillUri(), k -> new ArrayList<>()).add(r);
    }
    this.relationsByOccupation = freezeLists(byOcc);
    this.relationsBySkill = freezeLists(bySkill);
  }

  private static <T> Map<String, List<T>> freezeLists(Map<String, List<T>> m) {
    m.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(m);
  }

  /** A new, empty builder. */
  public static Builder builder(String version, String language) {
    return new Builder(version, language);
  }

  /** ESCO version, e.g. {@code v1.1.1}. */
  public String version() {
    return version;
  }

  /** ESCO language code, e.g. {@code en}. */
  public String language() {
    return language;
  }

  public List<Skill> skills() {
    return skills;
  }

  public List<Occupation> occupations() {
    return occupations;
  }

  public List<SkillGroup> skillGroups() {
    return skillGroups;
  }

  public List<IscoGroup> iscoGroups() {
    return iscoGroups;
  }

  public List<OccupationSkillRelation> occupationSkillRelations() {
    return occupationSkillRelations;
  }

  public List<SkillSkillRelation> skillSkillRelations() {
    return skillSkillRelations;
  }

  public List<BroaderRelation> broaderRelations() {
    return broaderRelations;
  }

  public List<CollectionMember> collectionMembers() {
    return collectionMembers;
  }

  public List<ConceptScheme> conceptSchemes() {
    return conceptSchemes;
  }

  public List<HierarchyEntry> hierarchy() {
    return hierarchy;
  }

  /** The skill with this URI, if the release has it. */
  public Optional<Skill> skill(String uri) {
    return Optional.ofNullable(skillsByUri.get(uri));
  }

  /** The occupation with this URI, if the release has it. */
  public Optional<Occupation> occupation(String uri) {
    return Optional.ofNullable(occupationsByUri.get(uri));
  }

  /** URIs of the concepts directly broader than this one (skill groups, ISCO groups, parents). */
  public List<String> broader(String conceptUri) {
    return broaderByUri.getOrDefault(conceptUri, List.of());
  }

  /** The collections this concept belongs to; empty if none. */
  public Set<EscoCollection> collections(String conceptUri) {
    return collectionsByUri.getOrDefault(conceptUri, Set.of());
  }

  /** The occupation's skill relations of the given type. */
  public List<OccupationSkillRelation> skillsFor(String occupationUri, RelationType type) {
    return relationsByOccupation.getOrDefault(occupationUri, List.of()).stream()
        .filter(r -> r.relationType() == type)
        .toList();
  }

  /** Every occupation relation that names this skill. */
  public List<OccupationSkillRelation> occupationsFor(String skillUri) {
    return relationsBySkill.getOrDefault(skillUri, List.of());
  }

  /** Collects the parts of a {@link Taxonomy}; not thread-safe. */
  public static final class Builder {
    private final String version;
    private final String language;
    private final List<Skill> skills = new ArrayList<>();
    private final List<Occupation> occupations = new ArrayList<>();
    private final List<SkillGroup> skillGroups = new ArrayList<>();
    private final List<IscoGroup> iscoGroups = new ArrayList<>();
    private final List<OccupationSkillRelation> occupationSkillRelations = new ArrayList<>();
    private final List<SkillSkillRelation> skillSkillRelations = new ArrayList<>();
    private final List<BroaderRelation> broaderRelations = new ArrayList<>();
    private final List<CollectionMember> collectionMembers = new ArrayList<>();
    private final List<ConceptScheme> conceptSchemes = new ArrayList<>();
    private final List<HierarchyEntry> hierarchy = new ArrayList<>();

    private Builder(String version, String language) {
      this.version = Objects.requireNonNull(version, "version");
      this.language = Objects.requireNonNull(language, "language");
    }

    public Builder addSkill(Skill v) {
      skills.add(v);
      return this;
    }

    public Builder addOccupation(Occupation v) {
      occupations.add(v);
      return this;
    }

    public Builder addSkillGroup(SkillGroup v) {
      skillGroups.add(v);
      return this;
    }

    public Builder addIscoGroup(IscoGroup v) {
      iscoGroups.add(v);
      return this;
    }

    public Builder addOccupationSkillRelation(OccupationSkillRelation v) {
      occupationSkillRelations.add(v);
      return this;
    }

    public Builder addSkillSkillRelation(SkillSkillRelation v) {
      skillSkillRelations.add(v);
      return this;
    }

    public Builder addBroaderRelation(BroaderRelation v) {
      broaderRelations.add(v);
      return this;
    }

    public Builder addCollectionMember(CollectionMember v) {
      collectionMembers.add(v);
      return this;
    }

    public Builder addConceptScheme(ConceptScheme v) {
      conceptSchemes.add(v);
      return this;
    }

    public Builder addHierarchyEntry(HierarchyEntry v) {
      hierarchy.add(v);
      return this;
    }

    /** The immutable taxonomy. */
    public Taxonomy build() {
      return new Taxonomy(this);
    }
  }
}
