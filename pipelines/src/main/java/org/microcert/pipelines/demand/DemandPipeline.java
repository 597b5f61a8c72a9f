package org.microcert.pipelines.demand;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.microcert.pipelines.postings.PostingsExtract;
import org.microcert.pipelines.postings.PostingsSchema;
import org.microcert.pipelines.postings.Warehouse;
import org.microcert.pipelines.spark.Columns;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.io.WarehouseLayout;
import org.microcert.taxonomy.model.OccupationSkillRelation;
import org.microcert.taxonomy.model.RelationType;

/**
 * The demand pipeline: reads {@code postings/}, {@code mentions/} and {@code titles/} and writes
 * {@code demand/skills/}, {@code demand/occupations/} and {@code demand/essential/} (each
 * partitioned by period, replaced as a whole).
 */
public final class DemandPipeline {

  /** The "every region" / "every group" value. */
  public static final String ALL = "ALL";

  /** Region or group of postings that have none. */
  public static final String UNKNOWN = "unknown";

  /** z for a 95% interval. */
  static final double Z95 = 1.959964;

  /** Essential occupation → skill relations. */
  public static final StructType RELATIONS =
      new StructType()
          .add("occupation_uri", DataTypes.StringType, false)
          .add("skill_uri", DataTypes.StringType, false);

  private DemandPipeline() {}

  /** Period granularity. */
  public enum Granularity {
    MONTH,
    QUARTER
  }

  /**
   * Counts of one run.
   *
   * @param skillRows rows of {@code demand/skills}
   * @param occupationRows rows of {@code demand/occupations}
   * @param essentialRows rows of {@code demand/essential}
   */
  public record Counts(long skillRows, long occupationRows, long essentialRows) {}

  /** The essential relations of a taxonomy as a frame of {@link #RELATIONS}. */
  public static Dataset<Row> essentialRelations(SparkSession spark, Taxonomy taxonomy) {
    List<Row> rows =
        taxonomy.occupationSkillRelations().stream()
            .filter(r -> r.relationType() == RelationType.ESSENTIAL)
            .map(DemandPipeline::relationRow)
            .toList();
    return spark.createDataFrame(rows, RELATIONS);
  }

  private static Row relationRow(OccupationSkillRelation r) {
    return RowFactory.create(r.occupationUri(), r.skillUri());
  }

  /** Runs the demand tables over the warehouse. */
  public static Counts run(
      SparkSession spark, Path warehouse, Granularity granularity, Dataset<Row> essential) {
    Objects.requireNonNull(granularity, "granularity");
    WarehouseLayout layout = new WarehouseLayout(warehouse);
    Dataset<Row> postings =
        Warehouse.readOrEmpty(spark, layout.postings(), PostingsSchema.POSTINGS)
            .filter(col("duplicate_of").isNull());
    Dataset<Row> mentions =
        Warehouse.readOrEmpty(spark, layout.mentions(), PostingsExtract.MENTIONS);
    Dataset<Row> titles = Warehouse.readOrEmpty(spark, layout.titles(), PostingsExtract.TITLES);
    Dataset<Row> base = postingBase(postings, titles, granularity).persist();
    Dataset<Row> byRegion = expanded(base, false).persist();
    Dataset<Row> byRegionAndGroup = expandedGroups(byRegion).persist();
    Dataset<Row> skillTotals =
        totals(byRegionAndGroup, "period", "region", "occupation_group").persist();
    Dataset<Row> skillCounts = skillCounts(byRegionAndGroup, skillTotals, mentions).persist();
    Dataset<Row> skills = withSkillTrend(skillCounts, skillTotals, granularity).persist();
    Dataset<Row> occupations = occupationDemandOfExpanded(byRegion, granularity).persist();
    Dataset<Row> signal = essentialSignalOfExpanded(byRegion, essential).persist();
    Counts c = new Counts(skills.count(), occupations.count(), signal.count());
    Warehouse.replacePartitioned(
        sorted(skills, "region", "occupation_group", "skill_uri"), layout.demandSkills(), "period");
    Warehouse.replacePartitioned(
        sorted(occupations, "region", "occupation_uri"), layout.demandOccupations(), "period");
    Warehouse.replacePartitioned(
        sorted(signal, "region", "skill_uri"), layout.demandEssential(), "period");
    for (Dataset<Row> d :
        List.of(
            base,
            byRegion,
            byRegionAndGroup,
            skillTotals,
            skillCounts,
            skills,
            occupations,
            signal)) {
      d.unpersist();
    }
    return c;
  }

  private static Dataset<Row> sorted(Dataset<Row> d, String... keys) {
    return d.repartition(col("period"))
        .sortWithinPartitions(keys[0], Arrays.copyOfRange(keys, 1, keys.length));
  }

