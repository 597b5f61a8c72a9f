package org.microcert.jobs.taxonomy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.microcert.pipelines.taxonomy.TaxonomyTables;
import org.microcert.taxonomy.InputRejectedException;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.io.AtomicFiles;
import org.microcert.taxonomy.io.WarehouseLayout;

/** Where imported ESCO releases live in the warehouse, and their manifests. */
public final class TaxonomyWarehouse {

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final WarehouseLayout layout;
  private final Path root;

  public TaxonomyWarehouse(Path warehouse) {
    this.layout = new WarehouseLayout(warehouse);
    this.root = layout.escoReleases();
  }

  /** {@code <warehouse>/taxonomy/esco/<version>/<lang>}. */
  public Path releaseDir(String version, String language) {
    return layout.escoRelease(version, language);
  }

  /** The Lucene competency index of a release. */
  public Path indexDir(String version, String language) {
    return layout.escoIndex(version, language);
  }

  /** The manifest of an imported release, if any. */
  public Optional<TaxonomyManifest> manifest(String version, String language) {
    return readManifest(releaseDir(version, language).resolve(TaxonomyManifest.FILE_NAME));
  }

  /** Every imported release, sorted by version then language. */
  public List<TaxonomyManifest> manifests() {
    List<TaxonomyManifest> out = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(root, 3)) {
      files
          .filter(p -> p.getFileName().toString().equals(TaxonomyManifest.FILE_NAME))
          .sorted()
          .forEach(p -> readManifest(p).ifPresent(out::add));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list imported releases in " + root, e);
    }
    return out;
  }

  /** The newest imported release in {@code language}: highest version, if any. */
  public Optional<TaxonomyManifest> latest(String language) {
    return manifests().stream()
        .filter(m -> m.language().equals(language))
        .max((a, b) -> WarehouseLayout.compareVersions(a.version(), b.version()));
  }

  /**
   * The release imported in {@code releaseDir} (a {@link #releaseDir} folder), read back from its
   * Parquet tables: what every step after the import reads, never the original CSV folder.
   */
  public static Taxonomy read(Path releaseDir) {
    TaxonomyManifest m =
        readManifest(releaseDir.resolve(TaxonomyManifest.FILE_NAME))
            .orElseThrow(
                () ->
                    new InputRejectedException(
                        "Cannot read the imported ESCO release "
                            + releaseDir
                            + ": no "
                            + TaxonomyManifest.FILE_NAME
                            + " (run 'microcert taxonomy import' first)"));
    return TaxonomyTables.read(releaseDir, m.version(), m.language());
  }

  static Optional<TaxonomyManifest> readManifest(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), TaxonomyManifest.class));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read manifest " + file, e);
    }
  }

  static void writeManifest(TaxonomyManifest m, Path file) {
    try {
      AtomicFiles.writeString(file, JSON.writeValueAsString(m) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write manifest " + file, e);
    }
  }
}
