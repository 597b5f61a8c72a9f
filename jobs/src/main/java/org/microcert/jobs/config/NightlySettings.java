package org.microcert.jobs.config;

import java.nio.file.Path;
import java.util.Objects;
import org.microcert.taxonomy.match.SentenceSkills;

/**
 * The {@code nightly:} section of {@code conf/microcert.yaml}. A missing inbox turns its stage off
 * (it is skipped and says so).
 *
 * @param escoInbox an ESCO CSV release folder, or a folder of them; a release not imported yet is
 *     imported (null: none)
 * @param postingsInbox postings files (CSV, JSON Lines, gzip), directly inside for the {@code
 *     shared} source or in a sub-folder named after their source; each file is ingested once
 * @param submissionsInbox submission files; a new or changed one is aligned (all after a new ESCO
 *     release)
 * @param reports the report folder (null: {@code <warehouse>/reports})
 * @param lexicalOnly align without the dense (MiniLM) side
 * @param sentenceSkills whether the extraction stage adds the matcher's confident sentence skills
 *     to the trie's mentions, as {@code postings extract --sentence-skills} does (off, lexical or
 *     dense; docs/evidence-quality.md)
 * @param cron the {@code schedule} command's cron expression (Spring's six fields)
 */
public record NightlySettings(
    Path escoInbox,
    Path postingsInbox,
    Path submissionsInbox,
    Path reports,
    boolean lexicalOnly,
    SentenceSkills.Rules sentenceSkills,
    String cron) {

  public NightlySettings {
    Objects.requireNonNull(sentenceSkills, "sentenceSkills");
    Objects.requireNonNull(cron, "cron");
  }

  /** No inboxes; reports under the warehouse; the trie alone extracts; nightly at 02:00. */
  public static NightlySettings defaults() {
    return new NightlySettings(
        null, null, null, null, false, SentenceSkills.Rules.OFF, "0 0 2 * * *");
  }
}
