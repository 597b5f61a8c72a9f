package org.microcert.jobs.config;

import java.nio.file.Path;
import java.util.Objects;

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
 * @param cron the {@code schedule} command's cron expression (Spring's six fields)
 */
public record NightlySettings(
    Path escoInbox,
    Path postingsInbox,
    Path submissionsInbox,
    Path reports,
    boolean lexicalOnly,
    String cron) {

  public NightlySettings {
    Objects.requireNonNull(cron, "cron");
  }

  /** No inboxes; reports under the warehouse; nightly at 02:00. */
  public static NightlySettings defaults() {
    return new NightlySettings(null, null, null, null, false, "0 0 2 * * *");
  }
}
