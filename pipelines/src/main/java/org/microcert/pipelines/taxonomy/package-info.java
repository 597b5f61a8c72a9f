/**
 * An imported ESCO release as Parquet tables: {@link
 * org.microcert.pipelines.taxonomy.TaxonomyTables} writes a {@code Taxonomy} and reads it back;
 * {@link org.microcert.pipelines.taxonomy.TaxonomySchemas} names the tables and their schemas.
 */
package org.microcert.pipelines.taxonomy;