  /**
   * One row per kept posting: {@code posting_id, period, region, occupation_uri, isco_group,
   * occupation_group}, with the period at the requested granularity.
   */
  public static Dataset<Row> postingBase(
      Dataset<Row> postings, Dataset<Row> titles, Granularity granularity) {
    Dataset<Row> t =
        titles.select(col("posting_id").as("t_id"), col("occupation_uri"), col("isco_group"));
    return postings
        .join(t, postings.col("posting_id").equalTo(t.col("t_id")), "left")
        .select(
            col("posting_id"),
            period(col("period"), granularity).as("period"),
            normalised(col("region")).as("region"),
            col("occupation_uri"),
            col("isco_group"),
            coalesce(functions.substring(col("isco_group"), 1, 1), lit(UNKNOWN))
                .as("occupation_group"));
  }

  /** A {@code YYYY-MM} period at the granularity ({@code YYYY-Qn} for quarters). */
  static Column period(Column month, Granularity granularity) {
    if (granularity == Granularity.MONTH) {
      return month;
    }
    Column m = functions.substring(month, 6, 2).cast("int");
    return when(
            month.rlike("^\\d{4}-\\d{2}$"),
            concat(
                functions.substring(month, 1, 4),
                lit("-Q"),
                functions.ceil(m.divide(3)).cast("string")))
        .otherwise(month);
  }

  /** The period before a period string (null for unknown periods). */
  static Column previousPeriod(Column period, Granularity granularity) {
    if (granularity == Granularity.MONTH) {
      return when(
          period.rlike("^\\d{4}-\\d{2}$"),
          date_format(
              functions.add_months(functions.to_date(concat(period, lit("-01"))), -1), "yyyy-MM"));
    }
    Column year = functions.substring(period, 1, 4).cast("int");
    Column q = functions.substring(period, 7, 1).cast("int");
    return when(
        period.rlike("^\\d{4}-Q[1-4]$"),
        when(q.equalTo(1), concat(year.minus(1).cast("string"), lit("-Q4")))
            .otherwise(concat(year.cast("string"), lit("-Q"), q.minus(1).cast("string"))));
  }

  private static Column normalised(Column c) {
    return when(c.isNull().or(functions.trim(c).equalTo("")), lit(UNKNOWN)).otherwise(c);
  }

  /** Each base row once per region value (its own, ALL) and group value (its own, ALL). */
  static Dataset<Row> expanded(Dataset<Row> base, boolean byGroup) {
    Dataset<Row> r = base.withColumn("region", explode(array(col("region"), lit(ALL)))).distinct();
    return byGroup ? expandedGroups(r) : r;
  }

  /** Each row once per group value (its own, ALL). */
  private static Dataset<Row> expandedGroups(Dataset<Row> byRegion) {
    return byRegion
        .withColumn("occupation_group", explode(array(col("occupation_group"), lit(ALL))))
        .distinct();
  }

  /** Skill demand per period × region × occupation group. */
  public static Dataset<Row> skillDemand(
      Dataset<Row> base, Dataset<Row> mentions, Granularity granularity) {
    return skillDemandOfExpanded(expanded(base, true), mentions, granularity);
  }

  private static Dataset<Row> skillDemandOfExpanded(
      Dataset<Row> e, Dataset<Row> mentions, Granularity granularity) {
    Dataset<Row> totals = totals(e, "period", "region", "occupation_group");
    return withSkillTrend(skillCounts(e, totals, mentions), totals, granularity);
  }

  /** Rows per period and dimension values: {@code total_postings}. */
  private static Dataset<Row> totals(Dataset<Row> e, String... keys) {
    return e.groupBy(Columns.of(keys)).agg(count(lit(1)).as("total_postings"));
  }

  /**
   * {@code postings, breadth, total_postings, share} per period × region × group × skill over
   * {@link #expanded expanded(base, true)}. The distinct postings and the distinct occupations are
   * counted in two single-distinct aggregations (one aggregation with both {@code countDistinct}s
   * makes Spark expand every joined row twice).
   */
  private static Dataset<Row> skillCounts(
      Dataset<Row> e, Dataset<Row> totals, Dataset<Row> mentions) {
    String[] keys = {"period", "region", "occupation_group", "skill_uri"};
    Dataset<Row> postingSkills =
        mentions.select(col("posting_id").as("m_id"), col("skill_uri")).distinct();
    Dataset<Row> joined =
        e.join(postingSkills, e.col("posting_id").equalTo(postingSkills.col("m_id")))
            .select(
                "period",
                "region",
                "occupation_group",
                "skill_uri",
                "posting_id",
                "occupation_uri");
    Dataset<Row> postingCounts =
        joined.groupBy(Columns.of(keys)).agg(countDistinct("posting_id").as("postings"));
    Dataset<Row> breadth =
        joined
            .filter(col("occupation_uri").isNotNull())
            .groupBy(Columns.of(keys))
            .agg(countDistinct("occupation_uri").cast("int").as("breadth"));
    return postingCounts
        .join(breadth, keys(keys), "left")
        .withColumn("breadth", coalesce(col("breadth"), lit(0)))
        .join(totals, new String[] {"period", "region", "occupation_group"})
        .withColumn("share", col("postings").divide(col("total_postings")));
  }

