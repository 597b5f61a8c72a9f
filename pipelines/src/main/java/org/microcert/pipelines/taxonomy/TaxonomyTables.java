package org.microcert.pipelines.taxonomy;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.model.BroaderRelation;
import org.microcert.taxonomy.model.Collection;
import org.microcert.taxonomy.model.CollectionMember;
import org.microcert.taxonomy.model.ConceptScheme;
import org.microcert.taxonomy.model.HierarchyEntry;
import org.microcert.taxonomy.model.IscoGroup;
import org.microcert.taxonomy.model.Occupation;
import org.microcert.taxonomy.model.OccupationSkillRelation;
import org.microcert.taxonomy.model.RelationType;
import org.microcert.taxonomy.model.ReuseLevel;
import org.microcert.taxonomy.model.Skill;
import org.microcert.taxonomy.model.SkillGroup;
import org.microcert.taxonomy.model.SkillSkillRelation;
import org.microcert.taxonomy.model.SkillType;

/**
 * Writes a {@link Taxonomy} as one Parquet table per concept or relation kind, and reads it back.
 *
 * <p>Table names and schemas are in {@link TaxonomySchemas}. Each table is written as a single,
 * sorted file so that the same release always gives the same rows in the same order.
 */
public final class TaxonomyTables {

  private TaxonomyTables() {}

  /** Writes every table of {@code t} under {@code dir} (which must not exist yet). */
  public static void write(SparkSession spark, Taxonomy t, Path dir) {
    writeTable(spark, dir, TaxonomySchemas.SKILLS, t.skills(), TaxonomyTables::skillRow);
    writeTable(spark, dir, TaxonomySchemas.OCCUPATIONS, t.occupations(), TaxonomyTables::occRow);
    writeTable(
        spark,
        dir,
        TaxonomySchemas.SKILL_GROUPS,
        t.skillGroups(),
        g -> RowFactory.create(g.uri(), g.code(), g.preferredLabel(), g.altLabels(), g.description()));
    writeTable(
        spark,
        dir,
        TaxonomySchemas.ISCO_GROUPS,
        t.iscoGroups(),
        g -> RowFactory.create(g.uri(), g.code(), g.preferredLabel(), g.altLabels(), g.description()));
    writeTable(
        spark,
        dir,
        TaxonomySchemas.OCCUPATION_SKILL_RELATIONS,
        t.occupationSkillRelations(),
        r -> RowFactory.create(r.occupationUri(), r.relationType().escoValue(), r.skillUri()));
    writeTable(
        spark,
        dir,
        TaxonomySchemas.SKILL_SKILL_RELATIONS,
        t.skillSkillRelations(),
        r -> RowFactory.create(r.originalSkillUri(), r.relationType().escoValue(), r.relatedSkillUri()));
    writeTable(
        spark,
        dir,
        TaxonomySchemas.BROADER_RELATIONS,
        t.broaderRelations(),
        r -> RowFactory.create(r.conceptType(), r.conceptUri(), r.broaderType(), r.broaderUri()));
    writeTable(
        spark,
        dir,
        TaxonomySchemas.COLLECTION_MEMBERS,
        t.collectionMembers(),
        m -> RowFactory.create(m.collection().key(), m.conceptUri()));
    writeTable(
        spark,
        dir,
        TaxonomySchemas.CONCEPT_SCHEMES,
        t.conceptSchemes(),
        s -> RowFactory.create(s.uri(), s.preferredLabel(), s.description(), s.topConcepts()));
    writeTable(
        spark,
        dir,
        TaxonomySchemas.HIERARCHY,
        t.hierarchy(),
        h -> RowFactory.create(h.level(), h.uri(), h.code(), h.preferredLabel(), h.parentUri()));
  }

