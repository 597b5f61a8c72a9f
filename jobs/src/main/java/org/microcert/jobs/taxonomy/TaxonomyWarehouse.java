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
import org.microcert.taxonomy.io.AtomicFiles;

/** Where imported ESCO releases live in the warehouse, and their manifests. */
public final class TaxonomyWarehouse {

  static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path root;

  public TaxonomyWarehouse(Path warehouse) {
    this.root = warehouse.resolve("taxonomy").resolve("esco");
  }

  /** {@code <warehouse>/taxonomy/esco/<version>/<lang>}. */
  public Path releaseDir(String version, String language) {
    return root.resolve(version).resolve(language);
  }

  /** The Lucene competency index of a release. */
  public Path indexDir(String version, String language) {
    return releaseDir(version, language).resolve("index");
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
        .max((a, b) -> VersionOrder.compare(a.version(), b.version()));
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

  /** Orders versions like {@code v1.1.0 < v1.1.1 < v1.2.0} (numeric parts compared as numbers). */
  static final class VersionOrder {
    private VersionOrder() {}

    static int compare(String a, String b) {
      String[] x = a.replaceFirst("^v", "").split("[.\\-]");
      String[] y = b.replaceFirst("^v", "").split("[.\\-]");
      for (int i = 0; i < Math.max(x.length, y.length); i++) {
        String p = i < x.length ? x[i] : "0";
        String q = i < y.length ? y[i] : "0";
        int c =
            p.matches("\\d+") && q.matches("\\d+")
                ? Long.compare(Long.parseLong(p), Long.parseLong(q))
                : p.compareTo(q);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    }
  }
}
