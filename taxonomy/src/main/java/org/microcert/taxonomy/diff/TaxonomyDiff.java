package org.microcert.taxonomy.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.model.IscoGroup;
import org.microcert.taxonomy.model.Occupation;
import org.microcert.taxonomy.model.OccupationSkillRelation;
import org.microcert.taxonomy.model.RelationType;
import org.microcert.taxonomy.model.Skill;
import org.microcert.taxonomy.model.SkillGroup;

/**
 * Compares two releases: skills, occupations, skill groups and ISCO groups added, removed or
 * changed, with the changed fields.
 *
 * <p>Skills, occupations and ISCO groups are matched by URI. Skill groups are matched by URI, and
 * otherwise by their non-empty code, because v1.1.1 replaced the code-based group URIs of v1.1.0
 * ({@code skill/S1.1}) with UUIDs: such a pair is one CHANGED group with a {@code uri} field
 * change. Broader links to skill groups are compared by group code for the same reason.
 */
public final class TaxonomyDiff {

  private TaxonomyDiff() {}

  /**
   * Compares an older and a newer release of the same language.
   *
   * @throws IllegalArgumentException if the languages differ
   */
  public static DiffResult compare(Taxonomy from, Taxonomy to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.language().equals(to.language())) {
      throw new IllegalArgumentException(
          "Cannot compare ESCO releases: languages differ ("
              + from.language()
              + " vs "
              + to.language()
              + ")");
    }
    Side a = new Side(from);
    Side b = new Side(to);
    List<ConceptChange> out = new ArrayList<>();
    compareByUri(ConceptChange.SKILL, a.skills(), b.skills(), out);
    compareByUri(ConceptChange.OCCUPATION, a.occupations(), b.occupations(), out);
    compareGroups(a.skillGroups(), b.skillGroups(), out);
    compareByUri(ConceptChange.ISCO_GROUP, a.iscoGroups(), b.iscoGroups(), out);
    out.sort(
        (x, y) -> {
          int c =
              Integer.compare(
                  ConceptChange.TYPES.indexOf(x.conceptType()),
                  ConceptChange.TYPES.indexOf(y.conceptType()));
          return c != 0 ? c : x.conceptUri().compareTo(y.conceptUri());
        });
    return new DiffResult(from.version(), to.version(), to.language(), out);
  }

  private static void compareByUri(
      String type, Map<String, Snapshot> from, Map<String, Snapshot> to, List<ConceptChange> out) {
    for (Snapshot old : from.values()) {
      Snapshot now = to.get(old.uri());
      if (now == null) {
        out.add(new ConceptChange(old.uri(), type, ChangeKind.REMOVED, old.label(), List.of()));
      } else {
        changed(type, old, now, List.of()).ifPresent(out::add);
      }
    }
    for (Snapshot now : to.values()) {
      if (!from.containsKey(now.uri())) {
        out.add(new ConceptChange(now.uri(), type, ChangeKind.ADDED, now.label(), List.of()));
      }
    }
  }

  private static void compareGroups(
      Map<String, Snapshot> from, Map<String, Snapshot> to, List<ConceptChange> out) {
    String type = ConceptChange.SKILL_GROUP;
    Map<String, Snapshot> toByCode = new HashMap<>();
    for (Snapshot s : to.values()) {
      if (!s.code().isEmpty() && !from.containsKey(s.uri())) {
        toByCode.putIfAbsent(s.code(), s);
      }
    }
    Set<String> matchedTo = new HashSet<>();
    for (Snapshot old : from.values()) {
      Snapshot now = to.get(old.uri());
      List<FieldChange> extra = List.of();
      if (now == null && !old.code().isEmpty()) {
        now = toByCode.get(old.code());
        if (now != null && !matchedTo.add(now.uri())) {
          now = null;
        }
        if (now != null) {
          extra = List.of(new FieldChange("uri", old.uri(), now.uri()));
        }
      }
      if (now == null) {
        out.add(new ConceptChange(old.uri(), type, ChangeKind.REMOVED, old.label(), List.of()));
      } else {
        matchedTo.add(now.uri());
        changed(type, old, now, extra).ifPresent(out::add);
      }
    }
    for (Snapshot now : to.values()) {
      if (!matchedTo.contains(now.uri())) {
        out.add(new ConceptChange(now.uri(), type, ChangeKind.ADDED, now.label(), List.of()));
      }
    }
  }

  private static Optional<ConceptChange> changed(
      String type, Snapshot old, Snapshot now, List<FieldChange> extra) {
    List<FieldChange> fields = new ArrayList<>(extra);
    for (Map.Entry<String, SnapshotField> e : old.fields().entrySet()) {
      e.getValue().changeTo(e.getKey(), now.fields().get(e.getKey())).ifPresent(fields::add);
    }
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ConceptChange(now.uri(), type, ChangeKind.CHANGED, now.label(), fields));
  }

  /** A concept reduced to comparable fields, in report order. */
  private record Snapshot(
      String uri, String label, String code, Map<String, SnapshotField> fields) {}

  /** One release prepared for comparison. */
  private static final class Side {
    private final Taxonomy t;
    private final Map<String, String> groupCodes = new HashMap<>();

    Side(Taxonomy t) {
      this.t = t;
      for (SkillGroup g : t.skillGroups()) {
        if (!g.code().isEmpty()) {
          groupCodes.put(g.uri(), g.code());
        }
      }
    }

    Map<String, Snapshot> skills() {
      Map<String, Snapshot> m = new LinkedHashMap<>();
      for (Skill s : t.skills()) {
        Map<String, SnapshotField> f = new LinkedHashMap<>();
        f.put("preferredLabel", new SnapshotField.Text(s.preferredLabel()));
        f.put("altLabels", SnapshotField.Members.of(s.altLabels()));
        f.put("skillType", new SnapshotField.Text(s.skillType().escoValue()));
        f.put("reuseLevel", new SnapshotField.Text(s.reuseLevel().escoValue()));
        f.put("description", new SnapshotField.Text(s.description().strip()));
        f.put("broader", broader(s.uri()));
        m.put(s.uri(), new Snapshot(s.uri(), s.preferredLabel(), "", f));
      }
      return m;
    }

    Map<String, Snapshot> occupations() {
      Map<String, Snapshot> m = new LinkedHashMap<>();
      for (Occupation o : t.occupations()) {
        Map<String, SnapshotField> f = new LinkedHashMap<>();
        f.put("preferredLabel", new SnapshotField.Text(o.preferredLabel()));
        f.put("altLabels", SnapshotField.Members.of(o.altLabels()));
        f.put("code", new SnapshotField.Text(o.code()));
        f.put("iscoGroup", new SnapshotField.Text(o.iscoGroup()));
        f.put("description", new SnapshotField.Text(o.description().strip()));
        f.put("broader", broader(o.uri()));
        f.put("essentialSkills", skills(o.uri(), RelationType.ESSENTIAL));
        f.put("optionalSkills", skills(o.uri(), RelationType.OPTIONAL));
        m.put(o.uri(), new Snapshot(o.uri(), o.preferredLabel(), o.code(), f));
      }
      return m;
    }

    Map<String, Snapshot> skillGroups() {
      Map<String, Snapshot> m = new LinkedHashMap<>();
      for (SkillGroup g : t.skillGroups()) {
        Map<String, SnapshotField> f = new LinkedHashMap<>();
        f.put("preferredLabel", new SnapshotField.Text(g.preferredLabel()));
        f.put("altLabels", SnapshotField.Members.of(g.altLabels()));
        f.put("code", new SnapshotField.Text(g.code()));
        f.put("description", new SnapshotField.Text(g.description().strip()));
        f.put("broader", broader(g.uri()));
        m.put(g.uri(), new Snapshot(g.uri(), g.preferredLabel(), g.code(), f));
      }
      return m;
    }

    Map<String, Snapshot> iscoGroups() {
      Map<String, Snapshot> m = new LinkedHashMap<>();
      for (IscoGroup g : t.iscoGroups()) {
        Map<String, SnapshotField> f = new LinkedHashMap<>();
        f.put("preferredLabel", new SnapshotField.Text(g.preferredLabel()));
        f.put("altLabels", SnapshotField.Members.of(g.altLabels()));
        f.put("code", new SnapshotField.Text(g.code()));
        f.put("description", new SnapshotField.Text(g.description().strip()));
        f.put("broader", broader(g.uri()));
        m.put(g.uri(), new Snapshot(g.uri(), g.preferredLabel(), g.code(), f));
      }
      return m;
    }

    private SnapshotField broader(String uri) {
      SortedMap<String, String> m = new TreeMap<>();
      for (String b : t.broader(uri)) {
        String code = groupCodes.get(b);
        m.put(code == null ? b : "skill-group:" + code, b);
      }
      return new SnapshotField.Members(m);
    }

    private SnapshotField skills(String occupationUri, RelationType type) {
      SortedMap<String, String> m = new TreeMap<>();
      for (OccupationSkillRelation r : t.skillsFor(occupationUri, type)) {
        m.put(r.skillUri(), r.skillUri());
      }
      return new SnapshotField.Members(m);
    }
  }
}
