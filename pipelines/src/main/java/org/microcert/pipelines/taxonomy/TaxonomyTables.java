package org.microcert.pipelines.taxonomy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.model.BroaderRelation;
import org.microcert.taxonomy.model.CollectionMember;
import org.microcert.taxonomy.model.ConceptScheme;
import org.microcert.taxonomy.model.EscoCollection;
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

  /**
   * Writes every table of {@code t} under {@code dir}, one Parquet file per table, rows sorted by
   * the table's sort columns. Needs no Spark session (the import stays fast); Spark reads the
   * tables with {@link #dataset}.
   */
  public static void write(Taxonomy t, Path dir) {
    writeTable(dir, TaxonomySchemas.SKILLS, t.skills(), TaxonomyTables::skillRow);
    writeTable(dir, TaxonomySchemas.OCCUPATIONS, t.occupations(), TaxonomyTables::occRow);
    writeTable(
        dir,
        TaxonomySchemas.SKILL_GROUPS,
        t.skillGroups(),
        g ->
            RowFactory.create(
                g.uri(), g.code(), g.preferredLabel(), g.altLabels(), g.description()));
    writeTable(
        dir,
        TaxonomySchemas.ISCO_GROUPS,
        t.iscoGroups(),
        g ->
            RowFactory.create(
                g.uri(), g.code(), g.preferredLabel(), g.altLabels(), g.description()));
    writeTable(
        dir,
        TaxonomySchemas.OCCUPATION_SKILL_RELATIONS,
        t.occupationSkillRelations(),
        r -> RowFactory.create(r.occupationUri(), r.relationType().escoValue(), r.skillUri()));
    writeTable(
        dir,
        TaxonomySchemas.SKILL_SKILL_RELATIONS,
        t.skillSkillRelations(),
        r ->
            RowFactory.create(
                r.originalSkillUri(), r.relationType().escoValue(), r.relatedSkillUri()));
    writeTable(
        dir,
        TaxonomySchemas.BROADER_RELATIONS,
        t.broaderRelations(),
        r -> RowFactory.create(r.conceptType(), r.conceptUri(), r.broaderType(), r.broaderUri()));
    writeTable(
        dir,
        TaxonomySchemas.COLLECTION_MEMBERS,
        t.collectionMembers(),
        m -> RowFactory.create(m.collection().key(), m.conceptUri()));
    writeTable(
        dir,
        TaxonomySchemas.CONCEPT_SCHEMES,
        t.conceptSchemes(),
        s -> RowFactory.create(s.uri(), s.preferredLabel(), s.description(), s.topConcepts()));
    writeTable(
        dir,
        TaxonomySchemas.HIERARCHY,
        t.hierarchy(),
        h -> RowFactory.create(h.level(), h.uri(), h.code(), h.preferredLabel(), h.parentUri()));
  }

  /** Reads the tables under {@code dir} back into a taxonomy of the given version and language. */
  public static Taxonomy read(Path dir, String version, String language) {
    Taxonomy.Builder b = Taxonomy.builder(version, language);
    for (Object[] r : rows(dir, TaxonomySchemas.SKILLS)) {
      b.addSkill(
          new Skill(
              (String) r[0],
              (String) r[1],
              strings(r[2]),
              strings(r[3]),
              SkillType.fromEsco((String) r[4]),
              ReuseLevel.fromEsco((String) r[5]),
              (String) r[6],
              (String) r[7],
              (String) r[8]));
    }
    for (Object[] r : rows(dir, TaxonomySchemas.OCCUPATIONS)) {
      b.addOccupation(
          new Occupation(
              (String) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              strings(r[4]),
              strings(r[5]),
              (String) r[6],
              (String) r[7],
              (String) r[8]));
    }
    for (Object[] r : rows(dir, TaxonomySchemas.SKILL_GROUPS)) {
      b.addSkillGroup(
          new SkillGroup(
              (String) r[0], (String) r[1], (String) r[2], strings(r[3]), (String) r[4]));
    }
    for (Object[] r : rows(dir, TaxonomySchemas.ISCO_GROUPS)) {
      b.addIscoGroup(
          new IscoGroup((String) r[0], (String) r[1], (String) r[2], strings(r[3]), (String) r[4]));
    }
    for (Object[] r : rows(dir, TaxonomySchemas.OCCUPATION_SKILL_RELATIONS)) {
      b.addOccupationSkillRelation(
          new OccupationSkillRelation(
              (String) r[0], RelationType.fromEsco((String) r[1]), (String) r[2]));
    }
    for (Object[] r : rows(dir, TaxonomySchemas.SKILL_SKILL_RELATIONS)) {
      b.addSkillSkillRelation(
          new SkillSkillRelation(
              (String) r[0], RelationType.fromEsco((String) r[1]), (String) r[2]));
    }
    for (Object[] r : rows(dir, TaxonomySchemas.BROADER_RELATIONS)) {
      b.addBroaderRelation(
          new BroaderRelation((String) r[0], (String) r[1], (String) r[2], (String) r[3]));
    }
    for (Object[] r : rows(dir, TaxonomySchemas.COLLECTION_MEMBERS)) {
      b.addCollectionMember(new CollectionMember(collection((String) r[0]), (String) r[1]));
    }
    for (Object[] r : rows(dir, TaxonomySchemas.CONCEPT_SCHEMES)) {
      b.addConceptScheme(
          new ConceptScheme((String) r[0], (String) r[1], (String) r[2], strings(r[3])));
    }
    for (Object[] r : rows(dir, TaxonomySchemas.HIERARCHY)) {
      b.addHierarchyEntry(
          new HierarchyEntry(
              (Integer) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]));
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

  private static EscoCollection collection(String key) {
    for (EscoCollection c : EscoCollection.values()) {
      if (c.key().equals(key)) {
        return c;
      }
    }
    throw new IllegalArgumentException("Cannot read collection member: unknown collection " + key);
  }

  private static List<Object[]> rows(Path dir, TaxonomySchemas.Table table) {
    Path p = dir.resolve(table.name());
    if (!p.toFile().exists()) {
      return List.of();
    }
    return ParquetRows.read(p, ParquetRows.columns(table.ddl()));
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object v) {
    return (List<String>) v;
  }

  /** One table as a Spark dataset, read with its declared schema. */
  public static Dataset<Row> dataset(SparkSession spark, Path dir, TaxonomySchemas.Table table) {
    return spark.read().schema(table.schema()).parquet(dir.resolve(table.name()).toString());
  }

  private static <T> void writeTable(
      Path dir, TaxonomySchemas.Table table, List<T> items, Function<T, Row> toRow) {
    List<ParquetRows.Column> schema = ParquetRows.columns(table.ddl());
    List<String> names = schema.stream().map(ParquetRows.Column::name).toList();
    int[] keys = Arrays.stream(table.sortColumns()).mapToInt(names::indexOf).toArray();
    List<Object[]> rows = new ArrayList<>(items.size());
    for (T item : items) {
      Row r = toRow.apply(item);
      Object[] values = new Object[r.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = r.get(i);
      }
      rows.add(values);
    }
    rows.sort(
        (a, b) -> {
          for (int k : keys) {
            int c = compare(a[k], b[k]);
            if (c != 0) {
              return c;
            }
          }
          return 0;
        });
    ParquetRows.write(dir.resolve(table.name()), schema, rows);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    return ((Comparable) a).compareTo(b);
  }
}
