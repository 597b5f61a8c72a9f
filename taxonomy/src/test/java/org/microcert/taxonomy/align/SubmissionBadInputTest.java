package org.microcert.taxonomy.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.taxonomy.index.CompetencyIndex;
import org.microcert.taxonomy.index.CompetencyIndexWriter;
import org.microcert.taxonomy.index.QueryVectors;
import org.microcert.taxonomy.match.CompetencyMatcher;
import org.microcert.taxonomy.match.MatcherSettings;
import org.microcert.taxonomy.testing.TinyTaxonomy;

/**
 * Each bad-input case on the real sample submission (46 rows, 8 credentials), corrupted in one
 * place: the bad row is rejected with file, line, column and reason, every other row is aligned,
 * and {@code rows = aligned + rejected}.
 */
class SubmissionBadInputTest {

  @TempDir static Path tmp;
  static CompetencyIndex index;
  static CompetencyMatcher matcher;
  static final Path SAMPLE =
      Path.of(System.getProperty("microcert.samples", "../data-samples"))
          .resolve("submissions")
          .resolve("sample-submission.csv");
  static final ObjectMapper JSON = new ObjectMapper();
  static List<String> lines;

  @BeforeAll
  static void build() throws Exception {
    CompetencyIndexWriter.write(TinyTaxonomy.build(), tmp.resolve("index"));
    index = CompetencyIndex.open(tmp.resolve("index"));
    matcher = new CompetencyMatcher(index, null, MatcherSettings.defaults());
    lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(47);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static AlignmentRun.Summary align(Path input, String out) {
    AlignmentRun.Summary s =
        AlignmentRun.run(
            input,
            tmp.resolve(out),
            AlignmentRun.submissionId(input),
            lang -> matcher,
            3,
            2,
            QueryVectors.MINILM,
            message -> {});
    assertThat(s.aligned() + s.rejected()).as("counts reconcile").isEqualTo(s.rows());
    return s;
  }

  private static List<CSVRecord> csv(Path p) throws Exception {
    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(r)
          .getRecords();
    }
  }

