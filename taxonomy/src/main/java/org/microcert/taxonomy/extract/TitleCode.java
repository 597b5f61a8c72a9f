package org.microcert.taxonomy.extract;

import java.util.Objects;

/**
 * A job title coded to an ESCO occupation.
 *
 * @param occupationUri ESCO occupation URI
 * @param iscoGroup the occupation's 4-digit ISCO-08 unit group
 * @param label the occupation label that matched best
 * @param score similarity in [0, 1]
 */
public record TitleCode(String occupationUri, String iscoGroup, String label, double score) {

  public TitleCode {
    Objects.requireNonNull(occupationUri, "occupationUri");
    Objects.requireNonNull(iscoGroup, "iscoGroup");
    Objects.requireNonNull(label, "label");
  }
}
