package org.microcert.jobs.postings;

import java.nio.file.Path;
import java.util.Optional;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.taxonomy.TaxonomyManifest;
import org.microcert.jobs.taxonomy.TaxonomyWarehouse;
import org.microcert.taxonomy.Taxonomy;
import picocli.CommandLine.Option;

/**
 * The benchmarks' {@code --esco} option: an ESCO CSV release folder, read as it is; without it the
 * newest imported English release, read from its tables in the warehouse.
 */
public final class EscoReleaseOption {

  @Option(
      names = "--esco",
      paramLabel = "DIR",
      description =
          "ESCO CSV release folder (default: the newest imported English release, from the"
              + " warehouse).")
  Path esco;

  /** The release: {@code --esco DIR} read as CSV, else the imported tables. */
  public Taxonomy taxonomy(MicrocertSettings settings) {
    return esco != null
        ? PostingsInputs.loadCsv(esco.toAbsolutePath().normalize())
        : PostingsInputs.loadRelease(PostingsInputs.releaseDir(null, settings));
  }

  /**
   * The imported release that goes with it (for its competency index): the one imported from {@code
   * --esco DIR}, else the newest English one; null if none is imported.
   */
  public Path releaseDir(MicrocertSettings settings) {
    TaxonomyWarehouse w = new TaxonomyWarehouse(settings.warehouse());
    Optional<TaxonomyManifest> m =
        w.manifests().stream()
            .filter(x -> x.language().equals("en"))
            .filter(
                x ->
                    esco != null
                        && x.source() != null
                        && Path.of(x.source())
                            .toAbsolutePath()
                            .normalize()
                            .equals(esco.toAbsolutePath().normalize()))
            .reduce((a, b) -> b)
            .or(() -> w.latest("en"));
    return m.map(x -> w.releaseDir(x.version(), x.language())).orElse(null);
  }
}
