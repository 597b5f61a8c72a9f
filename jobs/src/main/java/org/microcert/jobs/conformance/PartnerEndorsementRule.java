package org.microcert.jobs.conformance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A partner endorsement is present and current at the report date: endorsed on or before it and
 * expiring after it (pass); current but expiring within {@link #WARN_DAYS} days (warn); none, none
 * current, or unreadable dates (fail).
 */
public final class PartnerEndorsementRule implements ConformanceRule {

  /** An endorsement expiring within this many days of the report date gives a warning. */
  public static final int WARN_DAYS = 90;

  @Override
  public String element() {
    return "Partner endorsement current";
  }

  @Override
  public ConformanceCheck check(CredentialRecord c, LocalDate reportDate) {
    if (c.endorsements().isEmpty()) {
      return ConformanceCheck.fail(element(), "No partner endorsement declared");
    }
    List<String> problems = new ArrayList<>();
    List<CredentialRecord.Endorsement> current = new ArrayList<>();
    List<String> expired = new ArrayList<>();
    for (CredentialRecord.Endorsement e : c.endorsements()) {
      String who = ConformanceRule.blank(e.partner()) ? "(unnamed partner)" : e.partner().strip();
      LocalDate endorsed;
      LocalDate expires;
      try {
        endorsed = LocalDate.parse(e.endorsed().strip());
        expires = LocalDate.parse(e.expires().strip());
      } catch (DateTimeParseException | NullPointerException ex) {
        problems.add(who + ": unreadable dates '" + e.endorsed() + "' / '" + e.expires() + "'");
        continue;
      }
      if (ConformanceRule.blank(e.partner())) {
        problems.add("an endorsement names no partner");
      } else if (endorsed.isAfter(reportDate)) {
        problems.add(who + " endorses only from " + endorsed);
      } else if (!expires.isAfter(reportDate)) {
        expired.add(who + " expired " + expires);
      } else {
        current.add(e);
      }
    }
    if (current.isEmpty()) {
      List<String> why = new ArrayList<>(expired);
      why.addAll(problems);
      return ConformanceCheck.fail(
          element(), "No endorsement current on " + reportDate + ": " + String.join("; ", why));
    }
    CredentialRecord.Endorsement latest =
        current.stream()
            .max(Comparator.comparing(e -> LocalDate.parse(e.expires().strip())))
            .orElseThrow();
    LocalDate until = LocalDate.parse(latest.expires().strip());
    String what = latest.partner().strip() + " until " + until;
    if (until.isBefore(reportDate.plusDays(WARN_DAYS))) {
      return ConformanceCheck.warn(
          element(), "Endorsed by " + what + " (expires within " + WARN_DAYS + " days)");
    }
    return ConformanceCheck.pass(element(), "Endorsed by " + what);
  }
}
