package org.microcert.jobs.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.catalog.Claim;
import org.microcert.jobs.catalog.Jcs;
import org.microcert.jobs.catalog.MatchKind;
import org.microcert.jobs.catalog.Verdict;
import org.microcert.taxonomy.InputRejectedException;

class ReviewLogTest {

  @TempDir Path warehouse;
  private ReviewLog log;
  private Path file;

  @BeforeEach
  void fourEntries() {
    log = new ReviewLog(warehouse);
    file = log.file();
    List<LogEntry> bodies = new ArrayList<>();
    String report = "sha256:" + "a".repeat(64);
    for (String outcome : List.of("LO1", "LO2", "LO3")) {
      bodies.add(
          new LogEntry(
              0,
              null,
              LogEntry.DECISION,
              new ReviewDecision(
                  "s",
                  "SIT220",
                  outcome,
                  ReviewFixtures.SKILL + "x",
                  Verdict.APPROVE,
                  MatchKind.EXACT,
                  "M. Tremblay",
                  "Data",
                  "2026-01-15",
                  "ok",
                  report),
              null,
              "in.csv:" + outcome,
              null));
    }
    bodies.add(
        new LogEntry(
            0,
            null,
            LogEntry.ENDORSEMENT,
            null,
            new PartnerEndorsement(
                "Guild", Claim.IN_DEMAND, "s", "SIT220", null, "2026-01-20", "2028-01-01", report),
            "e.csv:2",
            null));
    log.append(bodies, "test");
  }

  private List<String> lines() throws IOException {
    return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  private void write(List<String> lines) throws IOException {
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void intactLogVerifiesAndChains() throws IOException {
    ReviewLog.Verification v = log.verify();
    assertTrue(v.ok(), v.problem());
    assertEquals(4, v.entries().size());
    assertEquals(ReviewLog.GENESIS, v.entries().get(0).prev());
    for (int i = 1; i < 4; i++) {
      assertEquals(v.entries().get(i - 1).hash(), v.entries().get(i).prev());
    }
    assertEquals(v.entries().get(3).hash(), v.headHash());
  }

  @Test
  void editIsNamed() throws IOException {
    List<String> l = lines();
    l.set(1, l.get(1).replace("\"approve\"", "\"reject\""));
    write(l);
    String p = log.verify().problem();
    assertTrue(p.startsWith("entry 2 (line 2) was edited"), p);
  }

  @Test
  void editWithRecomputedHashBreaksTheNextLink() throws IOException {
    List<LogEntry> es = log.verify().entries();
    LogEntry e = es.get(1);
    ReviewDecision d = e.decision();
    LogEntry forged =
        new LogEntry(
            e.seq(),
            e.prev(),
            e.kind(),
            new ReviewDecision(
                d.submission(),
                d.credential(),
                d.outcome(),
                d.conceptUri(),
                Verdict.REJECT,
                d.match(),
                d.reviewer(),
                d.workingGroup(),
                d.date(),
                d.rationale(),
                d.reportHash()),
            null,
            e.source(),
            null);
    forged = forged.withHash(ReviewLog.hashOf(forged));
    List<String> l = lines();
    l.set(1, Jcs.string(ReviewLog.JSON.valueToTree(forged)));
    write(l);
    String p = log.verify().problem();
    assertTrue(p.startsWith("entry 3 (line 3) does not link"), p);
  }

  @Test
  void deletionIsNamed() throws IOException {
    List<String> l = lines();
    l.remove(1);
    write(l);
    String p = log.verify().problem();
    assertTrue(p.startsWith("entry 2 (line 2) has sequence number 3"), p);
  }

  @Test
  void deletingTheLastEntryIsCaughtByTheHead() throws IOException {
    List<String> l = lines();
    l.remove(3);
    write(l);
    String p = log.verify().problem();
    assertTrue(p.startsWith("the log has 3 entries but its head records 4"), p);
  }

  @Test
  void reorderIsNamed() throws IOException {
    List<String> l = lines();
    String a = l.get(1);
    l.set(1, l.get(2));
    l.set(2, a);
    write(l);
    String p = log.verify().problem();
    assertTrue(p.startsWith("entry 2 (line 2) has sequence number 3"), p);
  }

  @Test
  void insertionIsNamed() throws IOException {
    List<String> l = lines();
    l.add(2, l.get(1));
    write(l);
    String p = log.verify().problem();
    assertTrue(p.startsWith("entry 3 (line 3) has sequence number 2"), p);
  }

  @Test
  void nothingIsAppendedToATamperedLog() throws IOException {
    List<String> l = lines();
    l.remove(1);
    write(l);
    byte[] before = Files.readAllBytes(file);
    InputRejectedException e =
        assertThrows(InputRejectedException.class, () -> log.append(List.of(), "import x"));
    assertTrue(e.getMessage().startsWith("Cannot import x: review log"), e.getMessage());
    assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
  }
}
