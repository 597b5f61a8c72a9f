package org.microcert.jobs.review;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.microcert.jobs.provenance.ReportDigest;
import org.microcert.jobs.provenance.ReportDigests;

/**
 * Whether a decision or endorsement is stale: the report it cites is no longer the submission's
 * current report. Says what changed (alignment, demand evidence, ESCO release) by comparing the
 * cited report's recorded parts with the current ones.
 */
public final class Staleness {

  /**
   * @param stale whether the cited report is not the current one
   * @param changes what changed, empty when current
   * @param current the submission's current report hash, or {@code null} if it has none
   */
  public record Status(boolean stale, List<String> changes, String current) {
    /** {@code current}, or {@code stale (<changes>)}. */
    public String label() {
      return stale ? "stale (" + String.join("; ", changes) + ")" : "current";
    }
  }

  private final ReportDigests digests;
  private final Map<String, ReportDigest> history;
  private final Map<String, Optional<ReportDigest>> current = new HashMap<>();

  public Staleness(Path warehouse) {
    this.digests = new ReportDigests(warehouse);
    this.history = digests.history();
  }

  /** The current report digest of a submission. */
  public Optional<ReportDigest> current(String submission) {
    return current.computeIfAbsent(submission, digests::current);
  }

  /** The status of an entry. */
  public Status of(LogEntry e) {
    return of(e.submission(), e.reportHash());
  }

  /** The status of something citing {@code reportHash} about {@code submission}. */
  public Status of(String submission, String reportHash) {
    Optional<ReportDigest> now = current(submission);
    if (now.isEmpty()) {
      return new Status(true, List.of("submission no longer aligned"), null);
    }
    if (now.get().hash().equals(reportHash)) {
      return new Status(false, List.of(), reportHash);
    }
    ReportDigest cited = history.get(reportHash);
    if (cited == null) {
      return new Status(true, List.of("cited report unknown to this warehouse"), now.get().hash());
    }
    List<String> changes = now.get().changesSince(cited);
    return new Status(
        true, changes.isEmpty() ? List.of("report changed") : changes, now.get().hash());
  }
}
