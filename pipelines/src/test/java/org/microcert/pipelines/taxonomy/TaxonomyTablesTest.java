package org.microcert.pipelines.taxonomy;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.pipelines.spark.SparkTestBase;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.esco.EscoCsvLoader;
import org.microcert.taxonomy.model.Skill;

class TaxonomyTablesTest extends SparkTestBase {

  static Taxonomy sample;

  @TempDir Path dir;

  @BeforeAll
  static void loadSample() {
    sample =
        new EscoCsvLoader()
            .load(Path.of(System.getProperty("microcert.samples"), "esco"), null, null)
            .taxonomy();
  }

  @Test
  void tablesReadBackToTheSameTaxonomy() {
    TaxonomyTables.write(sample, dir);

    Taxonomy back = TaxonomyTables.read(dir, sample.version(), sample.language());

    assertThat(back.skills()).containsExactlyInAnyOrderElementsOf(sample.skills());
    assertThat(back.occupations()).containsExactlyInAnyOrderElementsOf(sample.occupations());
    assertThat(back.occupationSkillRelations())
        .containsExactlyInAnyOrderElementsOf(sample.occupationSkillRelations());
    assertThat(back.broaderRelations())
        .containsExactlyInAnyOrderElementsOf(sample.broaderRelations());
    assertThat(back.collectionMembers())
        .containsExactlyInAnyOrderElementsOf(sample.collectionMembers());
    assertThat(back.hierarchy()).containsExactlyInAnyOrderElementsOf(sample.hierarchy());
    assertThat(back.conceptSchemes()).containsExactlyInAnyOrderElementsOf(sample.conceptSchemes());
  }

  @Test
  void sparkReadsTheTablesWithTheirSchemas() {
    TaxonomyTables.write(sample, dir);
    Skill withAlts =
        sample.skills().stream().filter(s -> s.altLabels().size() > 2).findFirst().orElseThrow();

    List<Row> rows =
        TaxonomyTables.dataset(spark, dir, TaxonomySchemas.SKILLS)
            .filter(col("uri").equalTo(withAlts.uri()))
            .collectAsList();

    assertThat(TaxonomyTables.dataset(spark, dir, TaxonomySchemas.SKILLS).count())
        .isEqualTo(sample.skills().size());
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).<String>getList(2)).containsExactlyElementsOf(withAlts.altLabels());
    assertThat(rows.get(0).getString(4)).isEqualTo(withAlts.skillType().escoValue());
  }

  @Test
  void writingTwiceGivesByteIdenticalFiles() throws Exception {
    TaxonomyTables.write(sample, dir.resolve("a"));
    TaxonomyTables.write(sample, dir.resolve("b"));
    for (TaxonomySchemas.Table t : TaxonomySchemas.ALL) {
      Path a = dir.resolve("a").resolve(t.name()).resolve(ParquetRows.FILE_NAME);
      Path b = dir.resolve("b").resolve(t.name()).resolve(ParquetRows.FILE_NAME);
      assertThat(Files.readAllBytes(a)).as(t.name()).isEqualTo(Files.readAllBytes(b));
    }
  }
}