  /** Reads the tables under {@code dir} back into a taxonomy of the given version and language. */
  public static Taxonomy read(SparkSession spark, Path dir, String version, String language) {
    Taxonomy.Builder b = Taxonomy.builder(version, language);
    for (Row r : rows(spark, dir, TaxonomySchemas.SKILLS)) {
      b.addSkill(
          new Skill(
              r.getString(0),
              r.getString(1),
              r.getList(2),
              r.getList(3),
              SkillType.fromEsco(r.getString(4)),
              ReuseLevel.fromEsco(r.getString(5)),
              r.getString(6),
              r.getString(7),
              r.getString(8)));
    }
    for (Row r : rows(spark, dir, TaxonomySchemas.OCCUPATIONS)) {
      b.addOccupation(
          new Occupation(
              r.getString(0),
              r.getString(1),
              r.getString(2),
              r.getString(3),
              r.getList(4),
              r.getList(5),
              r.getString(6),
              r.getString(7),
              r.getString(8)));
    }
    for (Row r : rows(spark, dir, TaxonomySchemas.SKILL_GROUPS)) {
      b.addSkillGroup(
          new SkillGroup(r.getString(0), r.getString(1), r.getString(2), r.getList(3), r.getString(4)));
    }
    for (Row r : rows(spark, dir, TaxonomySchemas.ISCO_GROUPS)) {
      b.addIscoGroup(
          new IscoGroup(r.getString(0), r.getString(1), r.getString(2), r.getList(3), r.getString(4)));
    }
    for (Row r : rows(spark, dir, TaxonomySchemas.OCCUPATION_SKILL_RELATIONS)) {
      b.addOccupationSkillRelation(
          new OccupationSkillRelation(
              r.getString(0), RelationType.fromEsco(r.getString(1)), r.getString(2)));
    }
    for (Row r : rows(spark, dir, TaxonomySchemas.SKILL_SKILL_RELATIONS)) {
      b.addSkillSkillRelation(
          new SkillSkillRelation(r.getString(0), RelationType.fromEsco(r.getString(1)), r.getString(2)));
    }
    for (Row r : rows(spark, dir, TaxonomySchemas.BROADER_RELATIONS)) {
      b.addBroaderRelation(
          new BroaderRelation(r.getString(0), r.getString(1), r.getString(2), r.getString(3)));
    }
    for (Row r : rows(spark, dir, TaxonomySchemas.COLLECTION_MEMBERS)) {
      b.addCollectionMember(new CollectionMember(collection(r.getString(0)), r.getString(1)));
    }
    for (Row r : rows(spark, dir, TaxonomySchemas.CONCEPT_SCHEMES)) {
      b.addConceptScheme(new ConceptScheme(r.getString(0), r.getString(1), r.getString(2), r.getList(3)));
    }
    for (Row r : rows(spark, dir, TaxonomySchemas.HIERARCHY)) {
      b.addHierarchyEntry(
          new HierarchyEntry(r.getInt(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
    }
    return b.build();
  }

  private static Row skillRow(Skill s) {
    return RowFactory.create(
        s.uri(),
        s.preferredLabel(),
        s.altLabels(),
        s.hiddenLabels(),
        s.skillType().escoValue(),
        s.reuseLevel().escoValue(),
        s.description(),
        s.status(),
        s.modifiedDate());
  }

  private static Row occRow(Occupation o) {
    return RowFactory.create(
        o.uri(),
        o.code(),
        o.iscoGroup(),
        o.preferredLabel(),
        o.altLabels(),
        o.hiddenLabels(),
        o.description(),
        o.status(),
        o.modifiedDate());
  }

  private static Collection collection(String key) {
    for (Collection c : Collection.values()) {
      if (c.key().equals(key)) {
        return c;
      }
    }
    throw new IllegalArgumentException("Cannot read collection member: unknown collection " + key);
  }

  private static List<Row> rows(SparkSession spark, Path dir, TaxonomySchemas.Table table) {
    Path p = dir.resolve(table.name());
    if (!p.toFile().exists()) {
      return List.of();
    }
    return spark.read().schema(table.schema()).parquet(p.toString()).collectAsList();
  }

  private static <T> void writeTable(
      SparkSession spark, Path dir, TaxonomySchemas.Table table, List<T> items, Function<T, Row> toRow) {
    List<Row> rows = new ArrayList<>(items.size());
    for (T item : items) {
      rows.add(toRow.apply(item));
    }
    StructType schema = table.schema();
    Dataset<Row> df = spark.createDataFrame(rows, schema);
    String[] sortCols = table.sortColumns();
    df.coalesce(1)
        .sortWithinPartitions(Arrays.stream(sortCols).map(c -> col(c)).toArray(Column[]::new))
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(dir.resolve(table.name()).toString());
  }
}
