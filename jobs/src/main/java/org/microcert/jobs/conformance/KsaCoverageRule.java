package org.microcert.jobs.conformance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Outcomes cover knowledge, skills and attitudes explicitly: all three declared (pass); all three
 * present only when counting the classifier's inferred class (warn); a class missing (fail).
 */
public final class KsaCoverageRule implements ConformanceRule {

  private static final List<String> CLASSES = List.of("knowledge", "skill", "attitude");

  @Override
  public String element() {
    return "Knowledge, skills and attitudes";
  }

  @Override
  public ConformanceCheck check(CredentialRecord c, LocalDate reportDate) {
    List<String> missing = new ArrayList<>();
    List<String> inferredOnly = new ArrayList<>();
    for (String k : CLASSES) {
      boolean declared = c.outcomes().stream().anyMatch(o -> k.equals(norm(o.declaredType())));
      boolean inferred = c.outcomes().stream().anyMatch(o -> k.equals(norm(o.ksaClass())));
      if (!declared && !inferred) {
        missing.add(k);
      } else if (!declared) {
        inferredOnly.add(k);
      }
    }
    if (!missing.isEmpty()) {
      return ConformanceCheck.fail(element(), "No outcome covers: " + String.join(", ", missing));
    }
    if (!inferredOnly.isEmpty()) {
      return ConformanceCheck.warn(
          element(),
          "Covered but not declared (inferred from the text): " + String.join(", ", inferredOnly));
    }
    return ConformanceCheck.pass(element(), "Knowledge, skill and attitude outcomes declared");
  }

  private static String norm(String s) {
    return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
  }
}
