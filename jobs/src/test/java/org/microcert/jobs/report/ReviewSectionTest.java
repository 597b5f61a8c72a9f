package org.microcert.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.provenance.ReportDigests;
import org.microcert.jobs.review.ReviewFixtures;
import org.microcert.jobs.review.ReviewImport;

/** The report's content hash and its decisions and endorsements section, with staleness. */
class ReviewSectionTest {

  @TempDir Path dir;

  @Test
  void reportShowsItsHashDecisionsAndStalenessEscaped() throws IOException {
    Path wh = ReviewFixtures.warehouse(Files.createDirectories(dir.resolve("w")));
    Path csv = dir.resolve("d.csv");
    Files.writeString(
        csv,
        "submission,credential,outcome,concept_uri,decision,match,reviewer,working_group,date,"
            + "rationale,report_hash\nsample-submission,SIT220,LO3,"
            + ReviewFixtures.SKILL
            + "fecf8a0d-62c4-4e71-9b03-0f4fc2ad7bf5,approve,exact,<b>M. Tremblay</b>,Data,"
            + "2026-01-15,<script>alert(1)</script> the model is designed,\n");
    LocalDate today = LocalDate.parse("2026-06-01");
    ReviewImport.Result r = new ReviewImport(wh, today, true).run(csv);
    assertEquals(1, r.added().size());
    String cited = r.added().get(0).decision().reportHash();

    Path out = dir.resolve("reports");
    ReportResult before = ReportGenerator.generate(wh, null, out, LocalDate.parse("2026-01-22"));
    assertEquals(cited, before.reportHashes().get("sample-submission"));
    String html = Files.readString(out.resolve("sample-submission/report.html"));
    assertTrue(html.contains(cited), "report hash shown");
    assertTrue(html.contains("Review decisions"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "rationale escaped");
    assertFalse(html.contains("<script>alert(1)"));
    assertFalse(html.contains("<b>M. Tremblay"));
    assertTrue(
        Files.readString(out.resolve("sample-submission/review_decisions.csv"))
            .contains(",current"));

    ReviewFixtures.addRelevance(wh);
    ReportResult after = ReportGenerator.generate(wh, null, out, LocalDate.parse("2026-01-22"));
    String now = after.reportHashes().get("sample-submission");
    assertFalse(now.equals(cited), "new demand evidence, new report hash");
    assertEquals(now, new ReportDigests(wh).current("sample-submission").orElseThrow().hash());
    String html2 = Files.readString(out.resolve("sample-submission/report.html"));
    assertTrue(html2.contains("stale (demand evidence changed)"), "decision shown stale");
  }
}
