package org.microcert.jobs.provenance;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.microcert.jobs.catalog.Jcs;
import org.microcert.jobs.catalog.Sha256;

/**
 * What a submission's relevance report is made of, and its content hash: the hash a review decision
 * or an endorsement cites, printed by {@code microcert report}.
 *
 * <p>The hash is {@code sha256:} + SHA-256 of the RFC 8785 JSON {@code {"alignments": <sha256 of
 * alignments.jsonl>, "esco_release": <version>, "relevance": <sha256 of relevance.json or null>,
 * "submission": <id>}}: the report's inputs, not its date or layout, so the same evidence always
 * has the same hash and any new alignment, demand evidence or ESCO release gives a new one.
 *
 * @param submission submission id
 * @param alignments hex SHA-256 of {@code alignments/<id>/alignments.jsonl}
 * @param relevance hex SHA-256 of {@code relevance/<id>/relevance.json}, or {@code null} before
 *     relevance was scored
 * @param escoRelease the ESCO release in use (newest imported), or {@code null}
 * @param hash the content hash, {@code sha256:<hex>}
 */
public record ReportDigest(
    String submission, String alignments, String relevance, String escoRelease, String hash) {

  public ReportDigest {
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(alignments, "alignments");
    Objects.requireNonNull(hash, "hash");
  }

  /** A digest of these parts, with its hash computed. */
  public static ReportDigest of(
      String submission, String alignments, String relevance, String escoRelease) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("alignments", alignments);
    o.put("esco_release", escoRelease);
    o.put("relevance", relevance);
    o.put("submission", submission);
    return new ReportDigest(
        submission, alignments, relevance, escoRelease, Sha256.cite(Jcs.bytes(o)));
  }

  /**
   * What changed from {@code cited} to this (current) digest: {@code alignment changed}, {@code
   * demand evidence changed}, {@code ESCO release v1 -> v2}; empty if nothing did.
   */
  public List<String> changesSince(ReportDigest cited) {
    List<String> out = new ArrayList<>();
    if (!alignments.equals(cited.alignments())) {
      out.add("alignment changed");
    }
    if (!Objects.equals(relevance, cited.relevance())) {
      out.add("demand evidence changed");
    }
    if (!Objects.equals(escoRelease, cited.escoRelease())) {
      out.add("ESCO release " + cited.escoRelease() + " -> " + escoRelease);
    }
    return out;
  }
}
