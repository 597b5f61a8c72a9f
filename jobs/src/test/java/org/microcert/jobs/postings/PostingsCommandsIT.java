package org.microcert.jobs.postings;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microcert.jobs.cli.MicrocertCli;
import org.microcert.pipelines.postings.PostingsExtract;
import org.microcert.pipelines.postings.PostingsSchema;
import org.microcert.pipelines.spark.SparkSessions;
import org.microcert.pipelines.taxonomy.TaxonomySchemas;
import org.microcert.pipelines.taxonomy.TaxonomyTables;
import org.microcert.taxonomy.match.SentenceSkillCache;
import picocli.CommandLine;

/**
 * End to end through the CLI on the shipped samples: {@code taxonomy import}, {@code postings
 * ingest} (sample + bad records), {@code postings extract} and {@code demand}. The import, the
 * ingest and the extraction run once for the class; the checks read the written tables and compare
 * them with the input files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostingsCommandsIT {

  static final Path SAMPLES =
      Path.of(System.getProperty("microcert.samples")).toAbsolutePath().normalize();
  static final Path SAMPLE = SAMPLES.resolve("postings/postings-sample.jsonl");
  static final Path BAD = SAMPLES.resolve("postings/postings-bad-records.jsonl");

  /**
   * The bad lines of {@code postings-bad-records.jsonl} and the reason each is rejected for, as
   * data-samples/postings/README.md describes the file (lines 1 and 10 are good postings).
   */
  static final Map<Long, String> BAD_LINES =
      Map.of(
          2L, "missing id",
          3L, "missing text",
          4L, "unparseable date",
          5L, "malformed JSON",
          6L, "unknown column 'salary_band'",
          7L, "not a JSON object",
          8L, "no text left after cleaning",
          9L, "invalid UTF-8 byte 0xE9");

  @TempDir static Path tmp;

  Path warehouse;
  SparkSession spark;
  String previousHome;
  int ingestCode;
  int extractCode;
  List<CSVRecord> rejects;

  @BeforeAll
  void importIngestAndExtractOnce() throws IOException {
    // postings ingest reads conf/sources/ under microcert.home, as bin/microcert sets it
    previousHome = System.setProperty("microcert.home", SAMPLES.getParent().toString());
    warehouse = tmp.resolve("wh");
    assertThat(run("taxonomy", "import", "--esco", SAMPLES.resolve("esco").toString())).isZero();
    ingestCode = run("postings", "ingest", "--input", SAMPLE.toString(), BAD.toString());
    rejects = readRejects();
    extractCode = run("postings", "extract");
    spark = SparkSessions.local();
  }

  @AfterAll
  void restoreHome() {
    if (previousHome == null) {
      System.clearProperty("microcert.home");
    } else {
      System.setProperty("microcert.home", previousHome);
    }
  }

  @Test
  @Order(1)
  void ingestWritesEachBadRecordToTheRejectsFileWithFileLineAndReason() {
    assertThat(ingestCode).isZero();
    Map<Long, String> rejectedBadLines = new TreeMap<>();
    for (CSVRecord r : rejects) {
      assertThat(r.get("file")).isEqualTo(BAD.toString());
      rejectedBadLines.put(Long.parseLong(r.get("line")), r.get("reason"));
    }
    assertThat(rejectedBadLines).hasSameSizeAs(rejects).containsOnlyKeys(BAD_LINES.keySet());
    BAD_LINES.forEach(
        (line, reason) ->
            assertThat(rejectedBadLines.get(line)).as("line %d", line).contains(reason));
  }

  @Test
  @Order(1)
  void everyInputLineIsStoredOrRejected() throws IOException {
    Set<String> expectedIds = new HashSet<>();
    Set<String> rejectedLines = new HashSet<>();
    rejects.forEach(r -> rejectedLines.add(r.get("file") + ":" + r.get("line")));
    long in = 0;
    for (Path file : List.of(SAMPLE, BAD)) {
      Map<Integer, byte[]> lines = nonBlankLines(file);
      in += lines.size();
      for (Map.Entry<Integer, byte[]> line : lines.entrySet()) {
        if (!rejectedLines.contains(file + ":" + line.getKey())) {
          JsonNode n = new ObjectMapper().readTree(line.getValue());
          expectedIds.add(n.get("source").asText() + ":" + n.get("id").asText());
        }
      }
    }

    List<String> stored = postingIds();

    assertThat(in).isEqualTo(stored.size() + rejects.size());
    assertThat(stored).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expectedIds);
  }

  @Test
  @Order(2)
  void extractWritesMentionsOfImportedSkillsWithinThePostingText() {
    assertThat(extractCode).isZero();
    Path release = warehouse.resolve("taxonomy/esco/v1.1.1/en");
    Set<String> skills = uris(release, TaxonomySchemas.SKILLS);
    Set<String> occupations = uris(release, TaxonomySchemas.OCCUPATIONS);
    Map<String, String> keptText = new HashMap<>();
    for (Row r : keptPostings("posting_id", "text")) {
      keptText.put(r.getString(0), r.getString(1));
    }
    List<Row> mentions = read("mentions", PostingsExtract.MENTIONS.toDDL()).collectAsList();
    List<Row> titles = read("titles", PostingsExtract.TITLES.toDDL()).collectAsList();

    assertThat(mentions).isNotEmpty();
    assertThat(titles).isNotEmpty();
    for (Row m : mentions) {
      String id = m.getAs("posting_id");
      String text = keptText.get(id);
      int start = m.<Integer>getAs("start");
      int end = m.<Integer>getAs("end");
      assertThat(text).as("text of kept posting %s", id).isNotNull();
      assertThat(skills).contains(m.<String>getAs("skill_uri"));
      assertThat(start).isNotNegative().isLessThan(end);
      assertThat(end).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(start, end)).isEqualTo(m.<String>getAs("matched_text"));
    }
    for (Row t : titles) {
      assertThat(keptText).containsKey(t.<String>getAs("posting_id"));
      assertThat(occupations).contains(t.<String>getAs("occupation_uri"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"month", "quarter"})
  @Order(3)
  void demandSharesAreProportionsOfThePeriodsPostings(String period) {
    assertThat(run("demand", "--period", period)).isZero();

    Map<String, Long> keptPerPeriod = new HashMap<>();
    Map<String, String> periodOf = new HashMap<>();
    for (Row r : keptPostings("posting_id", "period")) {
      String p = period.equals("month") ? r.getString(1) : quarterOf(r.getString(1));
      periodOf.put(r.getString(0), p);
      keptPerPeriod.merge(p, 1L, Long::sum);
    }
    Map<String, Long> postingsPerPeriodAndSkill =
        read("mentions", PostingsExtract.MENTIONS.toDDL())
            .select("posting_id", "skill_uri")
            .distinct()
            .collectAsList()
            .stream()
            .collect(
                Collectors.groupingBy(
                    r -> periodOf.get(r.getString(0)) + " " + r.getString(1),
                    Collectors.counting()));
    List<Row> demand =
        read(
                "demand/skills",
                "period STRING, region STRING, occupation_group STRING, skill_uri STRING,"
                    + " postings BIGINT, total_postings BIGINT, share DOUBLE")
            .collectAsList();

    assertThat(demand).isNotEmpty();
    for (Row d : demand) {
      String p = d.getAs("period");
      long postings = d.<Long>getAs("postings");
      long total = d.<Long>getAs("total_postings");
      assertThat(keptPerPeriod).as("periods of kept postings").containsKey(p);
      assertThat(d.<Double>getAs("share")).isBetween(0.0, 1.0).isEqualTo(postings / (double) total);
      assertThat(postings).isPositive().isLessThanOrEqualTo(total);
      assertThat(total).isLessThanOrEqualTo(keptPerPeriod.get(p));
    }
    // every region and occupation group together: counts straight from the postings and mentions
    List<Row> overall =
        demand.stream()
            .filter(
                d -> d.getAs("region").equals("ALL") && d.getAs("occupation_group").equals("ALL"))
            .toList();
    assertThat(overall).hasSameSizeAs(postingsPerPeriodAndSkill.keySet());
    for (Row d : overall) {
      String p = d.getAs("period");
      assertThat(d.<Long>getAs("total_postings")).isEqualTo(keptPerPeriod.get(p));
      assertThat(d.<Long>getAs("postings"))
          .isEqualTo(postingsPerPeriodAndSkill.get(p + " " + d.getAs("skill_uri")));
    }
  }

  @Test
  @Order(4)
  void reingestingTheSameFilesAddsNothing() throws IOException {
    List<String> before = postingIds();
    Set<Path> filesBefore = parquetFiles(warehouse.resolve("postings"));

    assertThat(run("postings", "ingest", "--input", SAMPLE.toString(), BAD.toString())).isZero();

    assertThat(postingIds()).containsExactlyInAnyOrderElementsOf(before);
    assertThat(parquetFiles(warehouse.resolve("postings"))).isEqualTo(filesBefore);
    assertThat(readRejects()).hasSameSizeAs(rejects);
  }

  @Test
  @Order(5)
  void sentenceSkillsAddMentionsOfWholeSentencesToTheTriesOnes() {
    Set<String> trie = mentionKeys();
    Map<String, String> keptText = new HashMap<>();
    for (Row r : keptPostings("posting_id", "text")) {
      keptText.put(r.getString(0), r.getString(1));
    }

    assertThat(run("postings", "extract", "--sentence-skills")).isZero();

    List<Row> mentions = read("mentions", PostingsExtract.MENTIONS.toDDL()).collectAsList();
    Set<String> all = new HashSet<>();
    int added = 0;
    for (Row m : mentions) {
      String key = m.<String>getAs("posting_id") + " " + m.<String>getAs("skill_uri");
      all.add(key);
      String text = keptText.get(m.<String>getAs("posting_id"));
      int start = m.<Integer>getAs("start");
      int end = m.<Integer>getAs("end");
      assertThat(text.substring(start, end)).isEqualTo(m.<String>getAs("matched_text"));
      if (!trie.contains(key)) {
        added++;
        // a sentence skill's span is its sentence: more than the three label words it needs
        assertThat(m.<String>getAs("matched_text").split("\\s+").length).isGreaterThanOrEqualTo(3);
      }
    }
    assertThat(all).containsAll(trie);
    assertThat(added).isPositive();
  }

  @Test
  @Order(6)
  void denseSentenceSkillsKeepTheLexicalOnesAndAddTheFusedRulesOwn() {
    Set<String> lexical = mentionKeys();

    assertThat(run("postings", "extract", "--sentence-skills", "dense")).isZero();

    Set<String> dense = mentionKeys();
    assertThat(dense).containsAll(lexical);
    assertThat(dense.size()).isGreaterThan(lexical.size());

    // the fused rule's results are kept beside the release's index, and a re-run gives the same
    Path cache = SentenceSkillCache.defaultFile(warehouse.resolve("taxonomy/esco/v1.1.1/en/index"));
    assertThat(cache).isRegularFile();
    assertThat(run("postings", "extract", "--sentence-skills", "dense")).isZero();
    Set<String> again = mentionKeys();
    assertThat(again).isEqualTo(dense);
  }

  @Test
  @Order(7)
  void anUnknownSentenceSkillsRuleExitsTwoNamingIt() {
    StringWriter err = new StringWriter();
    CommandLine cl = MicrocertCli.commandLine();
    cl.setErr(new PrintWriter(err, true));
    int code =
        cl.execute(
            "--warehouse",
            warehouse.toString(),
            "postings",
            "extract",
            "--sentence-skills",
            "fused");
    assertThat(code).isNotZero();
    assertThat(err.toString())
        .contains("Cannot use sentence skills 'fused': expected off, lexical or dense");
  }

  @Test
  void aMissingInputFileExitsThreeNamingTheFile() {
    Path missing = tmp.resolve("no-such-postings.jsonl");
    StringWriter err = new StringWriter();
    CommandLine cl = MicrocertCli.commandLine();
    cl.setErr(new PrintWriter(err, true));

    Path otherWarehouse = tmp.resolve("wh-missing");

    int code =
        cl.execute(
            "postings",
            "ingest",
            "--input",
            missing.toString(),
            "--warehouse",
            otherWarehouse.toString());

    assertThat(code).isEqualTo(3);
    assertThat(err.toString()).contains("Cannot read postings file " + missing + ": no such file");
    assertThat(otherWarehouse).doesNotExist();
  }

  /** Each mention as "posting_id skill_uri". */
  private Set<String> mentionKeys() {
    Set<String> keys = new HashSet<>();
    for (Row m : read("mentions", PostingsExtract.MENTIONS.toDDL()).collectAsList()) {
      keys.add(m.<String>getAs("posting_id") + " " + m.<String>getAs("skill_uri"));
    }
    return keys;
  }

  private int run(String... args) {
    String[] all =
        Stream.concat(Stream.of(args), Stream.of("--warehouse", warehouse.toString()))
            .toArray(String[]::new);
    return MicrocertCli.commandLine().execute(all);
  }

  /** The one rejects file of the ingest (its name depends on the inputs, not on the run). */
  private List<CSVRecord> readRejects() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(warehouse.resolve("postings-rejects"))) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".csv")).toList();
    }
    assertThat(files).hasSize(1);
    try (Reader r = Files.newBufferedReader(files.get(0), StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(r)
          .getRecords();
    }
  }

  private Dataset<Row> postings() {
    return read("postings", PostingsSchema.POSTINGS.toDDL());
  }

  private List<String> postingIds() {
    return postings().select("posting_id").collectAsList().stream()
        .map(r -> r.getString(0))
        .toList();
  }

  private Dataset<Row> read(String table, String ddl) {
    return spark.read().schema(ddl).parquet(warehouse.resolve(table).toString());
  }

  private List<Row> keptPostings(String... columns) {
    return postings()
        .filter(col("duplicate_of").isNull())
        .select(Arrays.stream(columns).map(c -> col(c)).toArray(Column[]::new))
        .collectAsList();
  }

  private Set<String> uris(Path release, TaxonomySchemas.Table table) {
    return TaxonomyTables.dataset(spark, release, table).select("uri").collectAsList().stream()
        .map(r -> r.getString(0))
        .collect(Collectors.toSet());
  }

  /** {@code YYYY-Qn} of a {@code YYYY-MM} period; other periods ("unknown") unchanged. */
  private static String quarterOf(String month) {
    if (!month.matches("\\d{4}-\\d{2}")) {
      return month;
    }
    return month.substring(0, 4) + "-Q" + ((Integer.parseInt(month.substring(5)) + 2) / 3);
  }

  /**
   * The file's non-blank lines by 1-based line number, as bytes: the bad-records file holds Latin-1
   * bytes on purpose, so it cannot be read as UTF-8 text.
   */
  private static Map<Integer, byte[]> nonBlankLines(Path file) throws IOException {
    byte[] all = Files.readAllBytes(file);
    Map<Integer, byte[]> lines = new TreeMap<>();
    int from = 0;
    int number = 1;
    for (int i = 0; i <= all.length; i++) {
      if (i == all.length || all[i] == '\n') {
        byte[] line = Arrays.copyOfRange(all, from, i);
        if (!new String(line, StandardCharsets.ISO_8859_1).isBlank()) {
          lines.put(number, line);
        }
        from = i + 1;
        number++;
      }
    }
    return lines;
  }

  private static Set<Path> parquetFiles(Path table) throws IOException {
    try (Stream<Path> s = Files.walk(table)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".parquet"))
          .collect(Collectors.toSet());
    }
  }
}
