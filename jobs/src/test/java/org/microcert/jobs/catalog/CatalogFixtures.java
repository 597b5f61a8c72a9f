package org.microcert.jobs.catalog;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A real-looking {@link Catalog} for format tests: the credentials of {@code
 * data-samples/submissions/sample-submission.csv} (real institutions, codes, titles and outcome
 * texts) with seven competencies whose ESCO URIs, labels, ranks and scores are those {@code
 * microcert demo} aligns (ESCO v1.1.1 subset, demo run of 2026-12-02) and the demo's demand
 * evidence (7 postings in 2023-05, all ALL-region, insufficient evidence). Decisions and
 * endorsements are illustrative; one decision and one endorsement are stale, one competency is an
 * attitude, and every match kind occurs.
 */
public final class CatalogFixtures {

  /** The sample submission's id. */
  public static final String SUBMISSION = "sample-submission";

  /** The ESCO release the fixture is pinned to. */
  public static final String ESCO = "v1.1.1";

  private static final String SKILL = "http://data.europa.eu/esco/skill/";

  private CatalogFixtures() {}

  /** {@code data-samples/} (the {@code microcert.samples} property the POM sets). */
  public static Path samples() {
    return Path.of(System.getProperty("microcert.samples", "../data-samples"));
  }

  /** The fixture catalog, version 1.0.0 as of 2026-01-20. */
  public static Catalog sample() {
    Map<String, Row> credentials =
        readCredentials(samples().resolve("submissions/sample-submission.csv"));
    String report = sha256("report " + SUBMISSION + " " + ESCO);
    String oldReport = sha256("report " + SUBMISSION + " before 2023-05 postings");
    List<Catalog.Competency> competencies = new ArrayList<>();
    competencies.add(
        competency(
            credentials,
            "ab1e97ed-2319-4293-a8b7-072d2648822f",
            "database management systems",
            KsaClass.KNOWLEDGE,
            report,
            new A("COMPSCI4013", "LO1", "0.6125", MatchKind.BROAD, 1, "medium"),
            new A("COMPSCI4013", "LO3", "0.5351", MatchKind.BROAD, 1, "low")));
    competencies.add(
        competency(
            credentials,
            "5ef0c719-5bcb-49f8-b8eb-824388225333",
            "use scripting programming",
            KsaClass.SKILL,
            report,
            new A("SIT220", "LO1", "0.7206", MatchKind.EXACT, 1, "high"),
            new A("coursera-04366", "LO4", "0.3717", MatchKind.RELATED, 3, "low")));
    competencies.add(
        competency(
            credentials,
            "fecf8a0d-62c4-4e71-9b03-0f4fc2ad7bf5",
            "data models",
            KsaClass.KNOWLEDGE,
            report,
            new A("SIT220", "LO3", "0.7183", MatchKind.EXACT, 1, "high")));
    competencies.add(
        competency(
            credentials,
            "adc6dc11-3376-467b-96c5-9b0a21edc869",
            "solve problems",
            KsaClass.SKILL,
            oldReport,
            new A("SIT374", "LO2", "0.7518", MatchKind.EXACT, 1, "high")));
    competencies.add(
        competency(
            credentials,
            "a8d24a95-47b3-4f88-92e7-06600bcd3612",
            "manage personal professional development",
            KsaClass.SKILL,
            report,
            new A("SIT374", "LO4", "0.8437", MatchKind.NARROW, 1, "high")));
    competencies.add(
        competency(
            credentials,
            "199f7919-5114-41b6-b6a5-41e0e4896ec1",
            "assume responsibility",
            KsaClass.ATTITUDE,
            report,
            new A("SIT374", "LO4", "0.5442", MatchKind.RELATED, 3, "low")));
    competencies.add(
        competency(
            credentials,
            "fe30a4b0-1a99-4fc7-afff-b162b8c834ba",
            "communication principles",
            KsaClass.KNOWLEDGE,
            report,
            new A("coursera-00913", "LO1", "0.7635", MatchKind.EXACT, 1, "high")));

    Catalog.Endorsement dataEndorsement =
        new Catalog.Endorsement(
            sha256("endorsement 1"),
            "Northern Data Guild",
            Claim.IN_DEMAND,
            SUBMISSION,
            "SIT220",
            null,
            "2026-01-12",
            "2027-01-12",
            report,
            false,
            List.of());
    Catalog.Endorsement teamEndorsement =
        new Catalog.Endorsement(
            sha256("endorsement 2"),
            "Lakeshore Software Co-op",
            Claim.ASSESSMENT_REFLECTS_JOB_PERFORMANCE,
            SUBMISSION,
            "SIT374",
            SKILL + "adc6dc11-3376-467b-96c5-9b0a21edc869",
            "2026-01-05",
            "2026-12-31",
            oldReport,
            true,
            List.of("demand evidence changed"));
    List<Catalog.Credential> out = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    competencies.forEach(c -> c.alignments().forEach(a -> used.add(a.credentialCode())));
    for (String code : used) {
      Row r = credentials.get(code);
      List<Catalog.Endorsement> e =
          code.equals("SIT220")
              ? List.of(dataEndorsement)
              : code.equals("SIT374") ? List.of(teamEndorsement) : List.of();
      out.add(
          new Catalog.Credential(
              r.id(),
              SUBMISSION,
              r.institution(),
              code,
              r.title(),
              r.hours(),
              r.transcript(),
              r.assessment(),
              e));
    }
    List<Catalog.Competency> withEndorsements = new ArrayList<>();
    for (Catalog.Competency c : competencies) {
      List<Catalog.Endorsement> e = new ArrayList<>();
      for (Catalog.Alignment a : c.alignments()) {
        if (a.credentialCode().equals("SIT220")) {
          e.add(dataEndorsement);
        }
        if (c.uri().equals(teamEndorsement.conceptUri())) {
          e.add(teamEndorsement);
        }
      }
      withEndorsements.add(
          new Catalog.Competency(
              c.id(),
              c.uri(),
              c.escoRelease(),
              c.label(),
              c.ksaClass(),
              c.alignments(),
              c.relevance(),
              c.decisions(),
              List.copyOf(new LinkedHashSet<>(e))));
    }
    return new Catalog(
        "1.0.0", List.of(ESCO), "2026-01-20", null, out, withEndorsements, List.of());
  }

