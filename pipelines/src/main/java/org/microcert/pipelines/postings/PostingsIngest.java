package org.microcert.pipelines.postings;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;
import static org.apache.spark.sql.functions.zip_with;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.microcert.pipelines.spark.Columns;
import org.microcert.taxonomy.InputRejectedException;
import org.microcert.taxonomy.io.Reject;
import org.microcert.taxonomy.io.WarehouseLayout;

/**
 * The postings ingest pipeline: read files → validate and clean → drop what the warehouse already
 * holds → mark exact and near duplicates → append to {@code warehouse/postings/} (partitioned by
 * period) and write the rejects to {@code warehouse/postings-rejects/}.
 */
public final class PostingsIngest {

  /** Estimated similarity from which two postings are near duplicates. */
  public static final double NEAR_DUPLICATE_SIMILARITY = 0.8;

  /** Kind of the one parsed row of a file refused as a whole (truncated gzip, bad header). */
  private static final String FILE_REJECTED = "file-rejected";

  /** Row number of a parsed record within one run (unique, also when a file is given twice). */
  private static final String ROW = "_row";

  /** What de-duplication reads of a posting: no text. */
  private static final String[] KEY_COLUMNS = {
    ROW, "posting_id", "file", "line", "date_posted", "title", "content_hash", "minhash"
  };

  private PostingsIngest() {}

  /**
   * What to ingest.
   *
   * @param warehouse warehouse root
   * @param inputs input files
   * @param format csv or jsonl, or null to guess from each file name (then the mapping's format)
   * @param mapping the source's column mapping
   */
  public record Config(Path warehouse, List<Path> inputs, String format, SourceMapping mapping) {
    public Config {
      Objects.requireNonNull(warehouse, "warehouse");
      inputs = List.copyOf(inputs);
      Objects.requireNonNull(mapping, "mapping");
    }
  }

  /**
   * Counts of one run; {@code in = accepted + rejected + alreadyPresent}.
   *
   * @param in records read
   * @param accepted postings written (kept and duplicates)
   * @param duplicates written postings marked as duplicates
   * @param rejected records rejected
   * @param alreadyPresent postings whose id or content the warehouse already held (skipped)
   * @param rejectsFile where the rejects were written
   */
  public record Counts(
      long in,
      long accepted,
      long duplicates,
      long rejected,
      long alreadyPresent,
      Path rejectsFile) {

    /** One line for the console. */
    public String summary() {
      return String.format(
          "in %d / accepted %d (of which duplicates %d) / rejected %d / already present %d",
          in, accepted, duplicates, rejected, alreadyPresent);
    }
  }

  /**
   * Runs the ingest. De-duplication works on {@link #KEY_COLUMNS} only (no text); the decisions are
   * joined back to the full records once, by their row number, right before the write.
   *
   * @throws InputRejectedException when a file is refused as a whole (a truncated gzip stream, a
   *     CSV header naming a column twice): nothing is written
   */
  public static Counts run(SparkSession spark, Config config) {
    Dataset<Row> parsed =
        parse(spark, config).withColumn(ROW, monotonically_increasing_id()).persist();
    List<Row> refused =
        parsed.filter(col("kind").equalTo(FILE_REJECTED)).select("reject_reason").collectAsList();
    if (!refused.isEmpty()) {
      parsed.unpersist();
      throw new InputRejectedException(refused.get(0).getString(0));
    }
    Dataset<Row> rejects = parsed.filter(col("kind").equalTo("reject"));
    Dataset<Row> postings = parsed.filter(col("kind").equalTo("posting"));
    WarehouseLayout layout = new WarehouseLayout(config.warehouse());
    Path table = layout.postings();
    Dataset<Row> existing = Warehouse.readOrEmpty(spark, table, PostingsSchema.POSTINGS);

    Dataset<Row> keys = postings.select(Columns.of(KEY_COLUMNS));
    Dataset<Row> firstById = firstOfEachId(keys).persist();
    Dataset<Row> repeatedIds =
        postings
            .join(
                firstById.select(col(ROW).as("_first_row")),
                col(ROW).equalTo(col("_first_row")),
                "left_anti")
            .withColumn("reject_field", lit("id"))
            .withColumn("reject_reason", lit("posting id repeated in the input"));
    Dataset<Row> fresh = withoutExisting(firstById, existing);
    Dataset<Row> marked = markDuplicates(fresh, existing).select(ROW, "duplicate_of").persist();

    long in = parsed.count();
    List<Reject> rejectList = new ArrayList<>(collectRejects(rejects));
    rejectList.addAll(collectRejects(repeatedIds));
    rejectList.sort(Reject.ORDER);
    long accepted = marked.count();
    long duplicates = marked.filter(col("duplicate_of").isNotNull()).count();
    long rejected = rejectList.size();
    long already = in - accepted - rejected;

    Dataset<Row> decided = postings.join(broadcast(marked), ROW);
    Warehouse.appendPartitioned(
        decided
            .select(Columns.of(PostingsSchema.POSTINGS))
            .repartition(col("period"))
            .sortWithinPartitions("posting_id"),
        table,
        "period");
    Path rejectsFile = layout.postingsRejects().resolve("ingest-" + runKey(config) + ".csv");
    Warehouse.writeRejects(rejectList, rejectsFile);
    parsed.unpersist();
    firstById.unpersist();
    marked.unpersist();
    return new Counts(in, accepted, duplicates, rejected, already, rejectsFile);
  }

