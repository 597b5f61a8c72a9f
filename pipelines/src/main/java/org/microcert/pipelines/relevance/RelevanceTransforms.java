package org.microcert.pipelines.relevance;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The relevance pipeline's named transforms: column expressions only (no UDFs). Each one is tested
 * alone on a few in-memory rows; the formula is documented in {@code docs/relevance.md}.
 */
public final class RelevanceTransforms {

  /** Band of a competency with fewer postings than {@code evidence.min-postings}. */
  public static final String INSUFFICIENT = "insufficient evidence";

  private RelevanceTransforms() {}

  /** One row per (credential, outcome, matched competency) of the alignment output. */
  public static Dataset<Row> alignedCompetencies(Dataset<Row> alignments, RelevanceConfig cfg) {
    RelevanceConfig.AlignmentConfidence ac = cfg.alignmentConfidence();
    Column conf = lower(col("m.confidence"));
    return alignments
        .select(col("credential_code"), col("outcome_id"), explode(col("matches")).as("m"))
        .filter(col("m.uri").isNotNull())
        .select(
            col("credential_code"),
            col("outcome_id"),
            col("m.rank").as("rank"),
            col("m.uri").as("skill_uri"),
            col("m.label").as("skill_label"),
            col("m.skill_type").as("skill_type"),
            col("m.score").as("alignment_score"),
            col("m.confidence").as("alignment_confidence"),
            when(conf.equalTo("high"), ac.high())
                .when(conf.equalTo("medium"), ac.medium())
                .otherwise(ac.low())
                .as("alignment_component"));
  }

  /** One row per outcome: the outcome's own fields and how many competencies it aligned to. */
  public static Dataset<Row> outcomes(Dataset<Row> alignments) {
    return alignments.select(
        col("credential_code"),
        col("credential_title"),
        col("outcome_id"),
        col("outcome_text"),
        col("ksa_class"),
        coalesce(size(col("matches")), lit(0)).as("competencies_aligned"));
  }

