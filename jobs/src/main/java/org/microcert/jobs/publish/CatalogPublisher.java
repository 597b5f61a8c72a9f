package org.microcert.jobs.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.microcert.jobs.catalog.Catalog;
import org.microcert.jobs.catalog.CatalogJson;
import org.microcert.jobs.catalog.Jcs;
import org.microcert.jobs.catalog.Sha256;
import org.microcert.jobs.catalog.format.CatalogFormats;
import org.microcert.jobs.review.LogEntry;
import org.microcert.jobs.review.ReviewLog;
import org.microcert.pipelines.relevance.SafeNames;
import org.microcert.taxonomy.InputRejectedException;
import org.microcert.taxonomy.io.AtomicFiles;
import org.microcert.taxonomy.io.WarehouseLayout;

/**
 * Publishes a catalog version: builds every file in a staging folder beside the versions, renames
 * it to {@code <warehouse>/catalog/<version>/} (never replacing a version), then moves the {@code
 * latest} pointer. A crash at any point leaves the previous version and pointer as they were.
 */
final class CatalogPublisher {

  /**
   * What to publish.
   *
   * @param version the version, or {@code null} to derive it from the diff (SemVer bump)
   * @param asOf the catalog date, or {@code null} for the latest decision or endorsement date
   * @param key the signing key
   * @param publicKey its public key
   */
  record Options(String version, LocalDate asOf, PrivateKey key, PublicKey publicKey) {}

  /**
   * What was published.
   *
   * @param version the version ({@code previous} when nothing changed)
   * @param dir its folder, or {@code null} when nothing was published
   * @param changes the changes against the previous version
   * @param manifestHash {@code sha256:} of its manifest.json
   * @param needsReview approvals not carried forward (ESCO changes, realignments)
   */
  record Result(
      String version, Path dir, CatalogChanges changes, String manifestHash, int needsReview) {
    boolean published() {
      return dir != null;
    }
  }

  private final Path warehouse;
  private final EscoUpgrade upgrade;
  private Runnable beforeRename = () -> {};

  CatalogPublisher(Path warehouse, EscoUpgrade upgrade) {
    this.warehouse = warehouse;
    this.upgrade = upgrade;
  }

  /** For tests: runs after every file is written, before the staging folder is renamed. */
  void beforeRename(Runnable hook) {
    this.beforeRename = hook;
  }

  Result publish(Options o) throws IOException {
    ReviewLog.Verification v = new ReviewLog(warehouse).verify();
    if (!v.ok()) {
      throw new InputRejectedException(
          "Cannot publish catalog: review log "
              + new ReviewLog(warehouse).file()
              + " is tampered: "
              + v.problem());
    }
    List<LogEntry> log = v.entries();
    Path root = CatalogFiles.root(warehouse);
    Files.createDirectories(root);
    removeLeftovers(root);
    Previous prev = previous(warehouse);
    String previous = prev.version();
    Catalog before = prev.catalog();
    String previousHash = prev.manifestHash();
    LocalDate asOf =
        o.asOf() != null
            ? o.asOf()
            : CatalogBuilder.latestDate(log)
                .orElseThrow(
                    () ->
                        new InputRejectedException(
                            "Cannot publish catalog: the review log is empty (run 'microcert"
                                + " review import --input FILE' first)"));
    CatalogBuilder builder = new CatalogBuilder(warehouse, upgrade);
    Catalog draft = builder.build(log, "0.0.0", asOf, previousHash);
    if (draft.competencies().isEmpty() && draft.needsReview().isEmpty()) {
      throw new InputRejectedException(
          "Cannot publish catalog: no approved competency as of "
              + asOf
              + " (every decision is a reject or defer, or dated later)");
    }
    CatalogChanges changes = CatalogChanges.between(before, draft, log);
    String version;
    if (o.version() != null) {
      CatalogChanges.parse(o.version());
      if (previous != null && CatalogChanges.compare(o.version(), previous) <= 0) {
        throw new InputRejectedException(
            "Cannot publish catalog: version "
                + o.version()
                + " is not after the latest, "
                + previous);
      }
      version = o.version();
    } else {
      if (previous != null && changes.bump().equals("none")) {
        return new Result(previous, null, changes, previousHash, draft.needsReview().size());
      }
      version = CatalogChanges.next(previous, changes.bump());
    }
    Path target = root.resolve(version);
    if (Files.exists(target)) {
      throw new InputRejectedException(
          "Cannot publish catalog: version "
              + version
              + " already exists in "
              + root
              + " (published versions are never replaced)");
    }
    Catalog catalog = builder.build(log, version, asOf, previousHash);
    changes = CatalogChanges.between(before, catalog, log);
    Path staging = root.resolve(".staging-" + UUID.randomUUID());
    Files.createDirectories(staging);
    try {
      Files.write(staging.resolve(CatalogJson.FILE_NAME), CatalogJson.bytes(catalog));
      CatalogFormats.writeAll(catalog, staging, o.key());
      Files.write(staging.resolve(CatalogFiles.CHANGES_JSON), changes.json());
      Files.writeString(
          staging.resolve(CatalogFiles.CHANGES_MD), changes.markdown(), StandardCharsets.UTF_8);
      Files.writeString(
          staging.resolve(CatalogFiles.PUBLIC_KEY),
          Ed25519Keys.publicPem(o.publicKey()),
          StandardCharsets.US_ASCII);
      byte[] manifest = manifest(staging, catalog, previous, previousHash, v, o.publicKey());
      Files.write(staging.resolve(CatalogFiles.MANIFEST), manifest);
      Files.write(staging.resolve(CatalogFiles.SIGNATURE), Ed25519Keys.sign(o.key(), manifest));
      beforeRename.run();
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      AtomicFiles.writeString(root.resolve(CatalogFiles.LATEST), version + "\n");
      return new Result(
          version, target, changes, Sha256.cite(manifest), catalog.needsReview().size());
    } finally {
      AtomicFiles.deleteRecursively(staging);
    }
  }