  /** The skill demand rows: counts with their trend. */
  private static Dataset<Row> withSkillTrend(
      Dataset<Row> counts, Dataset<Row> totals, Granularity granularity) {
    Dataset<Row> withTrend =
        trend(counts, totals, List.of("region", "occupation_group"), "skill_uri", granularity);
    return withTrend.select(
        "period",
        "region",
        "occupation_group",
        "skill_uri",
        "postings",
        "total_postings",
        "share",
        "prev_share",
        "trend",
        "trend_ci_low",
        "trend_ci_high",
        "breadth");
  }

  private static scala.collection.immutable.Seq<String> keys(String... names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
  }

  /** Occupation demand per period × region. */
  public static Dataset<Row> occupationDemand(Dataset<Row> base, Granularity granularity) {
    return occupationDemandOfExpanded(expanded(base, false), granularity);
  }

  private static Dataset<Row> occupationDemandOfExpanded(Dataset<Row> e, Granularity granularity) {
    Dataset<Row> totals = e.groupBy("period", "region").agg(count(lit(1)).as("total_postings"));
    Dataset<Row> counts =
        e.filter(col("occupation_uri").isNotNull())
            .groupBy("period", "region", "occupation_uri", "isco_group")
            .agg(countDistinct("posting_id").as("postings"))
            .join(totals, new String[] {"period", "region"})
            .withColumn("share", col("postings").divide(col("total_postings")));
    return trend(counts, totals, List.of("region"), "occupation_uri", granularity)
        .select(
            "period",
            "region",
            "occupation_uri",
            "isco_group",
            "postings",
            "total_postings",
            "share",
            "prev_share",
            "trend",
            "trend_ci_low",
            "trend_ci_high");
  }

  /**
   * Adds {@code prev_share, trend, trend_ci_low, trend_ci_high}: the share in the previous period
   * (0 when the key had no postings then, null when the previous period had no postings at all),
   * the difference, and the 95% Wald interval of a difference of two proportions.
   */
  static Dataset<Row> trend(
      Dataset<Row> counts, Dataset<Row> totals, List<String> dims, String key, Granularity g) {
    Dataset<Row> c = counts.withColumn("_prev_period", previousPeriod(col("period"), g));
    Column prevTotalJoin = col("_prev_period").equalTo(col("pt_period"));
    Dataset<Row> pt =
        totals
            .withColumnRenamed("period", "pt_period")
            .withColumnRenamed("total_postings", "prev_total");
    for (String d : dims) {
      pt = pt.withColumnRenamed(d, "pt_" + d);
      prevTotalJoin = prevTotalJoin.and(col(d).equalTo(col("pt_" + d)));
    }
    Column prevCountJoin =
        col("_prev_period").equalTo(col("pc_period")).and(col(key).equalTo(col("pc_key")));
    List<Column> pcCols =
        new ArrayList<>(
            List.of(
                col("period").as("pc_period"),
                col(key).as("pc_key"),
                col("postings").as("prev_postings")));
    for (String d : dims) {
      pcCols.add(col(d).as("pc_" + d));
      prevCountJoin = prevCountJoin.and(col(d).equalTo(col("pc_" + d)));
    }
    Dataset<Row> prevCounts = counts.select(pcCols.toArray(Column[]::new));
    Dataset<Row> joined = c.join(pt, prevTotalJoin, "left").join(prevCounts, prevCountJoin, "left");
    Column p1 = col("share");
    Column n1 = col("total_postings");
    Column n0 = col("prev_total");
    Column p0 =
        when(n0.isNull(), lit(null).cast("double"))
            .otherwise(coalesce(col("prev_postings"), lit(0L)).divide(n0));
    Column se =
        functions.sqrt(
            p1.multiply(lit(1).minus(p1))
                .divide(n1)
                .plus(p0.multiply(lit(1).minus(p0)).divide(n0)));
    Column trend = p1.minus(p0);
    return joined
        .withColumn("prev_share", p0)
        .withColumn("trend", trend)
        .withColumn("trend_ci_low", trend.minus(se.multiply(Z95)))
        .withColumn("trend_ci_high", trend.plus(se.multiply(Z95)));
  }

  /** Essential-skill signal per period × region. */
  public static Dataset<Row> essentialSignal(Dataset<Row> base, Dataset<Row> essential) {
    return essentialSignalOfExpanded(expanded(base, false), essential);
  }

  private static Dataset<Row> essentialSignalOfExpanded(Dataset<Row> e, Dataset<Row> essential) {
    Dataset<Row> totals = e.groupBy("period", "region").agg(count(lit(1)).as("total_postings"));
    Dataset<Row> rel = essential.select(col("occupation_uri").as("r_occ"), col("skill_uri"));
    return e.join(rel, e.col("occupation_uri").equalTo(rel.col("r_occ")))
        .groupBy("period", "region", "skill_uri")
        .agg(countDistinct("posting_id").as("postings_with_occupation_needing_it"))
        .join(totals, new String[] {"period", "region"})
        .withColumn(
            "share", col("postings_with_occupation_needing_it").divide(col("total_postings")))
        .select(
            "period",
            "region",
            "skill_uri",
            "postings_with_occupation_needing_it",
            "total_postings",
            "share");
  }
}
