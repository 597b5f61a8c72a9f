package org.microcert.jobs.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the review log says now: for each alignment (submission, credential, outcome, concept) its
 * latest decision, and for each (partner, claim, submission, credential, concept) its latest
 * endorsement. Later entries supersede earlier ones (a deferral followed by an approval is an
 * approval).
 *
 * @param decisions the current decisions, in log order
 * @param endorsements the current endorsements, in log order
 */
public record ReviewState(List<LogEntry> decisions, List<LogEntry> endorsements) {

  /** The state after every entry of {@code log}. */
  public static ReviewState of(List<LogEntry> log) {
    Map<String, LogEntry> d = new LinkedHashMap<>();
    Map<String, LogEntry> e = new LinkedHashMap<>();
    for (LogEntry x : log) {
      if (x.decision() != null) {
        d.remove(x.decision().key());
        d.put(x.decision().key(), x);
      } else {
        PartnerEndorsement p = x.endorsement();
        String key =
            p.partner()
                + "\n"
                + p.claim()
                + "\n"
                + p.submission()
                + "\n"
                + p.credential()
                + "\n"
                + p.conceptUri();
        e.remove(key);
        e.put(key, x);
      }
    }
    return new ReviewState(new ArrayList<>(d.values()), new ArrayList<>(e.values()));
  }

  /** The current decisions and endorsements about one submission. */
  public ReviewState forSubmission(String submission) {
    return new ReviewState(
        decisions.stream().filter(x -> x.submission().equals(submission)).toList(),
        endorsements.stream().filter(x -> x.submission().equals(submission)).toList());
  }
}
