package org.microcert.taxonomy.model;

import java.util.List;
import java.util.Objects;

/**
 * An ESCO occupation (a row of {@code occupations_<lang>.csv}).
 *
 * @param uri concept URI
 * @param code ESCO occupation code, e.g. {@code 2166.1}
 * @param iscoGroup ISCO-08 unit group code, e.g. {@code 2166}
 * @param preferredLabel preferred label
 * @param altLabels alternative labels
 * @param hiddenLabels hidden labels
 * @param description description; may be empty
 * @param status release status
 * @param modifiedDate ISO timestamp as published; may be empty
 */
public record Occupation(
    String uri,
    String code,
    String iscoGroup,
    String preferredLabel,
    List<String> altLabels,
    List<String> hiddenLabels,
    String description,
    String status,
    String modifiedDate) {

  public Occupation {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(iscoGroup, "iscoGroup");
    Objects.requireNonNull(preferredLabel, "preferredLabel");
    altLabels = List.copyOf(altLabels);
    hiddenLabels = List.copyOf(hiddenLabels);
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(modifiedDate, "modifiedDate");
  }
}