  /**
   * The latest published version.
   *
   * @param version its version, or {@code null} when none was published
   * @param catalog its catalog.json, or {@code null}
   * @param manifestHash {@code sha256:} of its manifest.json, or {@code null}
   */
  record Previous(String version, Catalog catalog, String manifestHash) {}

  /** The version the {@code latest} pointer names, with its catalog and manifest digest. */
  static Previous previous(Path warehouse) throws IOException {
    String version = latest(warehouse).orElse(null);
    if (version == null) {
      return new Previous(null, null, null);
    }
    Path dir = CatalogFiles.root(warehouse).resolve(version);
    return new Previous(
        version,
        CatalogJson.read(dir.resolve(CatalogJson.FILE_NAME)),
        Sha256.cite(Files.readAllBytes(dir.resolve(CatalogFiles.MANIFEST))));
  }

  /** The version the {@code latest} pointer names, if any. */
  static Optional<String> latest(Path warehouse) throws IOException {
    Path p = CatalogFiles.root(warehouse).resolve(CatalogFiles.LATEST);
    if (!Files.isRegularFile(p)) {
      return Optional.empty();
    }
    String v = Files.readString(p, StandardCharsets.UTF_8).strip();
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  private byte[] manifest(
      Path dir,
      Catalog catalog,
      String previous,
      String previousHash,
      ReviewLog.Verification log,
      PublicKey publicKey)
      throws IOException {
    ObjectNode m = JsonNodeFactory.instance.objectNode();
    m.put("catalog_version", catalog.version());
    m.put("as_of", catalog.asOf());
    ArrayNode esco = m.putArray("esco_releases");
    catalog.escoReleases().forEach(esco::add);
    m.put("previous_version", previous);
    m.put("previous_manifest_sha256", previousHash);
    CatalogFiles.describe(m.putArray("files"), dir);
    ObjectNode inputs = m.putObject("inputs");
    ObjectNode alignments = inputs.putObject("alignments");
    ObjectNode relevance = inputs.putObject("relevance");
    TreeMap<String, String> subs = new TreeMap<>();
    catalog.credentials().forEach(c -> subs.put(c.submission(), c.submission()));
    for (String s : subs.keySet()) {
      Path a =
          SafeNames.existingChild(new WarehouseLayout(warehouse).alignments(), s)
              .resolve("alignments.jsonl");
      alignments.put(s, Sha256.file(a));
      Path r =
          SafeNames.existingChild(new WarehouseLayout(warehouse).relevance(), s)
              .resolve("relevance.json");
      relevance.put(s, Files.isRegularFile(r) ? Sha256.file(r) : null);
    }
    ObjectNode head = inputs.putObject("review_log");
    head.put("entries", log.entries().size());
    head.put("head", log.headHash());
    ObjectNode sig = m.putObject("signature");
    sig.put("algorithm", "Ed25519");
    sig.put("file", CatalogFiles.SIGNATURE);
    sig.put("public_key", CatalogFiles.PUBLIC_KEY);
    sig.put("public_key_sha256", Ed25519Keys.fingerprint(publicKey));
    return Jcs.bytes(Jcs.nfc(m));
  }

  private static void removeLeftovers(Path root) throws IOException {
    try (Stream<Path> s = Files.list(root)) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".staging-")).toList()) {
        AtomicFiles.deleteRecursively(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
