package org.microcert.jobs.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The text table {@code review list} prints. */
final class ReviewTable {

  private static final String FORMAT =
      "%4s  %-11s  %-17s  %-14s  %-7s  %-44s  %-36s  %-20s  %-10s  %s";

  private ReviewTable() {}

  static List<String> lines(List<LogEntry> entries, Staleness staleness, LocalDate today) {
    List<String> out = new ArrayList<>();
    out.add(
        String.format(
            FORMAT,
            "#",
            "KIND",
            "SUBMISSION",
            "CREDENTIAL",
            "OUTCOME",
            "CONCEPT",
            "DECISION",
            "BY",
            "DATE",
            "STATUS"));
    for (LogEntry e : entries) {
      String status = staleness.of(e).label();
      if (e.decision() != null) {
        ReviewDecision d = e.decision();
        out.add(
            String.format(
                FORMAT,
                e.seq(),
                "decision",
                d.submission(),
                d.credential(),
                d.outcome(),
                d.conceptUri(),
                d.decision().wire() + " (" + d.match().wire() + ")",
                d.reviewer(),
                d.date(),
                status));
      } else {
        PartnerEndorsement p = e.endorsement();
        if (LocalDate.parse(p.expires()).isBefore(today)) {
          status = "expired " + p.expires() + "; " + status;
        }
        out.add(
            String.format(
                FORMAT,
                e.seq(),
                "endorsement",
                p.submission(),
                p.credential(),
                "",
                p.conceptUri() == null ? "(whole credential)" : p.conceptUri(),
                p.claim().wire(),
                p.partner(),
                p.date(),
                status + " (expires " + p.expires() + ")"));
      }
    }
    return out;
  }
}
