package org.microcert.jobs.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.microcert.jobs.catalog.Claim;
import org.microcert.jobs.catalog.MatchKind;
import org.microcert.jobs.catalog.Sha256;
import org.microcert.jobs.catalog.Verdict;
import org.microcert.jobs.provenance.ReportDigest;
import org.microcert.jobs.provenance.ReportDigests;
import org.microcert.taxonomy.io.Reject;
import org.microcert.taxonomy.io.RejectsFile;
import org.microcert.taxonomy.io.WarehouseLayout;

/**
 * {@code review import}: checks each row of a decisions or endorsements file against the warehouse
 * and appends the good ones to the {@link ReviewLog}; every other row gets a reject line (file,
 * line, column, reason). Rows already recorded (same content) are counted, not added again, so
 * importing a file twice changes nothing. Counts reconcile: rows = added + already recorded +
 * rejected.
 */
public final class ReviewImport {

  /**
   * What an import did.
   *
   * @param rows rows read
   * @param added entries appended
   * @param alreadyRecorded rows identical to an entry already in the log
   * @param rejects the rejected rows
   * @param rejectsFile where they were written, or {@code null} if none
   * @param cited the report hashes the added entries cite, by submission
   */
  public record Result(
      int rows,
      List<LogEntry> added,
      int alreadyRecorded,
      List<Reject> rejects,
      Path rejectsFile,
      Map<String, String> cited) {}

  private final Path warehouse;
  private final LocalDate today;
  private final boolean citeCurrentReport;
  private final EscoConcepts esco;
  private final ReportDigests digests;
  private final Map<String, Optional<AlignedSubmission>> submissions = new HashMap<>();

  /**
   * @param warehouse the warehouse
   * @param today the date after which a date is "in the future"
   * @param citeCurrentReport rows without a {@code report_hash} cite the submission's current
   *     report (otherwise they are rejected)
   */
  public ReviewImport(Path warehouse, LocalDate today, boolean citeCurrentReport) {
    this.warehouse = warehouse;
    this.today = today;
    this.citeCurrentReport = citeCurrentReport;
    this.esco = new EscoConcepts(warehouse);
    this.digests = new ReportDigests(warehouse);
  }

  /** Imports one file. */
  public Result run(Path input) {
    try {
      return doRun(input);
    } finally {
      esco.close();
    }
  }

  private Result doRun(Path input) {
    ReviewLog log = new ReviewLog(warehouse);
    List<LogEntry> existing = log.entries();
    String fileName = input.getFileName().toString();
    List<ReviewInput.Row> rows = ReviewInput.read(input);
    List<Reject> rejects = new ArrayList<>();
    Map<Long, LogEntry> good = new LinkedHashMap<>();
    Map<String, String> cited = new LinkedHashMap<>();
    for (ReviewInput.Row row : rows) {
      try {
        LogEntry e =
            row.kind().equals(LogEntry.DECISION)
                ? decision(row, fileName, cited)
                : endorsement(row, fileName, cited);
        good.put(row.line(), e);
      } catch (RowRejected r) {
        rejects.add(new Reject(fileName, row.line(), r.column, r.getMessage()));
      }
    }
    rejectConflicts(good, fileName, rejects);
    Set<String> known = new HashSet<>();
    for (LogEntry e : existing) {
      known.add(body(e));
    }
    List<LogEntry> toAdd = new ArrayList<>();
    int already = 0;
    Set<String> inFile = new HashSet<>();
    for (LogEntry e : good.values()) {
      String b = body(e);
      if (known.contains(b) || !inFile.add(b)) {
        already++;
      } else {
        toAdd.add(e);
      }
    }
    List<LogEntry> added = toAdd.isEmpty() ? List.of() : log.append(toAdd, "import " + input);
    rejects.sort(Reject.ORDER);
    Path rejectsFile = rejects.isEmpty() ? null : writeRejects(input, fileName, rejects);
    return new Result(rows.size(), added, already, rejects, rejectsFile, cited);
  }