  private record A(
      String code, String outcome, String score, MatchKind match, int rank, String confidence) {}

  private record Row(
      String id,
      String institution,
      String title,
      BigDecimal hours,
      String transcript,
      String assessment,
      Map<String, String> outcomes) {}

  private static Catalog.Competency competency(
      Map<String, Row> credentials,
      String uuid,
      String label,
      KsaClass ksa,
      String report,
      A... alignments) {
    String uri = SKILL + uuid;
    List<Catalog.Alignment> as = new ArrayList<>();
    List<Catalog.Decision> ds = new ArrayList<>();
    boolean stale = !report.equals(sha256("report " + SUBMISSION + " " + ESCO));
    for (A a : alignments) {
      Row r = credentials.get(a.code());
      as.add(
          new Catalog.Alignment(
              StableIds.alignment(r.id(), a.outcome(), uri),
              r.id(),
              a.code(),
              a.outcome(),
              r.outcomes().get(a.outcome()),
              new BigDecimal(a.score()),
              a.match(),
              a.rank(),
              a.confidence()));
      ds.add(
          new Catalog.Decision(
              sha256("decision " + a.code() + " " + a.outcome() + " " + uri),
              SUBMISSION,
              a.code(),
              a.outcome(),
              uri,
              Verdict.APPROVE,
              a.match(),
              "A. Okafor",
              "ICT working group",
              "2026-01-14",
              "The outcome's assessment covers " + label + " as ESCO describes it.",
              report,
              ESCO,
              stale,
              stale ? List.of("demand evidence changed") : List.of()));
    }
    Catalog.Relevance relevance =
        new Catalog.Relevance(
            "insufficient evidence",
            null,
            0,
            7,
            new BigDecimal("0.0000"),
            new BigDecimal("0.0000"),
            new BigDecimal("0.3543"),
            "2023-05",
            "ALL",
            "0 of 7 postings (0.0%, 95% interval 0.0% to 35.4%) in ALL, 2023-05: insufficient"
                + " evidence");
    return new Catalog.Competency(
        StableIds.competency(uri), uri, ESCO, label, ksa, as, relevance, ds, List.of());
  }

  private static Map<String, Row> readCredentials(Path csv) {
    Map<String, List<CSVRecord>> byCode = new LinkedHashMap<>();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord r :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        byCode.computeIfAbsent(r.get("credential_code"), k -> new ArrayList<>()).add(r);
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + csv, e);
    }
    Map<String, Row> out = new LinkedHashMap<>();
    byCode.forEach(
        (code, rows) -> {
          CSVRecord first = rows.get(0);
          Map<String, String> outcomes = new LinkedHashMap<>();
          Set<String> methods = new LinkedHashSet<>();
          for (CSVRecord r : rows) {
            outcomes.put(r.get("outcome_id"), r.get("outcome_text"));
            methods.add(r.get("assessment_method"));
          }
          String institution = first.get("institution");
          out.put(
              code,
              new Row(
                  StableIds.credential(institution, code),
                  institution,
                  first.get("credential_title"),
                  first.get("credential_hours").isBlank()
                      ? null
                      : new BigDecimal(first.get("credential_hours")).stripTrailingZeros(),
                  first.get("transcript_code"),
                  String.join("; ", methods),
                  outcomes));
        });
    return out;
  }

  static String sha256(String s) {
    try {
      return "sha256:"
          + HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
