package org.microcert.jobs.postings;

import java.nio.file.Files;
import java.nio.file.Path;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.jobs.taxonomy.TaxonomyManifest;
import org.microcert.jobs.taxonomy.TaxonomyWarehouse;
import org.microcert.taxonomy.InputRejectedException;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.esco.EscoCsvLoader;
import org.microcert.taxonomy.io.ConfigFiles;

/** Resolves the inputs the postings commands share: the ESCO release and the conf folder. */
public final class PostingsInputs {

  private PostingsInputs() {}

  /** The ESCO CSV folder: the option, else the source of the newest English import. */
  public static Path escoDir(Path option, MicrocertSettings settings) {
    if (option != null) {
      return option.toAbsolutePath().normalize();
    }
    return new TaxonomyWarehouse(settings.warehouse())
        .latest("en")
        .map(TaxonomyManifest::source)
        .map(Path::of)
        .orElseThrow(
            () ->
                new InputRejectedException(
                    "Cannot find an ESCO release: pass --esco DIR or run 'taxonomy import' first"));
  }

  /** Loads the English ESCO release in a folder. */
  public static Taxonomy load(Path escoDir) {
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