  /** The part of an entry that says what was decided (not where it came from). */
  private static String body(LogEntry e) {
    LogEntry b = new LogEntry(0, "", e.kind(), e.decision(), e.endorsement(), "", null);
    return ReviewLog.hashOf(b);
  }

  private Path writeRejects(Path input, String fileName, List<Reject> rejects) {
    try {
      String id = Sha256.file(input).substring(0, 12);
      Path file = new WarehouseLayout(warehouse).reviewRejects().resolve("import-" + id + ".csv");
      RejectsFile.write(file, rejects);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write rejects of " + fileName, e);
    }
  }

  /** Two or more rows in the file deciding the same alignment differently: none is recorded. */
  private static void rejectConflicts(
      Map<Long, LogEntry> good, String fileName, List<Reject> rejects) {
    Map<String, List<Long>> byKey = new LinkedHashMap<>();
    good.forEach(
        (line, e) -> {
          if (e.decision() != null) {
            byKey.computeIfAbsent(e.decision().key(), k -> new ArrayList<>()).add(line);
          }
        });
    for (List<Long> lines : byKey.values()) {
      Set<String> verdicts = new HashSet<>();
      for (long l : lines) {
        ReviewDecision d = good.get(l).decision();
        verdicts.add(d.decision() + "/" + d.match());
      }
      if (verdicts.size() > 1) {
        for (long l : lines) {
          List<Long> others = lines.stream().filter(x -> x != l).toList();
          good.remove(l);
          rejects.add(
              new Reject(
                  fileName,
                  l,
                  "decision",
                  "conflicts with the decision on line(s) "
                      + join(others)
                      + " for the same outcome and concept: none of them is recorded"));
        }
      }
    }
  }

  private LogEntry decision(ReviewInput.Row row, String fileName, Map<String, String> cited) {
    notObject(row);
    AlignedSubmission s = submission(row);
    AlignedSubmission.Credential c = credential(row, s);
    String oid = required(row, "outcome");
    AlignedSubmission.Outcome o = c.outcomes().get(oid);
    if (o == null) {
      throw new RowRejected(
          "outcome", "unknown outcome '" + oid + "' of credential '" + c.code() + "'");
    }
    String uri = concept(row, true);
    if (o.match(uri).isEmpty()) {
      throw new RowRejected(
          "concept_uri",
          "outcome '"
              + oid
              + "' was never aligned to "
              + uri
              + " (its candidates: "
              + String.join(", ", o.matches().stream().map(m -> m.label()).toList())
              + ")");
    }
    Verdict v = parse(row, "decision", Verdict::of);
    MatchKind match =
        row.get("match") == null ? MatchKind.RELATED : parse(row, "match", MatchKind::of);
    String reviewer = required(row, "reviewer");
    String group = required(row, "working_group");
    String date = date(row, "date");
    String rationale = required(row, "rationale");
    String report = reportHash(row, s.id(), cited);
    return new LogEntry(
        0,
        null,
        LogEntry.DECISION,
        new ReviewDecision(
            s.id(), c.code(), oid, uri, v, match, reviewer, group, date, rationale, report),
        null,
        fileName + ":" + row.line(),
        null);
  }

  private LogEntry endorsement(ReviewInput.Row row, String fileName, Map<String, String> cited) {
    notObject(row);
    String partner = row.get("partner");
    if (partner == null) {
      throw new RowRejected("partner", "partner is empty: an endorsement must name its partner");
    }
    Claim claim = parse(row, "claim", Claim::of);
    AlignedSubmission s = submission(row);
    AlignedSubmission.Credential c = credential(row, s);
    String uri = concept(row, false);
    if (uri != null && c.outcomes().values().stream().noneMatch(o -> o.match(uri).isPresent())) {
      throw new RowRejected(
          "concept_uri", "no outcome of credential '" + c.code() + "' was aligned to " + uri);
    }
    String date = date(row, "date");
    String expires = required(row, "expires");
    LocalDate exp;
    try {
      exp = LocalDate.parse(expires);
    } catch (DateTimeParseException e) {
      throw new RowRejected("expires", "'" + expires + "' is not a date (yyyy-mm-dd)");
    }
    if (!exp.isAfter(LocalDate.parse(date))) {
      throw new RowRejected("expires", "expires " + expires + ", not after its date " + date);
    }
    if (exp.isBefore(today)) {
      throw new RowRejected("expires", "already expired on " + expires);
    }
    String report = reportHash(row, s.id(), cited);
    return new LogEntry(
        0,
        null,
        LogEntry.ENDORSEMENT,
        null,
        new PartnerEndorsement(partner, claim, s.id(), c.code(), uri, date, expires, report),
        fileName + ":" + row.line(),
        null);
  }

