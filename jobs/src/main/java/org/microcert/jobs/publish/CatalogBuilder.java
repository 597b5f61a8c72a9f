package org.microcert.jobs.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.microcert.jobs.catalog.Catalog;
import org.microcert.jobs.catalog.KsaClass;
import org.microcert.jobs.catalog.StableIds;
import org.microcert.jobs.catalog.Verdict;
import org.microcert.jobs.provenance.ReportDigest;
import org.microcert.jobs.provenance.ReportDigests;
import org.microcert.jobs.review.AlignedSubmission;
import org.microcert.jobs.review.LogEntry;
import org.microcert.jobs.review.PartnerEndorsement;
import org.microcert.jobs.review.ReviewDecision;
import org.microcert.jobs.review.ReviewState;
import org.microcert.jobs.review.Staleness;
import org.microcert.jobs.taxonomy.TaxonomyManifest;
import org.microcert.jobs.taxonomy.TaxonomyWarehouse;
import org.microcert.pipelines.relevance.SafeNames;
import org.microcert.taxonomy.io.WarehouseLayout;

/**
 * Builds the {@link Catalog} from the warehouse: the current approvals of the review log (as of a
 * date), each with its alignment, the competency's relevance evidence, its decisions and the
 * endorsements that apply, marked stale where their report has changed. Approvals whose ESCO
 * concept a newer release changed or removed go to {@link Catalog#needsReview()} instead.
 */
final class CatalogBuilder {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path warehouse;
  private final EscoUpgrade upgrade;

  CatalogBuilder(Path warehouse, EscoUpgrade upgrade) {
    this.warehouse = warehouse;
    this.upgrade = upgrade;
  }

  /** The latest date of any decision or endorsement in the log, if any. */
  static Optional<LocalDate> latestDate(List<LogEntry> log) {
    return log.stream()
        .map(e -> e.decision() != null ? e.decision().date() : e.endorsement().date())
        .map(LocalDate::parse)
        .max(Comparator.naturalOrder());
  }