  /** Reads and cleans every input file, one Spark task per file. */
  public static Dataset<Row> parse(SparkSession spark, Config config) {
    List<String> files = new ArrayList<>();
    config.inputs().forEach(p -> files.add(p.toAbsolutePath().normalize().toString()));
    files.sort(null);
    SourceMapping mapping = config.mapping();
    String format = config.format();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Row> rows =
        jsc.parallelize(files, Math.max(1, files.size()))
            .flatMap(f -> parseFile(Path.of(f), formatOf(f, format, mapping), mapping).iterator());
    return spark.createDataFrame(rows, PostingsSchema.PARSED);
  }

  static String formatOf(String file, String format, SourceMapping mapping) {
    if (format != null) {
      return format;
    }
    String f = file.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
    if (f.endsWith(".csv")) {
      return "csv";
    }
    if (f.endsWith(".jsonl") || f.endsWith(".json") || f.endsWith(".ndjson")) {
      return "jsonl";
    }
    return mapping.format();
  }

  /** Parses one file into rows of {@link PostingsSchema#PARSED}. */
  public static List<Row> parseFile(Path file, String format, SourceMapping mapping) {
    List<Row> out = new ArrayList<>();
    try {
      PostingFileReader.read(
          file,
          format,
          mapping,
          raw -> {
            PostingNormaliser.Result r = PostingNormaliser.normalise(raw, mapping);
            out.add(r.posting() != null ? postingRow(r.posting()) : rejectRow(r.reject()));
          },
          reject -> out.add(rejectRow(reject)));
    } catch (InputRejectedException e) {
      // the whole file is refused: one row says why, the run stops before writing anything
      return List.of(fileRejectRow(file.toString(), e.getMessage()));
    }
    return out;
  }

  private static Row fileRejectRow(String file, String message) {
    Object[] v = new Object[PostingsSchema.PARSED.size()];
    v[0] = FILE_REJECTED;
    v[PostingsSchema.PARSED.fieldIndex("file")] = file;
    v[PostingsSchema.PARSED.fieldIndex("line")] = 0L;
    v[PostingsSchema.PARSED.fieldIndex("reject_field")] = "";
    v[PostingsSchema.PARSED.fieldIndex("reject_reason")] = message;
    return RowFactory.create(v);
  }

  private static Row postingRow(CleanPosting p) {
    List<Integer> sig = new ArrayList<>(MinHash.SIZE);
    for (int v : p.minhash()) {
      sig.add(v);
    }
    return RowFactory.create(
        "posting",
        p.postingId(),
        p.source(),
        p.licence(),
        p.title(),
        p.company(),
        p.location(),
        p.region(),
        p.country(),
        p.datePosted() == null ? null : Date.valueOf(p.datePosted()),
        p.period(),
        p.text(),
        p.language(),
        p.url(),
        p.contentHash(),
        scala.jdk.javaapi.CollectionConverters.asScala(sig).toSeq(),
        p.file(),
        p.line(),
        null,
        null);
  }

  private static Row rejectRow(Reject r) {
    Object[] v = new Object[PostingsSchema.PARSED.size()];
    v[0] = "reject";
    v[PostingsSchema.PARSED.fieldIndex("file")] = r.file();
    v[PostingsSchema.PARSED.fieldIndex("line")] = r.line();
    v[PostingsSchema.PARSED.fieldIndex("reject_field")] = r.column();
    v[PostingsSchema.PARSED.fieldIndex("reject_reason")] = r.reason();
    return RowFactory.create(v);
  }

  /** The first record (by file, line) of each posting id. */
  public static Dataset<Row> firstOfEachId(Dataset<Row> postings) {
    WindowSpec w = Window.partitionBy("posting_id").orderBy(col("file"), col("line"));
    return postings
        .withColumn("_rn", row_number().over(w))
        .filter(col("_rn").equalTo(1))
        .drop("_rn");
  }

  /** Postings whose id or content hash the warehouse does not hold yet. */
  public static Dataset<Row> withoutExisting(Dataset<Row> postings, Dataset<Row> existing) {
    return postings
        .join(
            existing.select("posting_id"),
            postings.col("posting_id").equalTo(existing.col("posting_id")),
            "left_anti")
        .join(
            existing.select(col("content_hash").as("_h")),
            col("content_hash").equalTo(col("_h")),
            "left_anti");
  }

