package org.microcert.jobs.review;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of the review log: a decision or an endorsement, its place in the chain and where it
 * came from.
 *
 * @param seq 1-based position in the log
 * @param prev the previous entry's {@code hash} ({@link ReviewLog#GENESIS} for the first)
 * @param kind {@code decision} or {@code endorsement}
 * @param decision the decision, for kind {@code decision}
 * @param endorsement the endorsement, for kind {@code endorsement}
 * @param source {@code <file name>:<line>} of the imported row
 * @param hash {@code sha256:} of this entry's RFC 8785 JSON without {@code hash}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LogEntry(
    long seq,
    String prev,
    String kind,
    ReviewDecision decision,
    PartnerEndorsement endorsement,
    String source,
    String hash) {

  public static final String DECISION = "decision";
  public static final String ENDORSEMENT = "endorsement";

  /** The same entry with another hash. */
  LogEntry withHash(String h) {
    return new LogEntry(seq, prev, kind, decision, endorsement, source, h);
  }

  /** The submission the entry is about. */
  public String submission() {
    return decision != null ? decision.submission() : endorsement.submission();
  }

  /** The report hash the entry cites. */
  public String reportHash() {
    return decision != null ? decision.reportHash() : endorsement.reportHash();
  }
}
