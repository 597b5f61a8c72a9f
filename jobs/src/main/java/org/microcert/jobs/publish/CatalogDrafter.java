package org.microcert.jobs.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.microcert.jobs.catalog.Catalog;
import org.microcert.jobs.catalog.CatalogJson;
import org.microcert.jobs.catalog.Jcs;
import org.microcert.jobs.catalog.format.CatalogFormats;
import org.microcert.jobs.review.LogEntry;
import org.microcert.jobs.review.ReviewLog;
import org.microcert.taxonomy.InputRejectedException;
import org.microcert.taxonomy.io.AtomicFiles;

/**
 * The catalog draft: what {@code catalog publish} would publish now, built the same way ({@link
 * CatalogBuilder} over the approved decisions of the verified review log, as of its latest date),
 * but unsigned and into {@code <warehouse>/catalog/draft/}, replaced as one folder. Beside the
 * catalog and its formats (without the signed sample credentials) it holds the changes against the
 * latest published version ({@code changes.json}, {@code CHANGES.md}) and {@code draft.json}: the
 * version a publish would give, what it is based on, every file's SHA-256. When a publish would
 * change nothing, its {@code catalog.json} is the latest version's. Same warehouse, same bytes.
 */
final class CatalogDrafter {

  static final String DRAFT = "draft";
  static final String DRAFT_JSON = "draft.json";

  /**
   * The draft written.
   *
   * @param version the version a publish would give ({@code previous} when nothing changed)
   * @param previous the latest published version, or {@code null}
   * @param changes the changes a publish would make against {@code previous}
   * @param dir the draft folder
   * @param competencies approved competencies in the draft
   * @param needsReview approvals a publish would not carry forward
   */
  record Result(
      String version,
      String previous,
      CatalogChanges changes,
      Path dir,
      int competencies,
      int needsReview) {
    boolean wouldPublish() {
      return previous == null || !changes.bump().equals("none");
    }
  }

  private final Path warehouse;
  private final EscoUpgrade upgrade;

  CatalogDrafter(Path warehouse, EscoUpgrade upgrade) {
    this.warehouse = warehouse;
    this.upgrade = upgrade;
  }

  /** {@code <warehouse>/catalog/draft}. */
  static Path dir(Path warehouse) {
    return CatalogFiles.root(warehouse).resolve(DRAFT);
  }

  Result draft() throws IOException {
    ReviewLog reviewLog = new ReviewLog(warehouse);
    if (!Files.isRegularFile(reviewLog.file())) {
      throw new InputRejectedException(
          "Cannot draft catalog: no review log "
              + reviewLog.file()
              + " (run 'microcert review import --input FILE' first)");
    }
    ReviewLog.Verification v = reviewLog.verify();
    if (!v.ok()) {
      throw new InputRejectedException(
          "Cannot draft catalog: review log " + reviewLog.file() + " is tampered: " + v.problem());
    }
    List<LogEntry> log = v.entries();
    LocalDate asOf =
        CatalogBuilder.latestDate(log)
            .orElseThrow(
                () ->
                    new InputRejectedException(
                        "Cannot draft catalog: the review log "
                            + reviewLog.file()
                            + " is empty (run 'microcert review import --input FILE' first)"));
    CatalogPublisher.Previous prev = CatalogPublisher.previous(warehouse);
    CatalogBuilder builder = new CatalogBuilder(warehouse, upgrade);
    Catalog probe = builder.build(log, "0.0.0", asOf, prev.manifestHash());
    String bump = CatalogChanges.between(prev.catalog(), probe, log).bump();
    boolean unchanged = prev.version() != null && bump.equals("none");
    // Unchanged: the latest version itself (its own link to the one before it).
    String version = unchanged ? prev.version() : CatalogChanges.next(prev.version(), bump);
    String link = unchanged ? prev.catalog().previousManifestHash() : prev.manifestHash();
    Catalog catalog = builder.build(log, version, asOf, link);
    CatalogChanges changes = CatalogChanges.between(prev.catalog(), catalog, log);

    Path target = dir(warehouse);
    Files.createDirectories(target.getParent());
    Path staging = AtomicFiles.stagingDirFor(target);
    try {
      Files.write(staging.resolve(CatalogJson.FILE_NAME), CatalogJson.bytes(catalog));
      CatalogFormats.writeAll(catalog, staging, null);
      Files.write(staging.resolve(CatalogFiles.CHANGES_JSON), changes.json());
      Files.writeString(
          staging.resolve(CatalogFiles.CHANGES_MD), changes.markdown(), StandardCharsets.UTF_8);
      Files.write(staging.resolve(DRAFT_JSON), draftJson(staging, catalog, prev, changes, v));
      AtomicFiles.publish(staging, target);
    } finally {
      if (Files.exists(staging)) {
        AtomicFiles.deleteRecursively(staging);
      }
    }
    return new Result(
        version,
        prev.version(),
        changes,
        target,
        catalog.competencies().size(),
        catalog.needsReview().size());
  }

  private static byte[] draftJson(
      Path dir,
      Catalog catalog,
      CatalogPublisher.Previous prev,
      CatalogChanges changes,
      ReviewLog.Verification log)
      throws IOException {
    ObjectNode m = JsonNodeFactory.instance.objectNode();
    m.put("draft", true);
    m.put("signed", false);
    m.put("would_publish", prev.version() == null || !changes.bump().equals("none"));
    m.put("catalog_version", catalog.version());
    m.put("bump", prev.version() == null ? "first" : changes.bump());
    m.put("as_of", catalog.asOf());
    ArrayNode esco = m.putArray("esco_releases");
    catalog.escoReleases().forEach(esco::add);
    m.put("previous_version", prev.version());
    m.put("previous_manifest_sha256", prev.manifestHash());
    ObjectNode head = m.putObject("review_log");
    head.put("entries", log.entries().size());
    head.put("head", log.headHash());
    CatalogFiles.describe(m.putArray("files"), dir);
    return Jcs.bytes(Jcs.nfc(m));
  }
}
