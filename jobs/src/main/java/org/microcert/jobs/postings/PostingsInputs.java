package org.microcert.jobs.postings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.taxonomy.TaxonomyManifest;
import org.microcert.jobs.taxonomy.TaxonomyWarehouse;
import org.microcert.taxonomy.InputRejectedException;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.esco.EscoCsvLoader;
import org.microcert.taxonomy.io.ConfigFiles;

/**
 * Resolves the inputs the postings commands share: the imported ESCO release and the conf folder.
 * The steps after {@code taxonomy import} read the release's tables in the warehouse, never the CSV
 * folder it was imported from (which may have moved).
 */
public final class PostingsInputs {

  private PostingsInputs() {}

  /**
   * The folder of an imported release, {@code <warehouse>/taxonomy/esco/<version>/<lang>}: the one
   * named by {@code spec} ({@code VERSION/LANG}), else the newest English one.
   */
  public static Path releaseDir(String spec, MicrocertSettings settings) {
    TaxonomyWarehouse w = new TaxonomyWarehouse(settings.warehouse());
    TaxonomyManifest m;
    if (spec == null || spec.isBlank()) {
      m =
          w.latest("en")
              .orElseThrow(
                  () ->
                      new InputRejectedException(
                          "Cannot find an ESCO release: no English release imported in "
                              + settings.warehouse()
                              + " (run 'microcert taxonomy import' first)"));
    } else {
      String[] vl = spec.strip().split("/", 2);
      if (vl.length != 2 || vl[0].isBlank() || vl[1].isBlank()) {
        throw new InputRejectedException(
            "Cannot use --taxonomy " + spec + ": expected VERSION/LANG, e.g. v1.1.1/en");
      }
      m =
          w.manifest(vl[0], vl[1].toLowerCase(Locale.ROOT))
              .orElseThrow(
                  () ->
                      new InputRejectedException(
                          "Cannot find ESCO release "
                              + spec
                              + ": not imported in "
                              + settings.warehouse()
                              + " (see 'microcert taxonomy list')"));
    }
    return w.releaseDir(m.version(), m.language()).toAbsolutePath().normalize();
  }

  /** Reads an imported release back from its tables ({@link #releaseDir}). */
  public static Taxonomy loadRelease(Path releaseDir) {
    return TaxonomyWarehouse.read(releaseDir);
  }

  /** Loads the English ESCO release in a CSV release folder (the benchmarks' {@code --esco}). */
  public static Taxonomy loadCsv(Path escoDir) {
    if (!Files.isDirectory(escoDir)) {
      throw new InputRejectedException("Cannot read ESCO release " + escoDir + ": no such folder");
    }
    return new EscoCsvLoader().load(escoDir, null, "en").taxonomy();
  }

  /** The {@code conf/} folder holding {@code sources/} ({@link ConfigFiles}: here, else home). */
  public static Path confDir() {
    return ConfigFiles.standard().dirFor("sources");
  }
}
