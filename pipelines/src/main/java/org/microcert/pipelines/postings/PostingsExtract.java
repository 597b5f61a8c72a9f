package org.microcert.pipelines.postings;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.microcert.taxonomy.extract.Mention;
import org.microcert.taxonomy.extract.PostingSections;
import org.microcert.taxonomy.extract.TitleCode;
import org.microcert.taxonomy.extract.TitleCoder;
import org.microcert.taxonomy.io.WarehouseLayout;
import org.microcert.taxonomy.match.SentenceSkills;

/**
 * The extraction pipeline: for every kept posting (not a duplicate), the skill mentions of its
 * cleaned text and its title coded to an occupation, written to {@code warehouse/mentions/} and
 * {@code warehouse/titles/} (partitioned by period, replaced as a whole). Runs in {@code
 * mapPartitions} with one extractor per JVM, taken from the broadcast {@link ExtractionModel}.
 */
public final class PostingsExtract {

  /** {@code warehouse/mentions/}. */
  public static final StructType MENTIONS =
      new StructType()
          .add("posting_id", DataTypes.StringType, false)
          .add("skill_uri", DataTypes.StringType, false)
          .add("matched_text", DataTypes.StringType)
          .add("start", DataTypes.IntegerType)
          .add("end", DataTypes.IntegerType)
          .add("section", DataTypes.StringType)
          .add("region", DataTypes.StringType)
          .add("period", DataTypes.StringType);

  /** {@code warehouse/titles/}. */
  public static final StructType TITLES =
      new StructType()
          .add("posting_id", DataTypes.StringType, false)
          .add("occupation_uri", DataTypes.StringType, false)
          .add("isco_group", DataTypes.StringType)
          .add("score", DataTypes.DoubleType)
          .add("region", DataTypes.StringType)
          .add("period", DataTypes.StringType);

  /** Distinct titles remembered per partition while coding (then forgotten, to bound memory). */
  private static final int TITLE_CACHE_SIZE = 50_000;

  private PostingsExtract() {}

  /**
   * Counts of one run.
   *
   * @param postings kept postings read
   * @param mentions mentions written
   * @param titled postings whose title was coded
   */
  public record Counts(long postings, long mentions, long titled) {}

  /** Runs extraction over the warehouse's postings. */
  public static Counts run(SparkSession spark, Path warehouse, ExtractionModel model) {
    WarehouseLayout layout = new WarehouseLayout(warehouse);
    Dataset<Row> postings =
        Warehouse.readOrEmpty(spark, layout.postings(), PostingsSchema.POSTINGS)
            .filter(col("duplicate_of").isNull())
            .select("posting_id", "title", "text", "region", "period");
    Broadcast<ExtractionModel> b =
        spark
            .sparkContext()
            .broadcast(model, scala.reflect.ClassTag$.MODULE$.apply(ExtractionModel.class));
    Dataset<Row> mentions = mentions(postings, b).persist();
    Dataset<Row> titles = titles(postings, b).persist();
    Counts c = new Counts(postings.count(), mentions.count(), titles.count());
    Warehouse.replacePartitioned(
        mentions
            .repartition(col("period"))
            .sortWithinPartitions("posting_id", "start", "skill_uri"),
        layout.mentions(),
        "period");
    Warehouse.replacePartitioned(
        titles.repartition(col("period")).sortWithinPartitions("posting_id"),
        layout.titles(),
        "period");
    mentions.unpersist();
    titles.unpersist();
    return c;
  }

  /** Every mention in the postings' text ({@code posting_id, text, region, period} needed). */
  public static Dataset<Row> mentions(Dataset<Row> postings, Broadcast<ExtractionModel> model) {
    MapPartitionsFunction<Row, Row> f =
        rows -> {
          ExtractionModel m = model.value();
          List<Row> out = new ArrayList<>();
          while (rows.hasNext()) {
            Row r = rows.next();
            String id = r.getAs("posting_id");
            String text = r.getAs("text");
            String region = r.getAs("region");
            String period = r.getAs("period");
            for (Mention x : mentionsOf(m, text)) {
              out.add(
                  RowFactory.create(
                      id,
                      x.skillUri(),
                      x.matchedText(),
                      x.start(),
                      x.end(),
                      x.section(),
                      region,
                      period));
            }
          }
          return out.iterator();
        };
    return postings.mapPartitions(f, Encoders.row(MENTIONS));
  }

  /**
   * The skill mentions of one posting's stored text (as ingest cleaned it): what {@link #mentions}
   * writes for that posting. The quality benchmarks call this too, so they measure this code path.
   */
  public static List<Mention> mentionsOf(ExtractionModel model, String text) {
    String t = text == null ? "" : text;
    List<Mention> trie = model.extractor().extract(t);
    SentenceSkills sentences = model.sentenceSkills();
    if (sentences == null) {
      return trie;
    }
    List<SentenceSkills.Found> found = sentences.find(t);
    if (found.isEmpty()) {
      return trie;
    }
    // a skill already found in the posting (by the trie, or in an earlier sentence) is not
    // reported again
    Set<String> seen = new HashSet<>();
    for (Mention m : trie) {
      seen.add(m.skillUri());
    }
    List<Mention> out = new ArrayList<>(trie);
    List<PostingSections.Section> sections = null;
    for (SentenceSkills.Found f : found) {
      if (seen.add(f.skillUri())) {
        if (sections == null) {
          sections = PostingSections.split(t);
        }
        out.add(
            new Mention(
                f.skillUri(),
                t.substring(f.start(), f.end()),
                f.start(),
                f.end(),
                PostingSections.sectionAt(sections, f.start())));
      }
    }
    out.sort(Comparator.comparingInt(Mention::start).thenComparing(Mention::skillUri));
    return out;
  }

  /** The coded title of each posting ({@code posting_id, title, region, period} needed). */
  public static Dataset<Row> titles(Dataset<Row> postings, Broadcast<ExtractionModel> model) {
    MapPartitionsFunction<Row, Row> f =
        rows -> {
          TitleCoder coder = model.value().titleCoder();
          // titles repeat a lot ("Cook", "Registered nurse"); coding is a pure function of the
          // title
          Map<String, Optional<TitleCode>> coded = new HashMap<>();
          List<Row> out = new ArrayList<>();
          while (rows.hasNext()) {
            Row r = rows.next();
            if (coded.size() >= TITLE_CACHE_SIZE) {
              coded.clear();
            }
            Optional<TitleCode> code = coded.computeIfAbsent(r.getAs("title"), coder::code);
            if (code.isPresent()) {
              TitleCode c = code.get();
              out.add(
                  RowFactory.create(
                      r.getAs("posting_id"),
                      c.occupationUri(),
                      c.iscoGroup(),
                      Math.round(c.score() * 1e6) / 1e6,
                      r.getAs("region"),
                      r.getAs("period")));
            }
          }
          return out.iterator();
        };
    return postings.mapPartitions(f, Encoders.row(TITLES));
  }
}
