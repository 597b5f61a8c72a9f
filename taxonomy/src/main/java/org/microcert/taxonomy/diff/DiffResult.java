package org.microcert.taxonomy.diff;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The differences between two releases of the same language.
 *
 * @param fromVersion the older release's version
 * @param toVersion the newer release's version
 * @param language the language compared
 * @param changes sorted by concept type ({@link ConceptChange#TYPES} order) then URI
 */
public record DiffResult(
    String fromVersion, String toVersion, String language, List<ConceptChange> changes) {

  public DiffResult {
    Objects.requireNonNull(fromVersion, "fromVersion");
    Objects.requireNonNull(toVersion, "toVersion");
    Objects.requireNonNull(language, "language");
    changes = List.copyOf(changes);
  }

  /** How many concepts of this type had this change. */
  public long count(String conceptType, ChangeKind change) {
    return changes.stream()
        .filter(c -> c.conceptType().equals(conceptType) && c.change() == change)
        .count();
  }

  /** Counts per concept type (report order) and change kind, zeros included. */
  public Map<String, Map<ChangeKind, Long>> summary() {
    Map<String, Map<ChangeKind, Long>> out = new LinkedHashMap<>();
    for (String type : ConceptChange.TYPES) {
      Map<ChangeKind, Long> m = new EnumMap<>(ChangeKind.class);
      for (ChangeKind k : ChangeKind.values()) {
        m.put(k, 0L);
      }
      out.put(type, m);
    }
    for (ConceptChange c : changes) {
      out.get(c.conceptType()).merge(c.change(), 1L, Long::sum);
    }
    return out;
  }
}
