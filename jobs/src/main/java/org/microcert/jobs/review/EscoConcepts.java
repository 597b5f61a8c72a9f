package org.microcert.jobs.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.microcert.jobs.taxonomy.TaxonomyManifest;
import org.microcert.jobs.taxonomy.TaxonomyWarehouse;
import org.microcert.taxonomy.index.CompetencyFields;
import org.microcert.taxonomy.index.CompetencyIndex;
import org.microcert.taxonomy.index.IndexedConcept;

/** The ESCO concepts of the newest imported English release (its competency index), opened once. */
public final class EscoConcepts implements AutoCloseable {

  private final Path warehouse;
  private String release;
  private CompetencyIndex index;

  public EscoConcepts(Path warehouse) {
    this.warehouse = warehouse;
  }

  /** The release version, or {@code "(none imported)"}. */
  public String release() {
    open();
    return release;
  }

  /** The concept with this URI, if it is in the release. */
  public Optional<IndexedConcept> concept(String uri) {
    open();
    return index == null ? Optional.empty() : Optional.ofNullable(index.concept(uri));
  }

  /** Whether {@code uri} is a skill (or knowledge) concept of the release. */
  public boolean isSkill(String uri) {
    return concept(uri).map(c -> CompetencyFields.TYPE_SKILL.equals(c.type())).orElse(false);
  }

  private void open() {
    if (release != null) {
      return;
    }
    TaxonomyWarehouse wh = new TaxonomyWarehouse(warehouse);
    Optional<TaxonomyManifest> m = wh.latest("en");
    if (m.isEmpty()) {
      release = "(none imported)";
      return;
    }
    release = m.get().version();
    index = CompetencyIndex.open(wh.indexDir(release, "en"));
  }

  /** Closes the index. */
  @Override
  public void close() {
    if (index != null) {
      try {
        index.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