  Catalog build(List<LogEntry> log, String version, LocalDate asOf, String previousManifestHash) {
    List<LogEntry> upTo =
        log.stream()
            .filter(
                e ->
                    !LocalDate.parse(
                            e.decision() != null ? e.decision().date() : e.endorsement().date())
                        .isAfter(asOf))
            .toList();
    ReviewState state = ReviewState.of(upTo);
    Staleness staleness = new Staleness(warehouse);
    Map<String, ReportDigest> history = new ReportDigests(warehouse).history();
    String currentEsco =
        new TaxonomyWarehouse(warehouse).latest("en").map(TaxonomyManifest::version).orElse(null);
    Map<String, Optional<AlignedSubmission>> subs = new HashMap<>();
    Map<String, Optional<JsonNode>> relevance = new HashMap<>();

    Map<String, List<Catalog.Alignment>> alignments = new TreeMap<>();
    Map<String, List<Catalog.Decision>> decisions = new TreeMap<>();
    Map<String, String[]> concept = new HashMap<>(); // uri -> label, skill type, ksa, release
    Map<String, Catalog.Credential> credentials = new TreeMap<>();
    Map<String, Map<String, Object>> needsReview = new TreeMap<>();
    Map<String, JsonNode> bestRelevance = new HashMap<>();

    for (LogEntry e : state.decisions()) {
      ReviewDecision d = e.decision();
      if (d.decision() != Verdict.APPROVE) {
        continue;
      }
      Optional<AlignedSubmission> sub =
          subs.computeIfAbsent(d.submission(), k -> AlignedSubmission.read(warehouse, k));
      Optional<AlignedSubmission.Credential> cred = sub.flatMap(s -> s.credential(d.credential()));
      Optional<AlignedSubmission.Outcome> outcome = cred.map(c -> c.outcomes().get(d.outcome()));
      Optional<AlignedSubmission.Match> match = outcome.flatMap(o -> o.match(d.conceptUri()));
      ReportDigest cited = history.get(d.reportHash());
      String pinned =
          cited != null && cited.escoRelease() != null ? cited.escoRelease() : currentEsco;
      Optional<EscoUpgrade.Change> change = upgrade.change(d.conceptUri(), pinned, currentEsco);
      if (change.isPresent() || match.isEmpty()) {
        Map<String, Object> nr =
            needsReview.computeIfAbsent(d.conceptUri(), k -> new LinkedHashMap<>());
        nr.put(
            "label",
            change
                .map(EscoUpgrade.Change::label)
                .orElse(match.map(AlignedSubmission.Match::label).orElse(null)));
        nr.put("pinned", pinned);
        nr.put("change", change.map(EscoUpgrade.Change::change).orElse("no longer aligned"));
        nr.put("fields", change.map(EscoUpgrade.Change::fields).orElse(List.of()));
        @SuppressWarnings("unchecked") // the set put below
        Set<String> codes = (Set<String>) nr.computeIfAbsent("codes", k -> new TreeSet<String>());
        codes.add(d.credential());
        continue;
      }
      AlignedSubmission.Credential c = cred.get();
      Catalog.Credential cc =
          credentials.computeIfAbsent(
              d.submission() + "\n" + c.code(), k -> credential(d.submission(), c, List.of()));
      AlignedSubmission.Match m = match.get();
      alignments
          .computeIfAbsent(d.conceptUri(), k -> new ArrayList<>())
          .add(
              new Catalog.Alignment(
                  StableIds.alignment(cc.id(), d.outcome(), d.conceptUri()),
                  cc.id(),
                  c.code(),
                  d.outcome(),
                  outcome.get().text(),
                  BigDecimal.valueOf(m.score()),
                  d.match(),
                  m.rank(),
                  m.confidence()));
      Staleness.Status st = staleness.of(e);
      decisions
          .computeIfAbsent(d.conceptUri(), k -> new ArrayList<>())
          .add(
              new Catalog.Decision(
                  e.hash(),
                  d.submission(),
                  d.credential(),
                  d.outcome(),
                  d.conceptUri(),
                  d.decision(),
                  d.match(),
                  d.reviewer(),
                  d.workingGroup(),
                  d.date(),
                  d.rationale(),
                  d.reportHash(),
                  pinned,
                  st.stale(),
                  st.changes()));
      concept.putIfAbsent(
          d.conceptUri(),
          new String[] {m.label(), m.skillType(), outcome.get().ksaClass(), pinned});
      JsonNode row =
          relevance
              .computeIfAbsent(d.submission(), this::readRelevance)
              .map(r -> relevanceRow(r, d))
              .orElse(null);
      if (row != null && better(row, bestRelevance.get(d.conceptUri()))) {
        bestRelevance.put(d.conceptUri(), row);
      }
    }

    // Endorsements in force at the as-of date, on credentials in the catalog.
    Map<String, List<Catalog.Endorsement>> byCredential = new HashMap<>();
    Map<String, List<Catalog.Endorsement>> byConcept = new HashMap<>();
    for (LogEntry e : state.endorsements()) {
      PartnerEndorsement p = e.endorsement();
      String key = p.submission() + "\n" + p.credential();
      if (!credentials.containsKey(key) || LocalDate.parse(p.expires()).isBefore(asOf)) {
        continue;
      }
      Staleness.Status st = staleness.of(e);
      Catalog.Endorsement ce =
          new Catalog.Endorsement(
              e.hash(),
              p.partner(),
              p.claim(),
              p.submission(),
              p.credential(),
              p.conceptUri(),
              p.date(),
              p.expires(),
              p.reportHash(),
              st.stale(),
              st.changes());
      byCredential.computeIfAbsent(key, k -> new ArrayList<>()).add(ce);
      if (p.conceptUri() != null) {
        byConcept.computeIfAbsent(p.conceptUri(), k -> new ArrayList<>()).add(ce);
      }
    }
    List<Catalog.Credential> creds = new ArrayList<>();
    Map<String, String> idToKey = new HashMap<>();
    credentials.forEach(
        (key, c) -> {
          idToKey.put(c.id(), key);
          creds.add(
              new Catalog.Credential(
                  c.id(),
                  c.submission(),
                  c.institution(),
                  c.code(),
                  c.title(),
                  c.hours(),
                  c.transcriptCode(),
                  c.summativeAssessment(),
                  byCredential.getOrDefault(key, List.of())));
        });

    List<Catalog.Competency> competencies = new ArrayList<>();
    Set<String> releases = new TreeSet<>();
    for (Map.Entry<String, List<Catalog.Alignment>> a : alignments.entrySet()) {
      String uri = a.getKey();
      String[] info = concept.get(uri);
      releases.add(info[3]);
      Set<Catalog.Endorsement> es = new LinkedHashSet<>(byConcept.getOrDefault(uri, List.of()));
      for (Catalog.Alignment al : a.getValue()) {
        for (Catalog.Endorsement x :
            byCredential.getOrDefault(idToKey.get(al.credentialId()), List.of())) {
          if (x.conceptUri() == null) {
            es.add(x);
          }
        }
      }
      competencies.add(
          new Catalog.Competency(
              StableIds.competency(uri),
              uri,
              info[3],
              info[0],
              KsaClass.fromEsco(info[1], info[2]),
              a.getValue(),
              relevance(bestRelevance.get(uri)),
              decisions.get(uri),
              new ArrayList<>(es)));
    }
    List<Catalog.NeedsReview> review = new ArrayList<>();
    needsReview.forEach(
        (uri, nr) -> {
          @SuppressWarnings("unchecked") // put above
          Set<String> codes = (Set<String>) nr.get("codes");
          @SuppressWarnings("unchecked") // put above
          List<String> fields = (List<String>) nr.get("fields");
          review.add(
              new Catalog.NeedsReview(
                  uri,
                  (String) nr.get("label"),
                  (String) nr.get("pinned"),
                  currentEsco,
                  (String) nr.get("change"),
                  fields,
                  new ArrayList<>(codes)));
        });
    if (releases.isEmpty() && currentEsco != null) {
      releases.add(currentEsco);
    }
    return new Catalog(
        version,
        new ArrayList<>(releases),
        asOf.toString(),
        previousManifestHash,
        creds,
        competencies,
        review);
  }

