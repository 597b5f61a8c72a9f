package org.microcert.taxonomy.model;

import java.util.Objects;

/**
 * One node of {@code skillsHierarchy_<lang>.csv}: the deepest filled level of a row, with its
 * parent.
 *
 * @param level 0 to 3
 * @param uri the node's URI
 * @param code the node's code (e.g. {@code S1.2}); may be empty in some releases
 * @param preferredLabel the node's preferred term
 * @param parentUri the node at {@code level - 1}, empty for level 0
 */
public record HierarchyEntry(
    int level, String uri, String code, String preferredLabel, String parentUri) {

  public HierarchyEntry {
    if (level < 0 || level > 3) {
      throw new IllegalArgumentException("Cannot create hierarchy entry: level " + level);
    }
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(preferredLabel, "preferredLabel");
    Objects.requireNonNull(parentUri, "parentUri");
  }
}
