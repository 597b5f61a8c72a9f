package org.microcert.jobs.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcert.jobs.conformance.CredentialRecord.Endorsement;
import org.microcert.jobs.conformance.CredentialRecord.Match;
import org.microcert.jobs.conformance.CredentialRecord.Outcome;
import org.microcert.jobs.conformance.CredentialRecord.Relevance;

class ConformanceRulesTest {

  static final LocalDate DAY = LocalDate.of(2026, 1, 15);
  static final Match HIGH = new Match(1, "u:1", "Python", 0.9, "high");
  static final Match LOW = new Match(1, "u:2", "R", 0.2, "low");

  static Outcome outcome(
      String id, String declared, String ksa, String method, String evidence, Match... matches) {
    return new Outcome(id, "text " + id, declared, ksa, method, evidence, List.of(matches));
  }

  static final List<Outcome> GOOD_OUTCOMES =
      List.of(
          outcome("O1", "knowledge", "knowledge", "exam", "final exam", HIGH),
          outcome("O2", "skill", "skill", "project", "portfolio", HIGH),
          outcome("O3", "attitude", "attitude", "reflection", "journal", HIGH));

  static CredentialRecord credential(
      String institution,
      String transcript,
      List<Outcome> outcomes,
      List<Endorsement> endorsements,
      Relevance relevance) {
    return new CredentialRecord(
        "sub", institution, "C1", "Title", 12.0, transcript, outcomes, endorsements, relevance);
  }

  static CredentialRecord good() {
    return credential(
        "Fanshawe College",
        "DAB-101",
        GOOD_OUTCOMES,
        List.of(new Endorsement("Acme", "2025-01-10", "2027-01-10")),
        new Relevance(72.5, "high", 3, 3, "ALL", "2025-02"));
  }

  @Test
  void aCompleteCredentialPassesEveryElement() {
    List<ConformanceCheck> checks = new ConformanceChecker().check(good(), DAY);
    assertThat(checks).hasSize(7).allMatch(c -> c.status() == ConformanceStatus.PASS, "all pass");
    assertThat(checks.get(0).element()).isEqualTo("Issuing body named");
  }

  @Test
  void issuingBodyFailsWhenNoInstitutionIsNamed() {
    assertThat(
            new IssuingBodyRule().check(credential(" ", "T", GOOD_OUTCOMES, List.of(), null), DAY))
        .isEqualTo(ConformanceCheck.fail("Issuing body named", "No issuing institution given"));
    assertThat(new IssuingBodyRule().check(good(), DAY).reason())
        .isEqualTo("Issued by Fanshawe College");
  }

  @Test
  void escoAlignmentWarnsOnUnalignedOrLowConfidenceOutcomesAndFailsWhenNoneAligned() {
    var mixed =
        List.of(
            outcome("O1", null, "skill", "m", "e", HIGH),
            outcome("O2", null, "skill", "m", "e"),
            outcome("O3", null, "skill", "m", "e", LOW));
    ConformanceCheck warn =
        new EscoAlignmentRule().check(credential("I", "T", mixed, List.of(), null), DAY);
    assertThat(warn.status()).isEqualTo(ConformanceStatus.WARN);
    assertThat(warn.reason())
        .isEqualTo("2 of 3 outcomes aligned; not aligned: O2; low confidence only: O3");
    var none = List.of(outcome("O1", null, "skill", "m", "e"));
    assertThat(
            new EscoAlignmentRule()
                .check(credential("I", "T", none, List.of(), null), DAY)
                .status())
        .isEqualTo(ConformanceStatus.FAIL);
    assertThat(new EscoAlignmentRule().check(good(), DAY).reason())
        .isEqualTo("3 of 3 outcomes aligned with high or medium confidence");
  }

  @Test
  void ksaCoverageWarnsWhenAClassIsOnlyInferredAndFailsWhenOneIsMissing() {
    var inferred =
        List.of(
            outcome("O1", "knowledge", "knowledge", "m", "e"),
            outcome("O2", "skill", "skill", "m", "e"),
            outcome("O3", null, "attitude", "m", "e"));
    ConformanceCheck w =
        new KsaCoverageRule().check(credential("I", "T", inferred, List.of(), null), DAY);
    assertThat(w.status()).isEqualTo(ConformanceStatus.WARN);
    assertThat(w.reason()).endsWith("attitude");
    var missing = List.of(outcome("O1", "skill", "skill", "m", "e"));
    ConformanceCheck f =
        new KsaCoverageRule().check(credential("I", "T", missing, List.of(), null), DAY);
    assertThat(f)
        .isEqualTo(
            ConformanceCheck.fail(
                "Knowledge, skills and attitudes", "No outcome covers: knowledge, attitude"));
  }

