package org.microcert.jobs.conformance;

import java.util.Objects;

/** One framework element's result for one credential, with the reason. */
public record ConformanceCheck(String element, ConformanceStatus status, String reason) {

  public ConformanceCheck {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
  }

  static ConformanceCheck pass(String element, String reason) {
    return new ConformanceCheck(element, ConformanceStatus.PASS, reason);
  }

  static ConformanceCheck warn(String element, String reason) {
    return new ConformanceCheck(element, ConformanceStatus.WARN, reason);
  }

  static ConformanceCheck fail(String element, String reason) {
    return new ConformanceCheck(element, ConformanceStatus.FAIL, reason);
  }
}
