package org.microcert.jobs.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The canonical competency catalog: what the working groups approved, with its evidence. The one
 * model every published format is generated from, and what {@code catalog diff} compares.
 *
 * <p>Holds approved competencies only. Every list is sorted by the constructors (see each record),
 * so two catalogs built from the same inputs are equal and serialise to the same bytes ({@link
 * CatalogJson}). Dates are ISO {@code yyyy-MM-dd} strings; scores and shares are {@link
 * BigDecimal}s (written as decimal strings).
 *
 * @param version SemVer of this catalog version, e.g. {@code 1.2.0}
 * @param escoReleases the ESCO releases the approvals are pinned to, e.g. {@code v1.1.1}, sorted
 * @param asOf the catalog's date (from {@code --as-of} or the latest decision date)
 * @param previousManifestHash {@code sha256:<hex>} of the previous version's manifest.json, or
 *     {@code null} for the first version
 * @param credentials the credentials with at least one approved competency, sorted by institution
 *     then code
 * @param competencies the approved competencies, sorted by ESCO URI
 * @param needsReview approvals not carried forward because their ESCO concept changed or was
 *     removed in a newer release, sorted by URI
 */
public record Catalog(
    String version,
    List<String> escoReleases,
    String asOf,
    String previousManifestHash,
    List<Credential> credentials,
    List<Competency> competencies,
    List<NeedsReview> needsReview) {

  public Catalog {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(asOf, "asOf");
    escoReleases = List.copyOf(new TreeSet<>(escoReleases));
    credentials =
        sorted(
            credentials,
            Comparator.comparing(Credential::institution).thenComparing(Credential::code));
    competencies = sorted(competencies, Comparator.comparing(Competency::uri));
    needsReview = sorted(needsReview, Comparator.comparing(NeedsReview::uri));
  }

  /** The credential with this id, if in the catalog. */
  public Credential credential(String id) {
    return credentials.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
  }

  /**
   * One credential (a micro-certification) with approved competencies.
   *
   * @param id {@link StableIds#credential(String, String)}
   * @param submission the submission it came in
   * @param institution issuing institution
   * @param code credential (course) code
   * @param title credential title
   * @param hours hours of learning, or {@code null} if not given
   * @param transcriptCode the code shown on transcripts, or {@code null}
   * @param summativeAssessment the summative assessment, as text (its outcomes' assessment methods)
   * @param endorsements partner endorsements of this credential, sorted by date, partner, claim
   */
  public record Credential(
      String id,
      String submission,
      String institution,
      String code,
      String title,
      BigDecimal hours,
      String transcriptCode,
      String summativeAssessment,
      List<Endorsement> endorsements) {
    public Credential {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(code, "code");
      institution = institution == null ? "" : institution;
      hours = plain(hours);
      endorsements = sorted(endorsements, Endorsement.ORDER);
    }
  }

  /**
   * An approved ESCO competency.
   *
   * @param id {@link StableIds#competency(String)}
   * @param uri ESCO concept URI
   * @param escoRelease the ESCO release the approval is pinned to
   * @param label ESCO preferred label
   * @param ksaClass knowledge, skill or attitude
   * @param alignments the approved outcome alignments to it, sorted by credential, outcome
   * @param relevance its relevance band and demand evidence, or {@code null} if relevance was not
   *     scored
   * @param decisions the working groups' decisions on it, sorted by date then entry
   * @param endorsements partner endorsements that apply to it (naming it, or its credential as a
   *     whole), sorted by date, partner, claim
   */
  public record Competency(
      String id,
      String uri,
      String escoRelease,
      String label,
      KsaClass ksaClass,
      List<Alignment> alignments,
      Relevance relevance,
      List<Decision> decisions,
      List<Endorsement> endorsements) {
    public Competency {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(ksaClass, "ksaClass");
      alignments =
          sorted(
              alignments,
              Comparator.comparing(Alignment::credentialCode)
                  .thenComparing(Alignment::outcomeId)
                  .thenComparing(Alignment::id));
      decisions =
          sorted(decisions, Comparator.comparing(Decision::date).thenComparing(Decision::entry));
      endorsements = sorted(endorsements, Endorsement.ORDER);
    }
  }

  /**
   * One approved outcome → competency alignment.
   *
   * @param id {@link StableIds#alignment(String, String, String)}
   * @param credentialId the credential's id
   * @param credentialCode the credential's code
   * @param outcomeId the learning outcome's id within the credential
   * @param outcomeText the learning outcome
   * @param score the matcher's score (0..1, four decimals)
   * @param match the match kind the working group approved
   * @param rank the candidate's rank among the outcome's matches (1 = best)
   * @param confidence the matcher's confidence label (high, medium, low)
   */
  public record Alignment(
      String id,
      String credentialId,
      String credentialCode,
      String outcomeId,
      String outcomeText,
      BigDecimal score,
      MatchKind match,
      int rank,
      String confidence) {
    public Alignment {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(credentialCode, "credentialCode");
      Objects.requireNonNull(outcomeId, "outcomeId");
      Objects.requireNonNull(match, "match");
      score = plain(score);
    }
  }

  /**
   * A competency's relevance band and the demand evidence behind it.
   *
   * @param band relevance band (high, moderate, emerging, low, insufficient evidence)
   * @param score relevance score 0..100, or {@code null} for insufficient evidence
   * @param postings postings mentioning it in the period and region
   * @param totalPostings all postings in the period and region
   * @param share {@code postings / totalPostings}
   * @param shareCiLow lower end of the share's 95% interval
   * @param shareCiHigh upper end of the share's 95% interval
   * @param period the period, e.g. {@code 2023-05}
   * @param region the region, e.g. {@code ALL}
   * @param summary one sentence of the above, for formats that carry text only
   */
  public record Relevance(
      String band,
      BigDecimal score,
      long postings,
      long totalPostings,
      BigDecimal share,
      BigDecimal shareCiLow,
      BigDecimal shareCiHigh,
      String period,
      String region,
      String summary) {
    public Relevance {
      score = plain(score);
      share = plain(share);
      shareCiLow = plain(shareCiLow);
      shareCiHigh = plain(shareCiHigh);
    }
  }

  /**
   * A working group's decision, as recorded in the review log.
   *
   * @param entry the review log entry's hash ({@code sha256:<hex>})
   * @param submission submission id
   * @param credentialCode credential code
   * @param outcomeId outcome id
   * @param conceptUri ESCO concept URI
   * @param decision approve, reject or defer
   * @param match the match kind approved
   * @param reviewer who decided
   * @param workingGroup the working group
   * @param date when
   * @param rationale why
   * @param reportHash the content hash of the relevance report it was based on
   * @param escoRelease the ESCO release of that report
   * @param stale whether that report has since changed
   * @param staleReasons what changed (alignment, demand evidence, ESCO release), sorted
   */
  public record Decision(
      String entry,
      String submission,
      String credentialCode,
      String outcomeId,
      String conceptUri,
      Verdict decision,
      MatchKind match,
      String reviewer,
      String workingGroup,
      String date,
      String rationale,
      String reportHash,
      String escoRelease,
      boolean stale,
      List<String> staleReasons) {
    public Decision {
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(date, "date");
      staleReasons = sorted(staleReasons, Comparator.naturalOrder());
    }
  }

  /**
   * A partner's endorsement, as recorded in the review log.
   *
   * @param entry the review log entry's hash ({@code sha256:<hex>})
   * @param partner partner organisation
   * @param claim which of the two claims it endorses
   * @param submission submission id
   * @param credentialCode the credential endorsed
   * @param conceptUri the ESCO concept endorsed, or {@code null} for the credential as a whole
   * @param date when
   * @param expires when it expires
   * @param reportHash the content hash of the relevance report it cites
   * @param stale whether that report has since changed
   * @param staleReasons what changed, sorted
   */
  public record Endorsement(
      String entry,
      String partner,
      Claim claim,
      String submission,
      String credentialCode,
      String conceptUri,
      String date,
      String expires,
      String reportHash,
      boolean stale,
      List<String> staleReasons) {

    static final Comparator<Endorsement> ORDER =
        Comparator.comparing(Endorsement::date)
            .thenComparing(Endorsement::partner)
            .thenComparing(Endorsement::claim)
            .thenComparing(Endorsement::entry);

    public Endorsement {
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(claim, "claim");
      Objects.requireNonNull(date, "date");
      staleReasons = sorted(staleReasons, Comparator.naturalOrder());
    }
  }

  /**
   * An approval not carried into this version: its ESCO concept was changed or removed by a newer
   * release, so a working group must look at it again.
   *
   * @param uri the ESCO concept URI
   * @param label its label in the pinned release
   * @param pinnedRelease the release the approval was made against
   * @param currentRelease the newer release
   * @param change {@code removed} or {@code changed}
   * @param fields the changed fields (empty when removed), sorted
   * @param credentialCodes the credentials whose approvals are affected, sorted
   */
  public record NeedsReview(
      String uri,
      String label,
      String pinnedRelease,
      String currentRelease,
      String change,
      List<String> fields,
      List<String> credentialCodes) {
    public NeedsReview {
      Objects.requireNonNull(uri, "uri");
      fields = sorted(fields, Comparator.naturalOrder());
      credentialCodes = sorted(credentialCodes, Comparator.naturalOrder());
    }
  }

  /**
   * One spelling per number: trailing zeros dropped, never an exponent ({@code 150}, {@code 0.5},
   * {@code 0}), so that equal numbers are equal records and the same bytes.
   */
  static BigDecimal plain(BigDecimal d) {
    if (d == null) {
      return null;
    }
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
    if (items == null) {
      return List.of();
    }
    List<T> out = new ArrayList<>(items);
    out.sort(order);
    return List.copyOf(out);
  }
}
