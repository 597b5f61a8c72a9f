package org.microcert.pipelines.relevance;

import java.nio.file.Path;
import java.util.Objects;
import org.microcert.taxonomy.io.WarehouseLayout;

/**
 * One relevance run: which submission, where and when.
 *
 * @param warehouse warehouse root (holds {@code alignments/}, {@code demand/}, {@code taxonomy/})
 * @param submissionId submission id (folder under {@code alignments/})
 * @param region region of the demand tables, {@code "ALL"} for all regions
 * @param period period (YYYY-MM or YYYY-Qn), or {@code null} for the latest monthly period with
 *     data in the region
 * @param escoVersion ESCO version folder under {@code taxonomy/esco/}, or {@code null} for the
 *     newest imported one in the language (versions compared as numbers)
 * @param language taxonomy language folder, e.g. {@code en}
 * @param config weights and thresholds
 */
public record RelevanceRequest(
    Path warehouse,
    String submissionId,
    String region,
    String period,
    String escoVersion,
    String language,
    RelevanceConfig config) {

  public RelevanceRequest {
    Objects.requireNonNull(warehouse, "warehouse");
    Objects.requireNonNull(submissionId, "submissionId");
    region = region == null || region.isBlank() ? "ALL" : region.strip();
    period = period == null || period.isBlank() ? null : period.strip();
    language = language == null || language.isBlank() ? "en" : language.strip();
    Objects.requireNonNull(config, "config");
  }

  /** A request with region ALL, the latest period, the last ESCO version, English, defaults. */
  public static RelevanceRequest of(Path warehouse, String submissionId) {
    return new RelevanceRequest(
        warehouse, submissionId, "ALL", null, null, "en", RelevanceConfig.defaults());
  }

  /** {@code warehouse/relevance/<safe submission id>/}. */
  public Path outputDir() {
    return SafeNames.child(new WarehouseLayout(warehouse).relevance(), submissionId);
  }
}
