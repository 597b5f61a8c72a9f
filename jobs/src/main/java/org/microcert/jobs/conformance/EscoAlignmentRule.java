package org.microcert.jobs.conformance;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * Competencies are aligned to ESCO with confidence: every outcome has a match of high or medium
 * confidence (pass); some outcomes have none or only low-confidence ones (warn); none aligned
 * (fail).
 */
public final class EscoAlignmentRule implements ConformanceRule {

  @Override
  public String element() {
    return "Competencies aligned to ESCO";
  }

  @Override
  public ConformanceCheck check(CredentialRecord c, LocalDate reportDate) {
    int total = c.outcomes().size();
    if (total == 0) {
      return ConformanceCheck.fail(element(), "The credential has no outcomes");
    }
    List<String> unaligned =
        c.outcomes().stream()
            .filter(o -> o.matches().isEmpty())
            .map(CredentialRecord.Outcome::id)
            .toList();
    List<String> weak =
        c.outcomes().stream()
            .filter(o -> !o.matches().isEmpty())
            .filter(o -> o.matches().stream().noneMatch(CONFIDENT))
            .map(CredentialRecord.Outcome::id)
            .toList();
    long aligned = total - unaligned.size();
    if (aligned == 0) {
      return ConformanceCheck.fail(element(), "No outcome is aligned to an ESCO competency");
    }
    String counts = aligned + " of " + total + " outcomes aligned";
    if (!unaligned.isEmpty() || !weak.isEmpty()) {
      StringBuilder why = new StringBuilder(counts);
      if (!unaligned.isEmpty()) {
        why.append("; not aligned: ").append(String.join(", ", unaligned));
      }
      if (!weak.isEmpty()) {
        why.append("; low confidence only: ").append(String.join(", ", weak));
      }
      return ConformanceCheck.warn(element(), why.toString());
    }
    return ConformanceCheck.pass(element(), counts + " with high or medium confidence");
  }

  private static final Predicate<CredentialRecord.Match> CONFIDENT =
      m -> "high".equalsIgnoreCase(m.confidence()) || "medium".equalsIgnoreCase(m.confidence());
}