  private static Catalog.Credential credential(
      String submission, AlignedSubmission.Credential c, List<Catalog.Endorsement> es) {
    return new Catalog.Credential(
        StableIds.credential(c.institution(), c.code()),
        submission,
        c.institution(),
        c.code(),
        c.title(),
        c.hours() == null ? null : BigDecimal.valueOf(c.hours()),
        c.transcriptCode(),
        String.join("; ", c.assessments()),
        es);
  }

  private Optional<JsonNode> readRelevance(String submission) {
    Path f =
        SafeNames.existingChild(new WarehouseLayout(warehouse).relevance(), submission)
            .resolve("relevance.json");
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readTree(f.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read relevance scores " + f, e);
    }
  }

  private static JsonNode relevanceRow(JsonNode relevance, ReviewDecision d) {
    for (JsonNode r : relevance.path("competencies")) {
      if (d.conceptUri().equals(r.path("skill_uri").asText())
          && d.credential().equals(r.path("credential_code").asText())
          && d.outcome().equals(r.path("outcome_id").asText())) {
        return r;
      }
    }
    return null;
  }

  private static boolean better(JsonNode row, JsonNode best) {
    if (best == null) {
      return true;
    }
    double a = row.path("score").isNumber() ? row.path("score").asDouble() : -1;
    double b = best.path("score").isNumber() ? best.path("score").asDouble() : -1;
    if (a != b) {
      return a > b;
    }
    String ka = row.path("credential_code").asText() + "\n" + row.path("outcome_id").asText();
    String kb = best.path("credential_code").asText() + "\n" + best.path("outcome_id").asText();
    return ka.compareTo(kb) < 0;
  }

  private static Catalog.Relevance relevance(JsonNode r) {
    if (r == null) {
      return null;
    }
    BigDecimal share = decimal(r.path("share"));
    BigDecimal lo = decimal(r.path("share_ci_low"));
    BigDecimal hi = decimal(r.path("share_ci_high"));
    BigDecimal score = decimal(r.path("score"));
    long postings = r.path("postings").asLong();
    long total = r.path("total_postings").asLong();
    String band = r.path("band").asText();
    String summary =
        postings
            + " of "
            + total
            + " postings ("
            + pct(share)
            + ", 95% interval "
            + pct(lo)
            + " to "
            + pct(hi)
            + ") in "
            + r.path("region").asText()
            + ", "
            + r.path("period").asText()
            + ": "
            + band
            + (score == null ? "" : " (score " + score.toPlainString() + ")");
    return new Catalog.Relevance(
        band,
        score,
        postings,
        total,
        share,
        lo,
        hi,
        r.path("period").asText(),
        r.path("region").asText(),
        summary);
  }

  private static BigDecimal decimal(JsonNode n) {
    return n.isNumber() ? n.decimalValue().setScale(4, RoundingMode.HALF_UP) : null;
  }

  private static String pct(BigDecimal d) {
    return d == null
        ? "n/a"
        : d.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
