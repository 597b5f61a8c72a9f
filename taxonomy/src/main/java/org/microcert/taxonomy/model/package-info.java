/**
 * ESCO concepts as immutable values: skills, occupations, groups and the relations between them.
 *
 * <p>Every record rejects nulls at construction and exposes its lists as unmodifiable copies. URIs
 * are kept as the plain strings ESCO publishes.
 */
package org.microcert.taxonomy.model;
