package org.microcert.taxonomy.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** One comparable field of a concept: a string, or a set of values. */
sealed interface SnapshotField permits SnapshotField.Text, SnapshotField.Members {

  /** The change from this value to {@code now}'s, if any, reported under {@code name}. */
  Optional<FieldChange> changeTo(String name, SnapshotField now);

  /** A string field, compared exactly. */
  record Text(String value) implements SnapshotField {
    @Override
    public Optional<FieldChange> changeTo(String name, SnapshotField now) {
      String other = now instanceof Text t ? t.value() : null;
      return value.equals(other)
          ? Optional.empty()
          : Optional.of(new FieldChange(name, value, other));
    }
  }

  /**
   * A set field as a sorted map from comparison key to displayed value (the key is a group code for
   * broader links to coded skill groups); a change lists the removed and the added values.
   */
  record Members(SortedMap<String, String> byKey) implements SnapshotField {

    /** The values as their own keys. */
    static Members of(Iterable<String> values) {
      SortedMap<String, String> m = new TreeMap<>();
      values.forEach(v -> m.put(v, v));
      return new Members(m);
    }

    @Override
    public Optional<FieldChange> changeTo(String name, SnapshotField now) {
      SortedMap<String, String> other = now instanceof Members m ? m.byKey() : new TreeMap<>();
      List<String> removed = new ArrayList<>();
      List<String> added = new ArrayList<>();
      byKey.forEach(
          (k, v) -> {
            if (!other.containsKey(k)) {
              removed.add(v);
            }
          });
      other.forEach(
          (k, v) -> {
            if (!byKey.containsKey(k)) {
              added.add(v);
            }
          });
      if (removed.isEmpty() && added.isEmpty()) {
        return Optional.empty();
      }
      removed.sort(null);
      added.sort(null);
      return Optional.of(
          new FieldChange(
              name,
              String.join(FieldChange.SEPARATOR, removed),
              String.join(FieldChange.SEPARATOR, added)));
    }
  }
}