  private static List<JsonNode> jsonl(Path p) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      out.add(JSON.readTree(l));
    }
    return out;
  }

  /** The sample with line {@code n} (1-based, 1 is the header) replaced. */
  private static Path csvWithLine(String name, int n, String line) throws Exception {
    List<String> copy = new ArrayList<>(lines);
    copy.set(n - 1, line);
    Path p = tmp.resolve(name);
    Files.writeString(p, String.join("\n", copy) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  /** The sample's data rows as JSON objects (JSON Lines text, one per line). */
  private static List<String> jsonLines() throws Exception {
    List<String> out = new ArrayList<>();
    for (CSVRecord r : csv(SAMPLE)) {
      ObjectNode o = JSON.createObjectNode();
      r.toMap().forEach(o::put);
      out.add(JSON.writeValueAsString(o));
    }
    return out;
  }

  private static Map<String, CSVRecord> rejectsByLine(String out) throws Exception {
    return csv(tmp.resolve(out).resolve(AlignmentRun.REJECTS)).stream()
        .collect(Collectors.toMap(r -> r.get("line"), r -> r));
  }

  @Test
  void anEscapedLoneSurrogateRejectsItsRowAndTheRestIsAlignedAndWritten() throws Exception {
    List<String> rows = jsonLines();
    rows.set(3, rows.get(3).replace("Provide an explanation", "Provide \\ud800 an explanation"));
    Path in = tmp.resolve("surrogate.json");
    Files.writeString(in, "[\n" + String.join(",\n", rows) + "\n]\n", StandardCharsets.UTF_8);
    AlignmentRun.Summary s = align(in, "surrogate");
    assertThat(s.rows()).isEqualTo(46);
    assertThat(s.rejected()).isEqualTo(1);
    CSVRecord reject = rejectsByLine("surrogate").get("5");
    assertThat(reject.get("file")).isEqualTo("surrogate.json");
    assertThat(reject.get("column")).isEqualTo("outcome_text");
    assertThat(reject.get("reason"))
        .startsWith("Cannot accept outcome: outcome_text has an unpaired surrogate \\ud800");
    assertThat(csv(tmp.resolve("surrogate").resolve(AlignmentRun.CSV))).isNotEmpty();
    assertThat(jsonl(tmp.resolve("surrogate").resolve(AlignmentRun.JSONL))).hasSize(45);
  }

  @Test
  void requiredCellsThatCleanToNothingAreRejectedAndCredentialsNeverMerge() throws Exception {
    List<String> copy = new ArrayList<>(lines);
    copy.set(1, copy.get(1).replace("University of Glasgow,", "<b></b>,"));
    copy.set(2, copy.get(2).replace(",COMPSCI4013,", ",\u200B,"));
    copy.set(3, copy.get(3).replace(",LO3,", ",\u0000,"));
    copy.set(8, copy.get(8).replace(",COMPSCI4038,", ",</script>,"));
    copy.set(14, copy.get(14).replace(",SIT374,", ",<i></i>,"));
    Path in = tmp.resolve("empty-cells.csv");
    Files.writeString(in, String.join("\n", copy) + "\n", StandardCharsets.UTF_8);
    AlignmentRun.Summary s = align(in, "empty-cells");
    assertThat(s.rejected()).isEqualTo(5);
    Map<String, CSVRecord> rejects = rejectsByLine("empty-cells");
    assertThat(rejects).containsOnlyKeys("2", "3", "4", "9", "15");
    assertThat(rejects.get("2").get("column")).isEqualTo("institution");
    assertThat(rejects.get("2").get("reason"))
        .isEqualTo("Cannot accept outcome: institution is empty once html tags removed");
    assertThat(rejects.get("3").get("column")).isEqualTo("credential_code");
    assertThat(rejects.get("3").get("reason")).contains("control characters removed");
    assertThat(rejects.get("4").get("column")).isEqualTo("outcome_id");
    assertThat(rejects.get("9").get("column")).isEqualTo("credential_code");
    assertThat(rejects.get("15").get("column")).isEqualTo("credential_code");
    assertThat(jsonl(tmp.resolve("empty-cells").resolve(AlignmentRun.JSONL)))
        .allSatisfy(n -> assertThat(n.get("credential_code").asText()).isNotEmpty())
        .allSatisfy(n -> assertThat(n.get("institution").asText()).isNotEmpty());
  }

  @Test
  void escapedMarkupNeverBecomesLiveAndEntitiesRoundTripThroughBothOutputs() throws Exception {
    String line =
        lines
                .get(4)
                .replace(
                    "Provide an explanation of",
                    "Provide &lt;script&gt;alert(1)&lt;/script&gt; an explanation of &lt;b&gt;")
            + "\"Johnson &amp; Johnson|2025-01-10|2027-01-10;R&amp;D"
            + " Council|2025-02-01|2026-02-01\"";
    assertThat(lines.get(4)).endsWith(",,");
    Path in = csvWithLine("markup.csv", 5, line);
    AlignmentRun.Summary s = align(in, "markup");
    assertThat(s.rejected()).isZero();
    JsonNode lo4 =
        jsonl(tmp.resolve("markup").resolve(AlignmentRun.JSONL)).stream()
            .filter(n -> n.get("credential_code").asText().equals("COMPSCI4013"))
            .filter(n -> n.get("outcome_id").asText().equals("LO4"))
            .findFirst()
            .orElseThrow();
    String text = lo4.get("outcome_text").asText();
    assertThat(text).startsWith("Provide an explanation of the database indexing");
    assertThat(text).doesNotContain("<").doesNotContain("script");
    assertThat(lo4.get("notes").get(0).asText()).isEqualTo("html tags removed");
    assertThat(lo4.get("partner_endorsements").get(0).get("partner").asText())
        .isEqualTo("Johnson & Johnson");
    assertThat(lo4.get("partner_endorsements").get(1).get("partner").asText())
        .isEqualTo("R&D Council");
    // The CSV holds the same text: written and read back, nothing changes.
    List<CSVRecord> rows = csv(tmp.resolve("markup").resolve(AlignmentRun.CSV));
    assertThat(rows)
        .filteredOn(r -> r.get("credential_code").equals("COMPSCI4013"))
        .filteredOn(r -> r.get("outcome_id").equals("LO4"))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.get("outcome_text")).isEqualTo(text));
    assertThat(Files.readString(tmp.resolve("markup").resolve(AlignmentRun.CSV)))
        .doesNotContainPattern("<[a-zA-Z/!?]");
  }

  @Test
  void anInvalidUtf8ByteInACsvRejectsOnlyItsRowNamingLineAndByte() throws Exception {
    byte[] good = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    String before = String.join("\n", lines.subList(0, 6)) + "\n";
    int at = before.getBytes(StandardCharsets.UTF_8).length + lines.get(6).indexOf("Glasgow");
    byte[] bad = good.clone();
    bad[at] = (byte) 0xC3; // a lead byte followed by ASCII: invalid
    Path in = tmp.resolve("bad-byte.csv");
    Files.write(in, bad);
    AlignmentRun.Summary s = align(in, "bad-byte");
    assertThat(s.rows()).isEqualTo(46);
    assertThat(s.rejected()).isEqualTo(1);
    CSVRecord reject = rejectsByLine("bad-byte").get("7");
    assertThat(reject.get("column")).isEmpty();
    assertThat(reject.get("reason"))
        .isEqualTo("Cannot read row: line 7: invalid UTF-8 byte 0xC3 at byte offset " + at);
  }

  @Test
  void aValidReplacementCharacterIsText() throws Exception {
    Path in = csvWithLine("fffd.csv", 3, lines.get(2).replace("RDBMS", "RDBMS \uFFFD"));
    assertThat(align(in, "fffd").rejected()).isZero();
  }

  @Test
  void aByteOrderMarkIsSkippedInCsvAndJsonLines() throws Exception {
    Path csvIn = tmp.resolve("bom.csv");
    Files.writeString(csvIn, "\uFEFF" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    assertThat(align(csvIn, "bom-csv").aligned()).isEqualTo(46);
    Path jsonlIn = tmp.resolve("bom.jsonl");
    Files.writeString(
        jsonlIn, "\uFEFF" + String.join("\n", jsonLines()) + "\n", StandardCharsets.UTF_8);
    assertThat(align(jsonlIn, "bom-jsonl").aligned()).isEqualTo(46);
  }

  @Test
  void brokenJsonLinesAreRowRejectsAndTheOtherLinesAreAligned() throws Exception {
    List<String> rows = jsonLines();
    rows.set(2, rows.get(2).substring(0, 40)); // cut off
    rows.set(5, rows.get(5) + " {\"x\":1}"); // trailing content
    rows.set(9, "[1,2]");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < rows.size(); i++) {
      byte[] b = (rows.get(i) + "\n").getBytes(StandardCharsets.UTF_8);
      if (i == 12) {
        b[20] = (byte) 0xFF;
      }
      bytes.write(b);
    }
    Path in = tmp.resolve("broken.jsonl");
    Files.write(in, bytes.toByteArray());
    AlignmentRun.Summary s = align(in, "broken");
    assertThat(s.rows()).isEqualTo(46);
    assertThat(s.rejected()).isEqualTo(4);
    Map<String, CSVRecord> rejects = rejectsByLine("broken");
    assertThat(rejects).containsOnlyKeys("3", "6", "10", "13");
    assertThat(rejects.get("3").get("reason")).startsWith("Cannot read record: line 3 column ");
    assertThat(rejects.get("3").get("reason")).contains("malformed JSON");
    assertThat(rejects.get("6").get("reason")).contains("content after the JSON object");
    assertThat(rejects.get("10").get("reason")).contains("is not a JSON object");
    assertThat(rejects.get("13").get("reason")).contains("invalid UTF-8 byte 0xFF at byte offset");
  }

  @Test
  void contentAfterAJsonArrayRejectsTheFileNamingWhere() throws Exception {
    Path in = tmp.resolve("trailing.json");
    Files.writeString(in, "[\n" + String.join(",\n", jsonLines()) + "\n] garbage\n");
    assertThatThrownBy(() -> align(in, "trailing"))
        .isInstanceOf(SubmissionFormatException.class)
        .hasMessageStartingWith("Cannot read submission " + in + ":48:");
  }

  @Test
  void hoursArePlainDecimalsAndMinusZeroIsZero() throws Exception {
    List<String> copy = new ArrayList<>(lines);
    copy.set(1, copy.get(1).replace(",40,", ",10d,"));
    copy.set(2, copy.get(2).replace(",40,", ",1e2,"));
    copy.set(3, copy.get(3).replace(",40,", ",-0,"));
    copy.set(4, copy.get(4).replace(",40,", ",7.5,"));
    copy.set(5, copy.get(5).replace(",40,", ",-3,"));
    Path in = tmp.resolve("hours.csv");
    Files.writeString(in, String.join("\n", copy) + "\n", StandardCharsets.UTF_8);
    AlignmentRun.Summary s = align(in, "hours");
    assertThat(rejectsByLine("hours")).containsOnlyKeys("2", "3", "6");
    assertThat(rejectsByLine("hours").get("2").get("reason"))
        .isEqualTo(
            "Cannot accept outcome: credential_hours '10d' is not a non-negative plain decimal"
                + " number (like 40 or 7.5)");
    assertThat(s.rejected()).isEqualTo(3);
    Map<String, String> hours =
        jsonl(tmp.resolve("hours").resolve(AlignmentRun.JSONL)).stream()
            .filter(n -> n.get("credential_code").asText().equals("COMPSCI4013"))
            .collect(
                Collectors.toMap(
                    n -> n.get("outcome_id").asText(), n -> n.get("credential_hours").asText()));
    assertThat(hours).containsEntry("LO3", "0.0").containsEntry("LO4", "7.5");
    assertThat(csv(tmp.resolve("hours").resolve(AlignmentRun.CSV)))
        .filteredOn(r -> r.get("outcome_id").equals("LO3"))
        .filteredOn(r -> r.get("credential_code").equals("COMPSCI4013"))
        .allSatisfy(r -> assertThat(r.get("credential_hours")).isEqualTo("0.0"));
  }
}
