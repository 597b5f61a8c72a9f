package org.microcert.taxonomy.testing;

import java.nio.file.Path;
import org.microcert.taxonomy.esco.EscoCsvLoader;
import org.microcert.taxonomy.index.CompetencyIndex;
import org.microcert.taxonomy.index.CompetencyIndexWriter;

/** The competency index of the shipped ESCO sample ({@code data-samples/esco}), for tests. */
public final class SampleIndex {

  private SampleIndex() {}

  /** The shipped ESCO sample folder ({@code -Dmicrocert.samples} or {@code ../data-samples}). */
  public static Path escoSample() {
    return Path.of(System.getProperty("microcert.samples", "../data-samples"), "esco");
  }

  /** Writes the sample's competency index into {@code dir}/index and opens it. */
  public static CompetencyIndex open(Path dir) {
    Path index = dir.resolve("index");
    CompetencyIndexWriter.write(
        new EscoCsvLoader().load(escoSample(), null, "en").taxonomy(), index);
    return CompetencyIndex.open(index);
  }
}
