package org.microcert.pipelines.postings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.microcert.pipelines.spark.SparkTestBase;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.model.Occupation;
import org.microcert.taxonomy.model.ReuseLevel;
import org.microcert.taxonomy.model.Skill;
import org.microcert.taxonomy.model.SkillType;

class PostingsExtractTest extends SparkTestBase {

  private static final StructType ROWS =
      new StructType()
          .add("posting_id", DataTypes.StringType)
          .add("title", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("region", DataTypes.StringType)
          .add("period", DataTypes.StringType);

  private static ExtractionModel model() {
    Taxonomy t =
        Taxonomy.builder("v1.1.1", "en")
            .addSkill(
                new Skill(
                    "skill/sql",
                    "SQL",
                    List.of("structured query language"),
                    List.of(),
                    SkillType.KNOWLEDGE,
                    ReuseLevel.values()[0],
                    "",
                    "released",
                    ""))
            .addSkill(
                new Skill(
                    "skill/cook",
                    "prepare meals",
                    List.of(),
                    List.of(),
                    SkillType.SKILL_COMPETENCE,
                    ReuseLevel.values()[0],
                    "",
                    "released",
                    ""))
            .addOccupation(
                new Occupation(
                    "occ/cook",
                    "5120.1",
                    "5120",
                    "cook",
                    List.of("line cook"),
                    List.of(),
                    "",
                    "released",
                    ""))
            .build();
    return ExtractionModel.fromTaxonomy(t);
  }

  @Test
  void extractsMentionsWithOffsetsAndSectionsInMapPartitions() {
    Dataset<Row> postings =
        spark.createDataFrame(
            List.of(
                RowFactory.create(
                    "p1", "Line cook", "Duties:\nPrepare meals daily.", "Ontario", "2024-01"),
                RowFactory.create(
                    "p2", "Analyst", "Requirements\nSQL and more SQL", "Quebec", "2024-02")),
            ROWS);
    var b =
        spark
            .sparkContext()
            .broadcast(model(), scala.reflect.ClassTag$.MODULE$.apply(ExtractionModel.class));

    List<Row> m =
        PostingsExtract.mentions(postings, b).orderBy("posting_id", "start").collectAsList();

    assertThat(m)
        .extracting(
            r ->
                r.getString(0)
                    + ":"
                    + r.getString(1)
                    + ":"
                    + r.getString(2)
                    + ":"
                    + r.getInt(3)
                    + "-"
                    + r.getInt(4)
                    + ":"
                    + r.getString(5)
                    + ":"
                    + r.getString(6))
        .containsExactly(
            "p1:skill/cook:Prepare meals:8-21:responsibilities:Ontario",
            "p2:skill/sql:SQL:13-16:requirements:Quebec",
            "p2:skill/sql:SQL:26-29:requirements:Quebec");
  }

  @Test
  void codesTitlesToOccupationsWithIscoGroup() {
    Dataset<Row> postings =
        spark.createDataFrame(
            List.of(
                RowFactory.create("p1", "Line cook (full time)", "x", "Ontario", "2024-01"),
                RowFactory.create("p2", "Astronaut", "x", "Ontario", "2024-01")),
            ROWS);
    var b =
        spark
            .sparkContext()
            .broadcast(model(), scala.reflect.ClassTag$.MODULE$.apply(ExtractionModel.class));

    List<Row> t = PostingsExtract.titles(postings, b).collectAsList();

    assertThat(t).hasSize(1);
    assertThat(t.get(0).getString(1)).isEqualTo("occ/cook");
    assertThat(t.get(0).getString(2)).isEqualTo("5120");
    assertThat(t.get(0).getDouble(3)).isGreaterThanOrEqualTo(0.5);
  }
}
