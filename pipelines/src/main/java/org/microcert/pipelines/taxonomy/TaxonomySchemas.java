package org.microcert.pipelines.taxonomy;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/** The Parquet tables of an imported ESCO release: names, DDL schemas and sort keys. */
public final class TaxonomySchemas {

  private TaxonomySchemas() {}

  /** One table: its folder name, schema and the columns its rows are sorted by. */
  public record Table(String name, String ddl, String... sortColumns) {
    public StructType schema() {
      return StructType.fromDDL(ddl);
    }
  }

  public static final Table SKILLS =
      new Table(
          "skills",
          "uri string, preferred_label string, alt_labels array<string>, hidden_labels"
              + " array<string>, skill_type string, reuse_level string, description string, status"
              + " string, modified_date string",
          "uri");
  public static final Table OCCUPATIONS =
      new Table(
          "occupations",
          "uri string, code string, isco_group string, preferred_label string,"
              + " alt_labels array<string>, hidden_labels array<string>, description string,"
              + " status string, modified_date string",
          "uri");
  public static final Table SKILL_GROUPS =
      new Table(
          "skill_groups",
          "uri string, code string, preferred_label string, alt_labels array<string>, description"
              + " string",
          "uri");
  public static final Table ISCO_GROUPS =
      new Table(
          "isco_groups",
          "uri string, code string, preferred_label string, alt_labels array<string>, description"
              + " string",
          "uri");
  public static final Table OCCUPATION_SKILL_RELATIONS =
      new Table(
          "occupation_skill_relations",
          "occupation_uri string, relation_type string, skill_uri string",
          "occupation_uri",
          "skill_uri");
  public static final Table SKILL_SKILL_RELATIONS =
      new Table(
          "skill_skill_relations",
          "original_skill_uri string, relation_type string, related_skill_uri string",
          "original_skill_uri",
          "related_skill_uri");
  public static final Table BROADER_RELATIONS =
      new Table(
          "broader_relations",
          "concept_type string, concept_uri string, broader_type string, broader_uri string",
          "concept_uri",
          "broader_uri");
  public static final Table COLLECTION_MEMBERS =
      new Table(
          "collection_members",
          "collection string, concept_uri string",
          "collection",
          "concept_uri");
  public static final Table CONCEPT_SCHEMES =
      new Table(
          "concept_schemes",
          "uri string, preferred_label string, description string, top_concepts array<string>",
          "uri");
  public static final Table HIERARCHY =
      new Table(
          "hierarchy",
          "level int, uri string, code string, preferred_label string, parent_uri string",
          "level",
          "uri");

  /** Every table, in writing order. */
  public static final List<Table> ALL =
      List.of(
          SKILLS,
          OCCUPATIONS,
          SKILL_GROUPS,
          ISCO_GROUPS,
          OCCUPATION_SKILL_RELATIONS,
          SKILL_SKILL_RELATIONS,
          BROADER_RELATIONS,
          COLLECTION_MEMBERS,
          CONCEPT_SCHEMES,
          HIERARCHY);
}