  /**
   * Adds {@code duplicate_of}: null for a kept posting, else the id of the earliest (by date, then
   * id) posting with the same content hash (normalised title, company, location and text), or with
   * the same title and an estimated text similarity of at least {@value
   * #NEAR_DUPLICATE_SIMILARITY}, among these postings and the kept postings already stored.
   */
  public static Dataset<Row> markDuplicates(Dataset<Row> fresh, Dataset<Row> existing) {
    Column order =
        concat_ws(
            "|", coalesce(col("date_posted").cast("string"), lit("9999-12-31")), col("posting_id"));
    Dataset<Row> f = fresh.withColumn("_order", order).withColumn("_title", titleKey());
    // exact: same normalised text
    WindowSpec byHash = Window.partitionBy("content_hash").orderBy(col("_order"));
    Dataset<Row> exact =
        f.withColumn("_first", functionsFirst(byHash))
            .withColumn(
                "_exact_of", when(col("_first").notEqual(col("posting_id")), col("_first")));
    // near: LSH band collisions among exact-kept fresh postings and kept stored postings
    Dataset<Row> storedBands =
        existing
            .filter(col("duplicate_of").isNull())
            .select(col("posting_id"), col("minhash"), titleKey().as("_title"));
    Dataset<Row> freshBands =
        exact
            .filter(col("_exact_of").isNull())
            .select(
                col("posting_id"),
                col("_order"),
                col("minhash"),
                col("_title"),
                explode(bandKeys()).as("band"));
    Dataset<Row> storedExploded =
        storedBands.select(
            col("posting_id"),
            lit("0000-00-00|stored").as("_order"),
            col("minhash"),
            col("_title"),
            explode(bandKeys()).as("band"));
    Dataset<Row> all = freshBands.unionByName(storedExploded);
    Dataset<Row> a = all.toDF("a_id", "a_order", "a_sig", "a_title", "band");
    Dataset<Row> b = freshBands.toDF("b_id", "b_order", "b_sig", "b_title", "band");
    Column agree =
        aggregate(
            zip_with(
                col("a_sig"), col("b_sig"), (x, y) -> when(x.equalTo(y), lit(1)).otherwise(lit(0))),
            lit(0),
            (acc, x) -> acc.plus(x));
    Dataset<Row> near =
        a.join(b, "band")
            .filter(
                col("a_order")
                    .lt(col("b_order"))
                    .and(col("a_id").notEqual(col("b_id")))
                    .and(col("a_title").equalTo(col("b_title"))))
            .select("a_id", "a_order", "b_id", "a_sig", "b_sig")
            .dropDuplicates("a_id", "b_id")
            .filter(agree.geq(lit((int) Math.ceil(NEAR_DUPLICATE_SIMILARITY * MinHash.SIZE))))
            .groupBy("b_id")
            .agg(min(concat_ws("\u0001", col("a_order"), col("a_id"))).as("_near"))
            .select(col("b_id"), substring_index(col("_near"), "\u0001", -1).as("_near_of"));
    Dataset<Row> direct =
        exact
            .join(near, exact.col("posting_id").equalTo(near.col("b_id")), "left")
            .withColumn("_dup", coalesce(col("_exact_of"), col("_near_of")))
            .drop("b_id", "_near_of");
    // one step of chain resolution: point at the target's own original when the target is dropped
    Dataset<Row> targets =
        direct
            .filter(col("_dup").isNotNull())
            .select(col("posting_id").as("t_id"), col("_dup").as("t_dup"));
    return direct
        .join(targets, direct.col("_dup").equalTo(targets.col("t_id")), "left")
        .withColumn("duplicate_of", coalesce(col("t_dup"), col("_dup")))
        .drop("t_id", "t_dup", "_dup", "_exact_of", "_first", "_order", "_title");
  }

  private static Column functionsFirst(WindowSpec w) {
    return first(col("posting_id")).over(w);
  }

  private static Column titleKey() {
    return lower(trim(coalesce(col("title"), lit(""))));
  }

  private static Column bandKeys() {
    return transform(sequence(lit(0), lit(MinHash.BANDS - 1)), b -> bandKey(b));
  }

  private static Column bandKey(Column b) {
    int rows = MinHash.SIZE / MinHash.BANDS;
    return concat(
        b.cast("string"),
        lit(":"),
        xxhash64(slice(col("minhash"), b.multiply(rows).plus(1), lit(rows))).cast("string"));
  }

  private static List<Reject> collectRejects(Dataset<Row> rejects) {
    List<Reject> out = new ArrayList<>();
    for (Row r : rejects.select("file", "line", "reject_field", "reject_reason").collectAsList()) {
      out.add(new Reject(r.getString(0), r.getLong(1), r.getString(2), r.getString(3)));
    }
    return out;
  }

  private static String runKey(Config config) {
    List<String> names = new ArrayList<>();
    config.inputs().forEach(p -> names.add(p.toAbsolutePath().normalize().toString()));
    names.sort(null);
    return MinHash.sha256(String.join("\n", names) + "\n" + config.mapping().name())
        .substring(0, 12);
  }

  static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
