package org.microcert.jobs.provenance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.microcert.jobs.catalog.Jcs;
import org.microcert.jobs.catalog.Sha256;
import org.microcert.jobs.taxonomy.TaxonomyManifest;
import org.microcert.jobs.taxonomy.TaxonomyWarehouse;
import org.microcert.pipelines.relevance.SafeNames;
import org.microcert.taxonomy.io.AtomicFiles;
import org.microcert.taxonomy.io.WarehouseLayout;

/**
 * Computes a submission's current {@link ReportDigest} from the warehouse, and keeps every digest
 * seen in {@code <warehouse>/review/reports.jsonl} so that a cited hash can be traced back to its
 * parts (that is how staleness says what changed).
 */
public final class ReportDigests {

  /** The history file, relative to the warehouse. */
  public static final String HISTORY = "review/reports.jsonl";

  private static final ObjectMapper JSON =
      new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private final Path warehouse;

  public ReportDigests(Path warehouse) {
    this.warehouse = warehouse;
  }

  /** The current digest of a submission, or empty if it has no alignment output. */
  public Optional<ReportDigest> current(String submission) {
    Path alignments;
    try {
      alignments =
          SafeNames.existingChild(new WarehouseLayout(warehouse).alignments(), submission)
              .resolve("alignments.jsonl");
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(alignments)) {
      return Optional.empty();
    }
    try {
      String relevance = null;
      Path rel =
          SafeNames.existingChild(new WarehouseLayout(warehouse).relevance(), submission)
              .resolve("relevance.json");
      if (Files.isRegularFile(rel)) {
        relevance = Sha256.file(rel);
      }
      String esco =
          new TaxonomyWarehouse(warehouse).latest("en").map(TaxonomyManifest::version).orElse(null);
      return Optional.of(ReportDigest.of(submission, Sha256.file(alignments), relevance, esco));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot hash the report inputs of " + submission, e);
    }
  }

  /** The current digest, recorded in the history. */
  public Optional<ReportDigest> currentRecorded(String submission) {
    Optional<ReportDigest> d = current(submission);
    d.ifPresent(this::record);
    return d;
  }

  /** Every digest recorded, by hash. */
  public Map<String, ReportDigest> history() {
    Map<String, ReportDigest> out = new LinkedHashMap<>();
    Path file = warehouse.resolve(HISTORY);
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          ReportDigest d = JSON.readValue(line, ReportDigest.class);
          out.put(d.hash(), d);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read report history " + file, e);
    }
    return out;
  }

  /** Adds a digest to the history if it is not there yet (atomic rewrite). */
  public void record(ReportDigest d) {
    Map<String, ReportDigest> all = history();
    if (all.containsKey(d.hash())) {
      return;
    }
    all.put(d.hash(), d);
    List<String> lines = new ArrayList<>();
    for (ReportDigest x : all.values()) {
      lines.add(Jcs.string(JSON.valueToTree(x)));
    }
    try {
      AtomicFiles.writeString(warehouse.resolve(HISTORY), String.join("\n", lines) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot record report hash in " + warehouse.resolve(HISTORY), e);
    }
  }
}
