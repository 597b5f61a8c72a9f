package org.microcert.jobs.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.taxonomy.io.Reject;

class ReviewImportTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-06-01");

  @TempDir Path dir;

  private ReviewImport.Result run(Path wh, String sample, boolean cite) {
    return new ReviewImport(wh, TODAY, cite).run(ReviewFixtures.sample(sample));
  }

  @Test
  void samplesAreRecordedOnceAndCountsReconcile() throws IOException {
    Path wh = ReviewFixtures.warehouse(dir);
    ReviewImport.Result r = run(wh, "sample-decisions.csv", true);
    assertEquals(12, r.rows());
    assertEquals(12, r.added().size());
    assertTrue(r.rejects().isEmpty(), r.rejects().toString());
    ReviewImport.Result again = run(wh, "sample-decisions.csv", true);
    assertEquals(0, again.added().size());
    assertEquals(12, again.alreadyRecorded());
    ReviewImport.Result e = run(wh, "sample-endorsements.csv", true);
    assertEquals(3, e.added().size());
    assertEquals(15, new ReviewLog(wh).entries().size());
    assertTrue(new ReviewLog(wh).verify().ok());
  }

  @Test
  void withoutAReportHashRowsAreRejected() throws IOException {
    Path wh = ReviewFixtures.warehouse(dir);
    ReviewImport.Result r = run(wh, "sample-decisions.csv", false);
    assertEquals(12, r.rejects().size());
    assertTrue(r.rejects().stream().allMatch(j -> j.column().equals("report_hash")));
    assertFalse(Files.exists(new ReviewLog(wh).file()));
  }

  @Test
  void everyBadDecisionGetsItsReason() throws IOException {
    Path wh = ReviewFixtures.warehouse(dir);
    ReviewImport.Result r = run(wh, "sample-decisions-bad.csv", true);
    assertEquals(12, r.rows());
    assertEquals(1, r.added().size());
    assertEquals(r.rows(), r.added().size() + r.alreadyRecorded() + r.rejects().size());
    Map<Long, Reject> byLine = r.rejects().stream().collect(Collectors.toMap(Reject::line, j -> j));
    assertEquals("sample-decisions-bad.csv", byLine.get(3L).file());
    assertReject(byLine, 3, "submission", "unknown submission 'no-such-submission'");
    assertReject(byLine, 4, "credential", "unknown credential 'NOPE101'");
    assertReject(byLine, 5, "outcome", "unknown outcome 'LO9'");
    assertReject(byLine, 6, "concept_uri", "unknown ESCO concept");
    assertReject(byLine, 7, "concept_uri", "was never aligned to");
    assertReject(byLine, 8, "decision", "conflicts with the decision on line(s) 9");
    assertReject(byLine, 9, "decision", "conflicts with the decision on line(s) 8");
    assertReject(byLine, 10, "date", "2999-01-01 is in the future");
    assertReject(byLine, 11, "decision", "'maybe' is not approve, reject or defer");
    assertReject(byLine, 12, "report_hash", "is not a report hash");
    assertReject(byLine, 13, "submission", "unknown submission");
    String csv = Files.readString(r.rejectsFile());
    assertTrue(csv.startsWith("file,line,column,reason\n"), csv);
    assertTrue(csv.contains("'=HYPERLINK"), "formula neutralised: " + csv);
  }

  @Test
  void everyBadEndorsementGetsItsReason() throws IOException {
    Path wh = ReviewFixtures.warehouse(dir);
    ReviewImport.Result r = run(wh, "sample-endorsements-bad.csv", true);
    assertEquals(4, r.rejects().size());
    Map<Long, Reject> byLine = r.rejects().stream().collect(Collectors.toMap(Reject::line, j -> j));
    assertReject(byLine, 2, "partner", "partner is empty");
    assertReject(byLine, 3, "expires", "already expired on 2025-12-31");
    assertReject(byLine, 4, "claim", "is not in-demand or assessment-reflects-job-performance");
    assertReject(byLine, 5, "concept_uri", "no outcome of credential 'SIT220' was aligned to");
  }

  @Test
  void jsonInputWithLineNumbers() throws IOException {
    Path wh = ReviewFixtures.warehouse(dir);
    Path json = dir.resolve("decisions.json");
    Files.writeString(
        json,
        "[\n  {\"submission\": \"sample-submission\", \"credential\": \"SIT220\", \"outcome\":"
            + " \"LO3\", \"concept_uri\": \""
            + ReviewFixtures.SKILL
            + "fecf8a0d-62c4-4e71-9b03-0f4fc2ad7bf5\", \"decision\": \"approve\", \"match\":"
            + " \"exact\", \"reviewer\": \"M. Tremblay\", \"working_group\": \"Data\", \"date\":"
            + " \"2026-01-15\", \"rationale\": \"ok\"},\n"
            + "  {\"partner\": \"\", \"claim\": \"in-demand\", \"submission\":"
            + " \"sample-submission\", \"credential\": \"SIT220\", \"date\": \"2026-01-20\","
            + " \"expires\": \"2028-01-01\"}\n"
            + "]\n");
    ReviewImport.Result r = new ReviewImport(wh, TODAY, true).run(json);
    assertEquals(1, r.added().size());
    assertEquals(1, r.rejects().size());
    assertEquals(3, r.rejects().get(0).line());
    assertEquals("partner", r.rejects().get(0).column());
  }

  @Test
  void stalenessAfterNewEvidenceSaysWhatChanged() throws IOException {
    Path wh = ReviewFixtures.warehouse(dir);
    run(wh, "sample-decisions.csv", true);
    List<LogEntry> log = new ReviewLog(wh).entries();
    assertEquals("current", new Staleness(wh).of(log.get(0)).label());
    ReviewFixtures.addRelevance(wh);
    Staleness.Status s = new Staleness(wh).of(log.get(0));
    assertTrue(s.stale());
    assertEquals(List.of("demand evidence changed"), s.changes());
    // endorsements imported now cite the new report and are current
    run(wh, "sample-endorsements.csv", true);
    List<LogEntry> all = new ReviewLog(wh).entries();
    assertEquals("current", new Staleness(wh).of(all.get(all.size() - 1)).label());
    // a realignment changes the alignment part
    Path a = wh.resolve("alignments/sample-submission/alignments.jsonl");
    Files.writeString(a, Files.readString(a).replace("\"score\":0.6125", "\"score\":0.6126"));
    Staleness.Status t = new Staleness(wh).of(all.get(all.size() - 1));
    assertEquals(List.of("alignment changed"), t.changes());
  }

  private static void assertReject(Map<Long, Reject> byLine, long line, String column, String why) {
    Reject j = byLine.get(line);
    assertTrue(j != null, "line " + line + " not rejected: " + byLine);
    assertEquals(column, j.column(), j.toString());
    assertTrue(j.reason().contains(why), j.toString());
  }
}
