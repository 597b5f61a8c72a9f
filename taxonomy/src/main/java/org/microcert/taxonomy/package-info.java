/**
 * ESCO taxonomy: model, CSV loaders, analysis chain, Lucene competency index and matcher.
 *
 * <p>Start with {@code org.microcert.taxonomy.esco.EscoCsvLoader} to read an official ESCO CSV
 * release into a {@link org.microcert.taxonomy.Taxonomy}; build the competency index from it with
 * {@code org.microcert.taxonomy.index}; align text with {@code org.microcert.taxonomy.match}.
 * Nothing here depends on Spark or Spring.
 */
package org.microcert.taxonomy;
