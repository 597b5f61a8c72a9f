package org.microcert.jobs.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.microcert.jobs.taxonomy.TaxonomyWarehouse;
import org.microcert.pipelines.taxonomy.TaxonomyTables;
import org.microcert.taxonomy.diff.ChangeKind;
import org.microcert.taxonomy.diff.ConceptChange;
import org.microcert.taxonomy.diff.DiffResult;
import org.microcert.taxonomy.diff.FieldChange;
import org.microcert.taxonomy.diff.TaxonomyDiff;

/**
 * Which approved concepts a newer ESCO release changed or removed ({@link TaxonomyDiff} between the
 * release an approval is pinned to and the current one): those approvals need review again and are
 * not carried into the next catalog.
 */
final class EscoUpgrade {

  /**
   * What happened to a concept.
   *
   * @param change {@code removed} or {@code changed}
   * @param fields the changed fields
   * @param label its label in the pinned release
   */
  record Change(String change, List<String> fields, String label) {}

  /** Source of diffs between two releases. */
  interface Diffs {
    /** The diff, or empty if one of the releases is not available. */
    Optional<DiffResult> between(String from, String to);
  }

  private final Diffs diffs;
  private final Map<String, Optional<DiffResult>> cache = new HashMap<>();

  EscoUpgrade(Diffs diffs) {
    this.diffs = diffs;
  }

  /** Diffs read from the releases imported in a warehouse (English). */
  static EscoUpgrade of(Path warehouse) {
    TaxonomyWarehouse wh = new TaxonomyWarehouse(warehouse);
    return new EscoUpgrade(
        (from, to) -> {
          Path a = wh.releaseDir(from, "en");
          Path b = wh.releaseDir(to, "en");
          if (!Files.isDirectory(a) || !Files.isDirectory(b)) {
            return Optional.empty();
          }
          return Optional.of(
              TaxonomyDiff.compare(
                  TaxonomyTables.read(a, from, "en"), TaxonomyTables.read(b, to, "en")));
        });
  }

  /**
   * The change to {@code uri} between the pinned and the current release, if any (and a
   * "removed"-like change when the pinned release is no longer imported).
   */
  Optional<Change> change(String uri, String pinned, String current) {
    if (pinned == null || current == null || pinned.equals(current)) {
      return Optional.empty();
    }
    Optional<DiffResult> d =
        cache.computeIfAbsent(pinned + "\n" + current, k -> diffs.between(pinned, current));
    if (d.isEmpty()) {
      return Optional.of(new Change("pinned release not imported", List.of(), null));
    }
    for (ConceptChange c : d.get().changes()) {
      if (c.conceptUri().equals(uri) && ConceptChange.SKILL.equals(c.conceptType())) {
        if (c.change() == ChangeKind.REMOVED) {
          return Optional.of(new Change("removed", List.of(), c.preferredLabel()));
        }
        if (c.change() == ChangeKind.CHANGED) {
          return Optional.of(
              new Change(
                  "changed",
                  c.fields().stream().map(FieldChange::field).toList(),
                  c.preferredLabel()));
        }
      }
    }
    return Optional.empty();
  }
}
