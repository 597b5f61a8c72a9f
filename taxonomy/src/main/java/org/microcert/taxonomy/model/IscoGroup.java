package org.microcert.taxonomy.model;

import java.util.List;
import java.util.Objects;

/** An ISCO-08 group as ESCO publishes it (a row of {@code ISCOGroups_<lang>.csv}). */
public record IscoGroup(
    String uri, String code, String preferredLabel, List<String> altLabels, String description) {

  public IscoGroup {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(preferredLabel, "preferredLabel");
    altLabels = List.copyOf(altLabels);
    Objects.requireNonNull(description, "description");
  }
}
