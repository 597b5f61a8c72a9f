package org.microcert.pipelines.postings;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.pipelines.spark.SparkTestBase;
import org.microcert.taxonomy.InputRejectedException;

class PostingsIngestTest extends SparkTestBase {

  private static final Path SAMPLES =
      Path.of(System.getProperty("microcert.samples", "../data-samples"));
  private static final Path CONF = SAMPLES.getParent().resolve("conf");

  @TempDir Path tmp;

  private SourceMapping shared() {
    return SourceMapping.load(CONF, "shared");
  }

  @Test
  void reconcilesEveryBadRecordWithFileLineAndReason() throws IOException {
    Path bad = tmp.resolve("bad.jsonl");
    Files.copy(SAMPLES.resolve("postings/postings-bad-records.jsonl"), bad);
    String big = "{\"id\":\"huge\",\"text\":\"" + "x".repeat(5_000_001) + "\"}\n";
    Files.writeString(bad, big, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    Path warehouse = tmp.resolve("wh");

    PostingsIngest.Counts c =
        PostingsIngest.run(
            spark, new PostingsIngest.Config(warehouse, List.of(bad), null, shared()));

    assertThat(c.in()).isEqualTo(11);
    assertThat(c.accepted()).isEqualTo(2);
    assertThat(c.duplicates()).isEqualTo(1);
    assertThat(c.rejected()).isEqualTo(9);
    assertThat(c.in()).isEqualTo(c.accepted() + c.rejected() + c.alreadyPresent());
    List<String> rejects = Files.readAllLines(c.rejectsFile());
    assertThat(rejects.get(0)).isEqualTo("file,line,column,reason");
    assertThat(String.join("\n", rejects))
        .contains(",2,id,missing id")
        .contains(",3,text,missing text")
        .contains(",4,date_posted,unparseable date 'next Tuesday'")
        .contains(",5,,malformed JSON")
        .contains(",6,salary_band,unknown column 'salary_band'")
        .contains(",7,,not a JSON object")
        .contains(",8,text,no text left after cleaning")
        .containsPattern(",9,,invalid UTF-8 byte 0x[0-9A-F]{2} at byte \\d+ of the line")
        .containsPattern(",11,,line of \\d+ bytes is over the 5 MB limit");
  }

  @Test
  void aTruncatedGzipAmongTheInputsRefusesTheRunAndWritesNothing() throws IOException {
    Path good = SAMPLES.resolve("postings/postings-sample.jsonl");
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(Files.readAllBytes(good));
    }
    byte[] whole = gz.toByteArray();
    Path cut = tmp.resolve("cut.jsonl.gz");
    Files.write(cut, Arrays.copyOf(whole, whole.length - 100));
    Path warehouse = tmp.resolve("wh");
    PostingsIngest.Config config =
        new PostingsIngest.Config(warehouse, List.of(good, cut), null, shared());

    assertThatThrownBy(() -> PostingsIngest.run(spark, config))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageStartingWith("Cannot read postings file " + cut.toAbsolutePath())
        .hasMessageContaining("the gzip data ends early or is corrupt at byte ")
        .hasMessageEndingWith("(nothing from this run was ingested)");
    assertThat(warehouse.resolve("postings")).doesNotExist();
    assertThat(warehouse.resolve("postings-rejects")).doesNotExist();
  }

  @Test
  void reingestingTheSameFilesAddsNothingAndNewFilesAddOnlyNewPostings() throws IOException {
    Path warehouse = tmp.resolve("wh");
    Path sample = SAMPLES.resolve("postings/postings-sample.jsonl");
    PostingsIngest.Config config =
        new PostingsIngest.Config(warehouse, List.of(sample), "jsonl", shared());

    PostingsIngest.Counts first = PostingsIngest.run(spark, config);
    PostingsIngest.Counts again = PostingsIngest.run(spark, config);
    List<String> lines = Files.readAllLines(sample);
    Path more = tmp.resolve("more.jsonl");
    Files.write(more, List.of(lines.get(0), lines.get(1).replace("\"id\": \"", "\"id\": \"new-")));
    PostingsIngest.Counts third =
        PostingsIngest.run(
            spark, new PostingsIngest.Config(warehouse, List.of(more), "jsonl", shared()));

    assertThat(first.in()).isEqualTo(30);
    assertThat(first.accepted()).isEqualTo(30);
    assertThat(again.accepted()).isZero();
    assertThat(again.alreadyPresent()).isEqualTo(30);
    // a new id with known content is skipped too (content hash present)
    assertThat(third.accepted()).isZero();
    assertThat(third.alreadyPresent()).isEqualTo(2);
    Dataset<Row> stored = spark.read().parquet(warehouse.resolve("postings").toString());
    assertThat(stored.count()).isEqualTo(30);
    assertThat(stored.select("period").distinct().count()).isGreaterThan(1);
    Row r = stored.filter(col("source").equalTo("jobbank_ca")).orderBy("posting_id").first();
    assertThat(r.<String>getAs("licence")).startsWith("Government of Canada");
    assertThat(r.<String>getAs("language")).isEqualTo("en");
  }

  @Test
  void marksNearDuplicatesWithALinkToTheEarliestPosting() throws IOException {
    String text =
        "We are looking for a data analyst to build weekly sales reports, maintain SQL queries,"
            + " clean customer data, present findings to managers and automate dashboards in Power"
            + " BI for the regional operations team in Toronto.";
    Path f = tmp.resolve("dups.csv");
    Files.writeString(
        f,
        "id,title,date_posted,text\n"
            + "a,Data analyst,2024-01-05,\""
            + text
            + "\"\n"
            + "b,Data analyst,2024-02-01,\""
            + text.replace("weekly", "monthly")
            + "\"\n"
            + "c,Data analyst,2024-03-01,\""
            + text.toUpperCase()
            + "\"\n"
            + "d,Cook,2024-01-01,\"Prepare meals, clean the kitchen and order supplies for the"
            + " restaurant.\"\n");
    Properties p = new Properties();
    p.setProperty("format", "csv");
    p.setProperty("field.id", "id");
    p.setProperty("field.title", "title");
    p.setProperty("field.date_posted", "date_posted");
    p.setProperty("field.text", "text");
    SourceMapping m = SourceMapping.parse("test", p, "test");
    Path warehouse = tmp.resolve("wh");

    PostingsIngest.Counts c =
        PostingsIngest.run(spark, new PostingsIngest.Config(warehouse, List.of(f), null, m));

    assertThat(c.accepted()).isEqualTo(4);
    assertThat(c.duplicates()).isEqualTo(2);
    List<Row> rows =
        spark
            .read()
            .parquet(warehouse.resolve("postings").toString())
            .select("posting_id", "duplicate_of")
            .orderBy("posting_id")
            .collectAsList();
    assertThat(rows)
        .extracting(r -> r.getString(0) + "->" + r.getString(1))
        .containsExactly("test:a->null", "test:b->test:a", "test:c->test:a", "test:d->null");
  }

  @Test
  void rejectsUnknownMappingKeys() {
    Properties p = new Properties();
    p.setProperty("field.id", "id");
    p.setProperty("field.text", "text");
    p.setProperty("feild.title", "title");
    assertThatThrownBy(() -> SourceMapping.parse("x", p, "x.properties"))
        .hasMessage("Cannot read source mapping x.properties: unknown key 'feild.title'");
  }
}
