/**
 * Import of an ESCO release in the official CSV layout.
 *
 * <p>Entry point: {@link org.microcert.taxonomy.esco.EscoCsvLoader#load(java.nio.file.Path, String,
 * String)} reads a release folder ({@code skills_en.csv}, {@code occupations_en.csv}, the relation,
 * group, hierarchy, scheme and collection files) into an {@link
 * org.microcert.taxonomy.esco.EscoLoadResult}: the {@link org.microcert.taxonomy.Taxonomy}, one
 * {@link org.microcert.taxonomy.esco.FileReport} per file (SHA-256, rows in / accepted / rejected),
 * the {@link org.microcert.taxonomy.io.Reject rejects} (file, start line, column, reason), warnings
 * and missing files.
 *
 * <h2>What is handled</h2>
 *
 * <ul>
 *   <li>columns by header name ({@link org.microcert.taxonomy.esco.EscoFile} lists the required
 *       ones); multi-line quoted cells (one alt label per line, {@code ",\n"} separated schemes);
 *       CRLF or LF records; ragged short rows in {@code skillsHierarchy}; fields of any size;
 *   <li>relation files with or without a language suffix; language from the suffix (all files must
 *       agree); version from the argument, the folder name ({@code esco-v1.1.0}) or the content
 *       ({@code ictSkillsCollection} means v1.1.0, {@code digitalSkillsCollection} v1.1.1);
 *   <li>bad rows (missing or non-http URI, unknown enum value, duplicate, wrong field count,
 *       relation to a concept the release lacks) are rejected, not fatal.
 * </ul>
 *
 * <p>Fatal ({@link org.microcert.taxonomy.esco.EscoReleaseException}): missing folder, no skills
 * and no occupations file, empty file, missing required column, invalid UTF-8, broken quoting,
 * mixed languages, undetectable version.
 */
package org.microcert.taxonomy.esco;
