package org.microcert.taxonomy.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

class AlignmentRunIT {

  @TempDir static Path tmp;
  static CompetencyIndex index;
  static CompetencyMatcher matcher;
  static final Path SAMPLES =
      Path.of(System.getProperty("microcert.samples", "../data-samples")).resolve("submissions");
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void build() {
    CompetencyIndexWriter.write(TinyTaxonomy.build(), tmp.resolve("index"));
    index = CompetencyIndex.open(tmp.resolve("index"));
    matcher = new CompetencyMatcher(index, null, MatcherSettings.defaults());
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static AlignmentRun.Summary align(Path input, Path out) {
    return AlignmentRun.run(
        input,
        out,
        AlignmentRun.submissionId(input),
        lang -> matcher,
        3,
        2,
        QueryVectors.MINILM,
        message -> {});
  }

  private static List<CSVRecord> csv(Path p) throws Exception {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(Files.newBufferedReader(p))
        .getRecords();
  }

  @Test
  void everyBadRowIsRejectedWithLineColumnAndReasonAndCountsReconcile() throws Exception {
    Path out = tmp.resolve("bad");
    AlignmentRun.Summary s = align(SAMPLES.resolve("sample-submission-bad.csv"), out);
    assertThat(s.rows()).isEqualTo(12);
    assertThat(s.aligned() + s.rejected()).isEqualTo(s.rows());
    List<CSVRecord> rejects = csv(out.resolve(AlignmentRun.REJECTS));
    assertThat(rejects).hasSize(s.rejected());
    Map<String, String> reasonByColumnAndLine =
        rejects.stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    r -> r.get("line") + ":" + r.get("column"), r -> r.get("reason")));
    assertThat(reasonByColumnAndLine)
        .containsOnlyKeys(
            "3:outcome_text",
            "4:outcome_text",
            "5:language",
            "9:outcome_id",
            "10:declared_type",
            "11:credential_hours",
            "12:partner_endorsements");
    assertThat(reasonByColumnAndLine.get("3:outcome_text")).contains("empty outcome_text");
    assertThat(reasonByColumnAndLine.get("4:outcome_text")).contains("at most 10000");
    assertThat(reasonByColumnAndLine.get("5:language")).contains("unsupported language 'de'");
    assertThat(reasonByColumnAndLine.get("9:outcome_id")).contains("duplicate outcome_id 'LO1'");
    assertThat(rejects).allSatisfy(r -> assertThat(r.get("reason")).startsWith("Cannot "));
    assertThat(rejects)
        .allSatisfy(r -> assertThat(r.get("file")).isEqualTo("sample-submission-bad.csv"));
  }

  @Test
  void htmlControlCharactersAndQuerySyntaxAreAlignedAsPlainText() throws Exception {
    Path out = tmp.resolve("bad2");
    align(SAMPLES.resolve("sample-submission-bad.csv"), out);
    List<String> lines = Files.readAllLines(out.resolve(AlignmentRun.JSONL));
    assertThat(lines).hasSize(5);
    Map<String, JsonNode> byId = new java.util.HashMap<>();
    for (String l : lines) {
      JsonNode n = JSON.readTree(l);
      byId.put(n.get("outcome_id").asText(), n);
    }
    assertThat(byId).containsOnlyKeys("LO1", "LO5", "LO6", "LO7", "LO11");
    assertThat(byId.get("LO1").get("matches").get(0).get("uri").asText())
        .isEqualTo(TinyTaxonomy.SQL);
    JsonNode html = byId.get("LO6");
    assertThat(html.get("outcome_text").asText())
        .isEqualTo("Design relational database schemas & normalise them");
    assertThat(html.get("notes").get(0).asText()).isEqualTo("html tags removed");
    JsonNode ctl = byId.get("LO7");
    assertThat(ctl.get("outcome_text").asText()).isEqualTo("Manage project budgets and schedules");
    assertThat(ctl.get("matches").get(0).get("uri").asText()).isEqualTo(TinyTaxonomy.BUDGET);
    assertThat(byId.get("LO5").get("outcome_text").asText()).contains("(AND, OR, NOT)");
    // Spreadsheet formula neutralised in the CSV, kept verbatim in JSONL.
    List<CSVRecord> rows = csv(out.resolve(AlignmentRun.CSV));
    assertThat(rows)
        .filteredOn(r -> r.get("outcome_id").equals("LO11"))
        .allSatisfy(r -> assertThat(r.get("outcome_text")).startsWith("'=HYPERLINK"));
    assertThat(byId.get("LO11").get("outcome_text").asText()).startsWith("=HYPERLINK");
  }

  @Test
  void outputFollowsTheContractAndIsByteIdenticalOnRerun() throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    AlignmentRun.Summary s = align(SAMPLES.resolve("sample-submission.csv"), a);
    align(SAMPLES.resolve("sample-submission.csv"), b);
    assertThat(s.rows()).isEqualTo(46);
    assertThat(s.aligned()).isEqualTo(46);
    for (String f : List.of(AlignmentRun.JSONL, AlignmentRun.CSV, AlignmentRun.REJECTS)) {
      assertThat(Files.readAllBytes(a.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(b.resolve(f)));
    }
    List<String> lines = Files.readAllLines(a.resolve(AlignmentRun.JSONL), StandardCharsets.UTF_8);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.get("submission_id").asText()).isEqualTo("sample-submission");
    for (String f :
        List.of(
            "institution",
            "credential_code",
            "credential_title",
            "credential_hours",
            "transcript_code",
            "outcome_id",
            "outcome_text",
            "language",
            "declared_type",
            "assessment_method",
            "evidence",
            "partner_endorsements",
            "ksa_class",
            "matches")) {
      assertThat(first.has(f)).as(f).isTrue();
    }
    // Sorted by credential_code then outcome_id.
    List<String> keys =
        lines.stream()
            .map(
                l -> {
                  try {
                    JsonNode n = JSON.readTree(l);
                    return n.get("credential_code").asText() + "/" + n.get("outcome_id").asText();
                  } catch (Exception e) {
                    throw new RuntimeException(e);
                  }
                })
            .toList();
    assertThat(keys).isSorted();
    JsonNode endorsed =
        lines.stream()
            .map(
                l -> {
                  try {
                    return JSON.readTree(l);
                  } catch (Exception e) {
                    throw new RuntimeException(e);
                  }
                })
            .filter(n -> n.get("credential_code").asText().equals("SIT220"))
            .findFirst()
            .orElseThrow();
    assertThat(endorsed.get("partner_endorsements").get(0).get("partner").asText())
        .isEqualTo("Data Analytics Council");
    assertThat(endorsed.get("partner_endorsements").get(0).get("expires").asText())
        .isEqualTo("2026-03-01");
    assertThat(endorsed.get("credential_hours").asDouble()).isEqualTo(150.0);
  }

  @Test
  void aMissingRequiredColumnIsFatalAndNamesTheColumn() {
    assertThatThrownBy(
            () -> align(SAMPLES.resolve("sample-submission-missing-column.csv"), tmp.resolve("m")))
        .isInstanceOf(SubmissionFormatException.class)
        .hasMessageContaining("missing required column 'outcome_text'");
  }

  @Test
  void jsonSubmissionsAreReadLikeCsv() throws Exception {
    Path in = tmp.resolve("sub.json");
    Files.writeString(
        in,
        "[\n"
            + "{\"institution\":\"X\",\"credential_code\":\"C1\",\"credential_title\":\"T\",\"credential_hours\":12,\"transcript_code\":\"TC\",\"outcome_id\":\"O1\",\"outcome_text\":\"Show"
            + " initiative at"
            + " work\",\"language\":\"en\",\"declared_type\":\"attitude\",\"partner_endorsements\":[{\"partner\":\"P\",\"endorsed\":\"2025-01-10\",\"expires\":\"2027-01-10\"}]},\n"
            + "{\"institution\":\"X\",\"credential_code\":\"C1\",\"credential_title\":\"T\",\"credential_hours\":12,\"transcript_code\":\"TC\",\"outcome_id\":\"O2\",\"outcome_text\":\"\",\"language\":\"en\"}\n"
            + "]\n");
    Path out = tmp.resolve("json");
    AlignmentRun.Summary s = align(in, out);
    assertThat(s.aligned()).isEqualTo(1);
    assertThat(s.rejected()).isEqualTo(1);
    JsonNode n = JSON.readTree(Files.readAllLines(out.resolve(AlignmentRun.JSONL)).get(0));
    assertThat(n.get("credential_hours").asDouble()).isEqualTo(12.0);
    assertThat(n.get("ksa_class").asText()).isEqualTo("attitude");
    assertThat(n.get("declared_type").asText()).isEqualTo("attitude");
    assertThat(n.get("partner_endorsements").get(0).get("endorsed").asText())
        .isEqualTo("2025-01-10");
    assertThat(csv(out.resolve(AlignmentRun.REJECTS)).get(0).get("line")).isEqualTo("3");
  }

  @Test
  void knowledgeSkillsAndAttitudesAreClassifiedFromTheTopMatches() throws Exception {
    Path in = tmp.resolve("ksa.csv");
    Files.writeString(
        in,
        "institution,credential_code,credential_title,credential_hours,transcript_code,outcome_id,outcome_text,language\n"
            + "X,C,T,1,TC,K,Python programming,en\n"
            + "X,C,T,1,TC,S,Manage budgets,en\n"
            + "X,C,T,1,TC,A,Show initiative,en\n");
    Path out = tmp.resolve("ksa");
    align(in, out);
    Map<String, String> ksa = new java.util.HashMap<>();
    for (String l : Files.readAllLines(out.resolve(AlignmentRun.JSONL))) {
      JsonNode n = JSON.readTree(l);
      ksa.put(n.get("outcome_id").asText(), n.get("ksa_class").asText());
    }
    assertThat(ksa)
        .containsEntry("K", "knowledge")
        .containsEntry("S", "skill")
        .containsEntry("A", "attitude");
  }

  private static Outcome outcome(
      int line, String credential, String id, String text, String language) {
    return new Outcome(
        line,
        "X",
        credential,
        "T",
        null,
        "",
        id,
        text,
        language,
        null,
        null,
        null,
        List.of(),
        List.of());
  }

  @Test
  void repeatedTextsShareOneMatchPerLanguageAndKeepTheirOwnOutcome() {
    // A second matcher for "fr" with other boosts, so that sharing matches across languages would
    // show.
    CompetencyMatcher other =
        new CompetencyMatcher(
            index, null, MatcherSettings.defaults().withBoosts(1f, 1f, 1f, 1f, 0f, 0f));
    java.util.function.Function<String, CompetencyMatcher> byLanguage =
        l -> l.equals("fr") ? other : matcher;
    List<Outcome> outcomes =
        List.of(
            outcome(2, "C1", "O1", "Python programming and budgets", "en"),
            outcome(3, "C1", "O2", "Show initiative in a team", "en"),
            outcome(4, "C2", "O1", "Python programming and budgets", "en"),
            outcome(5, "C3", "O1", "Python programming and budgets", "fr"));
    List<Alignment> all =
        AlignmentRun.alignAll("s", outcomes, byLanguage, 3, 2, QueryVectors.MINILM, message -> {});
    assertThat(all).hasSize(4);
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome o = outcomes.get(i);
      assertThat(all.get(i).outcome()).isSameAs(o);
      assertThat(all.get(i))
          .isEqualTo(AlignmentRun.align("s", o, byLanguage.apply(o.language()), 3));
    }
    assertThat(all.get(0).matches()).isNotEmpty().isEqualTo(all.get(2).matches());
    assertThat(all.get(3).matches()).isNotEqualTo(all.get(0).matches());
  }

  @Test
  void longRunsReportProgressPerThousandDistinctTexts() {
    List<Outcome> outcomes = new java.util.ArrayList<>();
    for (int i = 0; i < 2600; i++) {
      // 2,100 distinct texts: the last 500 repeat earlier ones and are not matched again.
      outcomes.add(outcome(i + 2, "C" + i, "O", "Python programming unit " + (i % 2100), "en"));
    }
    List<String> lines = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    List<Alignment> all =
        AlignmentRun.alignAll("s", outcomes, l -> matcher, 3, 2, QueryVectors.MINILM, lines::add);
    assertThat(all).hasSize(2600);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("matched 1,000 of 2,100 distinct outcome texts (");
    assertThat(lines.get(1)).startsWith("matched 2,000 of 2,100 distinct outcome texts (");
  }
}