  private static void notObject(ReviewInput.Row row) {
    if (row.fields().containsKey("__not_object")) {
      throw new RowRejected("", "not a JSON object");
    }
  }

  private AlignedSubmission submission(ReviewInput.Row row) {
    String id = required(row, "submission");
    return submissions
        .computeIfAbsent(id, k -> AlignedSubmission.read(warehouse, k))
        .orElseThrow(
            () ->
                new RowRejected(
                    "submission",
                    "unknown submission '" + id + "' (not aligned in this warehouse)"));
  }

  private static AlignedSubmission.Credential credential(ReviewInput.Row row, AlignedSubmission s) {
    String code = required(row, "credential");
    return s.credential(code)
        .orElseThrow(
            () ->
                new RowRejected(
                    "credential",
                    "unknown credential '" + code + "' in submission '" + s.id() + "'"));
  }

  private String concept(ReviewInput.Row row, boolean needed) {
    String uri = needed ? required(row, "concept_uri") : row.get("concept_uri");
    if (uri == null) {
      return null;
    }
    if (!esco.isSkill(uri)) {
      throw new RowRejected(
          "concept_uri",
          "unknown ESCO concept " + uri + " (not a skill in ESCO " + esco.release() + ")");
    }
    return uri;
  }

  private String date(ReviewInput.Row row, String field) {
    String d = required(row, field);
    LocalDate date;
    try {
      date = LocalDate.parse(d);
    } catch (DateTimeParseException e) {
      throw new RowRejected(field, "'" + d + "' is not a date (yyyy-mm-dd)");
    }
    if (date.isAfter(today)) {
      throw new RowRejected(field, d + " is in the future (today is " + today + ")");
    }
    return d;
  }

  private String reportHash(ReviewInput.Row row, String submission, Map<String, String> cited) {
    String h = row.get("report_hash");
    if (h == null) {
      if (!citeCurrentReport) {
        throw new RowRejected(
            "report_hash",
            "report_hash is empty: cite the report the decision was based on (printed by"
                + " 'microcert report'), or import with --cite-current-report");
      }
      ReportDigest d = digests.currentRecorded(submission).orElseThrow();
      cited.put(submission, d.hash());
      return d.hash();
    }
    if (!Sha256.isCitation(h)) {
      throw new RowRejected(
          "report_hash", "'" + h + "' is not a report hash (sha256: and 64 hex digits)");
    }
    ReportDigest known = digests.history().get(h);
    if (known == null) {
      digests.currentRecorded(submission);
      known = digests.history().get(h);
    }
    if (known != null && !known.submission().equals(submission)) {
      throw new RowRejected(
          "report_hash", "cites the report of submission '" + known.submission() + "'");
    }
    cited.put(submission, h);
    return h;
  }

  private static String required(ReviewInput.Row row, String field) {
    String v = row.get(field);
    if (v == null) {
      throw new RowRejected(field, field + " is empty");
    }
    return v;
  }

  private static <T> T parse(ReviewInput.Row row, String field, Function<String, T> parser) {
    String v = required(row, field);
    try {
      return parser.apply(v);
    } catch (IllegalArgumentException e) {
      throw new RowRejected(field, e.getMessage());
    }
  }

  private static String join(List<Long> lines) {
    return String.join(", ", lines.stream().map(String::valueOf).toList());
  }

  /** A row-level problem. */
  private static final class RowRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String column;

    RowRejected(String column, String reason) {
      super(reason, null, false, false);
      this.column = column;
    }
  }
}
