package org.microcert.taxonomy.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A concept added, removed or changed between two releases.
 *
 * @param conceptUri the URI in the newer release (in the older one for removals)
 * @param conceptType {@code skill}, {@code occupation}, {@code skill-group} or {@code isco-group}
 * @param change added, removed or changed
 * @param preferredLabel the label in the newer release (older one for removals)
 * @param fields what changed; empty for additions and removals
 */
public record ConceptChange(
    String conceptUri,
    String conceptType,
    ChangeKind change,
    String preferredLabel,
    List<FieldChange> fields) {

  public static final String SKILL = "skill";
  public static final String OCCUPATION = "occupation";
  public static final String SKILL_GROUP = "skill-group";
  public static final String ISCO_GROUP = "isco-group";

  /** Concept types in report order. */
  public static final List<String> TYPES = List.of(SKILL, OCCUPATION, SKILL_GROUP, ISCO_GROUP);

  public ConceptChange {
    Objects.requireNonNull(conceptUri, "conceptUri");
    Objects.requireNonNull(conceptType, "conceptType");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(preferredLabel, "preferredLabel");
    fields = List.copyOf(fields);
  }

  /** The change to one field, if that field changed. */
  public Optional<FieldChange> field(String name) {
    return fields.stream().filter(f -> f.field().equals(name)).findFirst();
  }
}
