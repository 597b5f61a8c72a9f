package org.microcert.taxonomy.model;

import java.util.List;
import java.util.Objects;

/**
 * A node of the skills hierarchy (a row of {@code skillGroups_<lang>.csv}).
 *
 * <p>Between v1.1.0 and v1.1.1 many group URIs changed, so groups are also matched by {@link
 * #code}.
 */
public record SkillGroup(
    String uri, String code, String preferredLabel, List<String> altLabels, String description) {

  public SkillGroup {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(preferredLabel, "preferredLabel");
    altLabels = List.copyOf(altLabels);
    Objects.requireNonNull(description, "description");
  }
}
