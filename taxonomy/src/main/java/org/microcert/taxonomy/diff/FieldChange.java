package org.microcert.taxonomy.diff;

import java.util.Objects;

/**
 * One changed field of a concept.
 *
 * <p>For single values ({@code preferredLabel}, {@code skillType}, {@code description}, {@code uri}
 * ...) {@code oldValue} and {@code newValue} are the values. For sets ({@code altLabels}, {@code
 * broader}, {@code essentialSkills}, {@code optionalSkills}) {@code oldValue} lists the removed
 * members and {@code newValue} the added ones, sorted and joined by {@value #SEPARATOR}.
 */
public record FieldChange(String field, String oldValue, String newValue) {

  /** Joins the members of a set-valued change. */
  public static final String SEPARATOR = " | ";

  public FieldChange {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(oldValue, "oldValue");
    Objects.requireNonNull(newValue, "newValue");
  }
}