  /** The skill demand rows of one region and period, all occupation groups together. */
  public static Dataset<Row> demandSlice(Dataset<Row> skillDemand, String region, String period) {
    return skillDemand
        .filter(
            col("region")
                .equalTo(region)
                .and(col("period").equalTo(period))
                .and(col("occupation_group").equalTo("ALL")))
        .select(
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

  /** The essential-skill signal of one region and period: skill_uri, essential_share. */
  public static Dataset<Row> essentialSlice(Dataset<Row> essential, String region, String period) {
    return essential
        .filter(col("region").equalTo(region).and(col("period").equalTo(period)))
        .select(col("skill_uri"), col("share").as("essential_share"));
  }

  /**
   * Scores each aligned competency: evidence (postings, share, Wilson interval), the five
   * components, the weighted score (0..100, one decimal) and the band.
   *
   * @param totalPostings postings in the region and period (the share's denominator)
   */
  public static Dataset<Row> scoreCompetencies(
      Dataset<Row> aligned,
      Dataset<Row> demand,
      Dataset<Row> essential,
      long totalPostings,
      String region,
      String period,
      RelevanceConfig cfg) {
    Dataset<Row> joined =
        aligned
            .join(demand.drop("total_postings"), "skill_uri", "left")
            .join(essential, "skill_uri", "left")
            .withColumn("postings", coalesce(col("postings"), lit(0L)))
            .withColumn("total_postings", lit(totalPostings))
            .withColumn(
                "share",
                coalesce(
                    col("share"),
                    totalPostings > 0 ? col("postings").divide(lit(totalPostings)) : lit(0.0)))
            .withColumn("breadth", coalesce(col("breadth"), lit(0L)))
            .withColumn("essential_share", coalesce(col("essential_share"), lit(0.0)))
            .withColumn("region", lit(region))
            .withColumn("period", lit(period));
    return withBand(withScore(withWilson(joined, totalPostings, cfg), cfg), cfg);
  }

  /** Adds share_ci_low / share_ci_high: the Wilson score interval of share over total_postings. */
  static Dataset<Row> withWilson(Dataset<Row> in, long n, RelevanceConfig cfg) {
    if (n <= 0) {
      return in.withColumn("share_ci_low", lit(null).cast("double"))
          .withColumn("share_ci_high", lit(null).cast("double"));
    }
    double z = cfg.evidence().z();
    double z2n = z * z / n;
    Column p = col("share");
    Column denom = lit(1 + z2n);
    Column center = p.plus(lit(z2n / 2)).divide(denom);
    Column half =
        lit(z)
            .multiply(sqrt(p.multiply(lit(1).minus(p)).divide(lit(n)).plus(lit(z2n / (4.0 * n)))))
            .divide(denom);
    return in.withColumn("share_ci_low", round(greatest(center.minus(half), lit(0.0)), 4))
        .withColumn("share_ci_high", round(least(center.plus(half), lit(1.0)), 4));
  }

  /** Adds the components c_demand, c_trend, c_breadth, c_essential, c_alignment and score. */
  static Dataset<Row> withScore(Dataset<Row> in, RelevanceConfig cfg) {
    RelevanceConfig.Saturation s = cfg.saturation();
    RelevanceConfig.Weights w = cfg.weights();
    Dataset<Row> c =
        in.withColumn("c_demand", least(col("share").divide(lit(s.share())), lit(1.0)))
            .withColumn(
                "c_trend",
                greatest(
                    least(
                        lit(0.5).plus(coalesce(col("trend"), lit(0.0)).divide(lit(2 * s.trend()))),
                        lit(1.0)),
                    lit(0.0)))
            .withColumn(
                "c_breadth", least(col("breadth").divide(lit((double) s.breadth())), lit(1.0)))
            .withColumn(
                "c_essential",
                least(col("essential_share").divide(lit(s.essentialShare())), lit(1.0)))
            .withColumn("c_alignment", col("alignment_component"));
    Column weighted =
        col("c_demand")
            .multiply(w.demand())
            .plus(col("c_trend").multiply(w.trend()))
            .plus(col("c_breadth").multiply(w.breadth()))
            .plus(col("c_essential").multiply(w.essential()))
            .plus(col("c_alignment").multiply(w.alignment()));
    Column enough = col("postings").geq(cfg.evidence().minPostings());
    return c.withColumn(
        "score", when(enough, round(weighted.multiply(100.0 / w.total()), 1)).otherwise(lit(null)));
  }

  /** Adds band: insufficient evidence / emerging / high / moderate / low. */
  static Dataset<Row> withBand(Dataset<Row> in, RelevanceConfig cfg) {
    RelevanceConfig.Bands b = cfg.bands();
    Column emerging =
        col("share")
            .lt(b.emergingMaxShare())
            .and(coalesce(col("trend"), lit(0.0)).geq(b.emergingMinTrend()))
            .and(coalesce(col("trend_ci_low"), lit(0.0)).gt(0.0));
    return in.withColumn(
        "band",
        when(col("score").isNull(), lit(INSUFFICIENT))
            .when(emerging, lit("emerging"))
            .when(col("score").geq(b.high()), lit("high"))
            .when(col("score").geq(b.moderate()), lit("moderate"))
            .otherwise(lit("low")));
  }

  /**
   * One row per outcome: its best-scoring competency (score ties broken by postings, then URI) as
   * the outcome's score and evidence, with counts of scored and insufficient competencies.
   */
  public static Dataset<Row> scoreOutcomes(Dataset<Row> outcomes, Dataset<Row> competencyScores) {
    Column best =
        struct(
            col("score"),
            col("postings"),
            col("skill_uri"),
            col("skill_label"),
            col("share"),
            col("share_ci_low"),
            col("share_ci_high"),
            col("band"));
    Dataset<Row> agg =
        competencyScores
            .groupBy("credential_code", "outcome_id")
            .agg(
                count(col("score")).as("competencies_scored"),
                count(when(col("score").isNull(), lit(1))).as("competencies_insufficient"),
                max(when(col("score").isNotNull(), best)).as("best"));
    return outcomes
        .join(agg, new String[] {"credential_code", "outcome_id"}, "left")
        .select(
            col("credential_code"),
            col("credential_title"),
            col("outcome_id"),
            col("outcome_text"),
            col("ksa_class"),
            col("competencies_aligned"),
            coalesce(col("competencies_scored"), lit(0L)).as("competencies_scored"),
            coalesce(col("competencies_insufficient"), lit(0L)).as("competencies_insufficient"),
            col("best.score").as("score"),
            coalesce(col("best.band"), lit(INSUFFICIENT)).as("band"),
            col("best.skill_uri").as("best_skill_uri"),
            col("best.skill_label").as("best_skill_label"),
            col("best.postings").as("evidence_postings"),
            col("best.share").as("evidence_share"),
            col("best.share_ci_low").as("evidence_share_ci_low"),
            col("best.share_ci_high").as("evidence_share_ci_high"));
  }

  /**
   * One row per credential: mean of its scored outcomes' scores, the range, the counts, and a band
   * by the same cut-offs (insufficient evidence when no outcome is scored).
   */
  public static Dataset<Row> scoreCredentials(
      Dataset<Row> outcomeScores, Dataset<Row> competencyScores, RelevanceConfig cfg) {
    RelevanceConfig.Bands b = cfg.bands();
    Dataset<Row> comp =
        competencyScores
            .groupBy("credential_code")
            .agg(
                countDistinct(col("skill_uri")).as("competencies_aligned"),
                countDistinct(when(col("score").isNotNull(), col("skill_uri")))
                    .as("competencies_scored"),
                max(col("postings")).as("max_competency_postings"));
    Dataset<Row> out =
        outcomeScores
            .groupBy("credential_code", "credential_title")
            .agg(
                count(lit(1)).as("outcomes"),
                count(col("score")).as("outcomes_scored"),
                round(avg(col("score")), 1).as("score"),
                min(col("score")).as("min_outcome_score"),
                max(col("score")).as("max_outcome_score"));
    return out.join(comp, new String[] {"credential_code"}, "left")
        .withColumn("competencies_aligned", coalesce(col("competencies_aligned"), lit(0L)))
        .withColumn("competencies_scored", coalesce(col("competencies_scored"), lit(0L)))
        .withColumn("max_competency_postings", coalesce(col("max_competency_postings"), lit(0L)))
        .withColumn(
            "band",
            when(col("score").isNull(), lit(INSUFFICIENT))
                .when(col("score").geq(b.high()), lit("high"))
                .when(col("score").geq(b.moderate()), lit("moderate"))
                .otherwise(lit("low")));
  }

  /**
   * Competencies in demand in the slice (at least {@code evidence.min-postings} postings) that no
   * outcome of the submission covers, most postings first.
   */
  public static Dataset<Row> regionGaps(
      Dataset<Row> demand, Dataset<Row> aligned, Dataset<Row> skills, RelevanceConfig cfg) {
    Dataset<Row> covered = aligned.select("skill_uri").distinct();
    return demand
        .filter(col("postings").geq(cfg.evidence().minPostings()))
        .join(covered, "skill_uri", "left_anti")
        .join(labels(skills, "skill_uri", "skill_label"), "skill_uri", "left")
        .select(
            "skill_uri", "skill_label", "postings", "total_postings", "share", "trend", "breadth")
        .orderBy(col("postings").desc(), col("skill_uri").asc())
        .limit(cfg.gaps().maxRegionGaps());
  }

  /**
   * Per credential, the occupations whose essential skills overlap its aligned competencies most
   * (overlap count, then overlap ratio, then URI), at most {@code gaps.target-occupations}.
   */
  public static Dataset<Row> targetOccupations(
      Dataset<Row> aligned, Dataset<Row> relations, Dataset<Row> occupations, RelevanceConfig cfg) {
    Dataset<Row> essential =
        relations
            .filter(lower(col("relation_type")).equalTo("essential"))
            .select("occupation_uri", "skill_uri")
            .distinct();
    Dataset<Row> sizes =
        essential.groupBy("occupation_uri").agg(count(lit(1)).as("essential_skills"));
    Dataset<Row> taught = aligned.select("credential_code", "skill_uri").distinct();
    WindowSpec rank =
        Window.partitionBy("credential_code")
            .orderBy(
                col("overlap").desc(), col("overlap_ratio").desc(), col("occupation_uri").asc());
    return taught
        .join(essential, "skill_uri")
        .groupBy("credential_code", "occupation_uri")
        .agg(count(lit(1)).as("overlap"))
        .join(sizes, "occupation_uri")
        .withColumn("overlap_ratio", round(col("overlap").divide(col("essential_skills")), 4))
        .withColumn("occupation_rank", row_number().over(rank))
        .filter(col("occupation_rank").leq(cfg.gaps().targetOccupations()))
        .join(labels(occupations, "occupation_uri", "occupation_label"), "occupation_uri", "left")
        .select(
            "credential_code",
            "occupation_rank",
            "occupation_uri",
            "occupation_label",
            "overlap",
            "essential_skills",
            "overlap_ratio");
  }

  /**
   * Pathway suggestions: per credential, demanded competencies of its target occupations that it
   * does not teach; essential ones first, then most postings; at most {@code
   * gaps.max-pathway-skills}.
   */
  public static Dataset<Row> pathways(
      Dataset<Row> targets,
      Dataset<Row> relations,
      Dataset<Row> demand,
      Dataset<Row> aligned,
      Dataset<Row> skills,
      RelevanceConfig cfg) {
    Dataset<Row> taught = aligned.select("credential_code", "skill_uri").distinct();
    Dataset<Row> demanded =
        demand
            .filter(col("postings").geq(cfg.evidence().minPostings()))
            .select("skill_uri", "postings", "share", "trend");
    WindowSpec rank =
        Window.partitionBy("credential_code")
            .orderBy(col("essential").desc(), col("postings").desc(), col("skill_uri").asc());
    return targets
        .select("credential_code", "occupation_uri", "occupation_label")
        .join(relations.select("occupation_uri", "relation_type", "skill_uri"), "occupation_uri")
        .join(taught, new String[] {"credential_code", "skill_uri"}, "left_anti")
        .join(demanded, "skill_uri")
        .groupBy("credential_code", "skill_uri", "postings", "share", "trend")
        .agg(
            max(when(lower(col("relation_type")).equalTo("essential"), lit(true))
                    .otherwise(lit(false)))
                .as("essential"),
            sort_array(collect_set(coalesce(col("occupation_label"), col("occupation_uri"))))
                .as("for_occupations"))
        .withColumn("suggestion_rank", row_number().over(rank))
        .filter(col("suggestion_rank").leq(cfg.gaps().maxPathwaySkills()))
        .join(labels(skills, "skill_uri", "skill_label"), "skill_uri", "left")
        .select(
            "credential_code",
            "suggestion_rank",
            "skill_uri",
            "skill_label",
            "essential",
            "postings",
            "share",
            "trend",
            "for_occupations");
  }

  /**
   * Share per monthly period, up to {@code period}, of the submission's best-scoring competencies
   * (at most {@code gaps.trend-competencies}), for the demand trend chart.
   */
  public static Dataset<Row> demandTrends(
      Dataset<Row> skillDemand,
      Dataset<Row> competencyScores,
      String region,
      String period,
      RelevanceConfig cfg) {
    Dataset<Row> top =
        competencyScores
            .filter(col("score").isNotNull())
            .groupBy("skill_uri")
            .agg(max(struct(col("score"), col("skill_label"))).as("b"))
            .select(
                col("skill_uri"),
                col("b.score").as("best_score"),
                col("b.skill_label").as("skill_label"))
            .orderBy(col("best_score").desc(), col("skill_uri").asc())
            .limit(cfg.gaps().trendCompetencies());
    return skillDemand
        .filter(
            col("region")
                .equalTo(region)
                .and(col("occupation_group").equalTo("ALL"))
                .and(col("period").rlike("^[0-9]{4}-[0-9]{2}$"))
                .and(col("period").leq(period)))
        .join(top, "skill_uri")
        .select("skill_uri", "skill_label", "period", "postings", "share");
  }

  private static Dataset<Row> labels(Dataset<Row> table, String uriAs, String labelAs) {
    return table
        .select(col("uri").as(uriAs), col("preferred_label").as(labelAs))
        .dropDuplicates(uriAs);
  }
}