  @Test
  void summativeAssessmentFailsWithoutAMethodAndWarnsWithoutEvidence() {
    var noMethod =
        List.of(
            outcome("O1", null, "skill", "exam", "x"), outcome("O2", null, "skill", null, null));
    assertThat(
            new SummativeAssessmentRule()
                .check(credential("I", "T", noMethod, List.of(), null), DAY))
        .isEqualTo(
            ConformanceCheck.fail(
                "Summative assessment per outcome", "No assessment method for outcomes: O2"));
    var noEvidence = List.of(outcome("O1", null, "skill", "exam", " "));
    assertThat(
            new SummativeAssessmentRule()
                .check(credential("I", "T", noEvidence, List.of(), null), DAY)
                .status())
        .isEqualTo(ConformanceStatus.WARN);
  }

  @Test
  void transcriptCodeFailsWhenAbsent() {
    assertThat(
            new TranscriptCodeRule()
                .check(credential("I", null, GOOD_OUTCOMES, List.of(), null), DAY)
                .status())
        .isEqualTo(ConformanceStatus.FAIL);
    assertThat(new TranscriptCodeRule().check(good(), DAY).reason())
        .isEqualTo("Transcript code DAB-101");
  }

  @Test
  void partnerEndorsementMustBeCurrentAtTheReportDate() {
    PartnerEndorsementRule rule = new PartnerEndorsementRule();
    assertThat(rule.check(credential("I", "T", GOOD_OUTCOMES, List.of(), null), DAY))
        .isEqualTo(
            ConformanceCheck.fail(
                "Partner endorsement current", "No partner endorsement declared"));
    var expired = List.of(new Endorsement("Old Corp", "2020-01-01", "2024-01-01"));
    assertThat(rule.check(credential("I", "T", GOOD_OUTCOMES, expired, null), DAY).reason())
        .isEqualTo("No endorsement current on 2026-01-15: Old Corp expired 2024-01-01");
    var soon = List.of(new Endorsement("Acme", "2025-01-10", "2026-02-01"));
    assertThat(rule.check(credential("I", "T", GOOD_OUTCOMES, soon, null), DAY).status())
        .isEqualTo(ConformanceStatus.WARN);
    // the same endorsement was fine a year earlier: the report date decides
    assertThat(
            rule.check(credential("I", "T", GOOD_OUTCOMES, soon, null), LocalDate.of(2025, 6, 1))
                .status())
        .isEqualTo(ConformanceStatus.PASS);
    var future = List.of(new Endorsement("Acme", "2026-06-01", "2028-01-01"));
    assertThat(rule.check(credential("I", "T", GOOD_OUTCOMES, future, null), DAY).status())
        .isEqualTo(ConformanceStatus.FAIL);
    var bad = List.of(new Endorsement("Acme", "soon", "2028-01-01"));
    assertThat(rule.check(credential("I", "T", GOOD_OUTCOMES, bad, null), DAY).reason())
        .contains("unreadable dates 'soon'");
  }

  @Test
  void relevanceEvidenceFailsWithoutScoresAndWarnsOnPartialEvidence() {
    RelevanceEvidenceRule rule = new RelevanceEvidenceRule();
    assertThat(rule.check(credential("I", "T", GOOD_OUTCOMES, List.of(), null), DAY).status())
        .isEqualTo(ConformanceStatus.FAIL);
    var none = new Relevance(null, "insufficient evidence", 3, 0, "ON", "2025-02");
    assertThat(rule.check(credential("I", "T", GOOD_OUTCOMES, List.of(), none), DAY).reason())
        .isEqualTo("Insufficient evidence: no outcome has enough postings (ON, 2025-02)");
    var partial = new Relevance(40.0, "moderate", 3, 2, "ON", "2025-02");
    assertThat(rule.check(credential("I", "T", GOOD_OUTCOMES, List.of(), partial), DAY).status())
        .isEqualTo(ConformanceStatus.WARN);
  }
}
