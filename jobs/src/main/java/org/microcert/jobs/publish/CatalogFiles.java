package org.microcert.jobs.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.microcert.jobs.catalog.Sha256;
import org.microcert.taxonomy.io.WarehouseLayout;

/** The names of a published catalog folder and its files. */
final class CatalogFiles {

  static final String MANIFEST = "manifest.json";
  static final String SIGNATURE = "manifest.sig";
  static final String PUBLIC_KEY = "public-key.pem";
  static final String CHANGES_MD = "CHANGES.md";
  static final String CHANGES_JSON = "changes.json";
  static final String LATEST = "latest";

  private CatalogFiles() {}

  /** {@code <warehouse>/catalog}. */
  static Path root(Path warehouse) {
    return new WarehouseLayout(warehouse).catalog();
  }

  /**
   * A folder named on the command line: an existing folder, else a version in {@code
   * <warehouse>/catalog/} ({@code latest}: the version the pointer names).
   */
  static Path resolve(Path warehouse, String where) throws IOException {
    Path dir = Path.of(where);
    if (Files.isDirectory(dir)) {
      return dir;
    }
    String version = where;
    if (where.equals(LATEST)) {
      Path p = root(warehouse).resolve(LATEST);
      version = Files.isRegularFile(p) ? Files.readString(p).strip() : where;
    }
    return root(warehouse).resolve(version);
  }

  /** Every regular file under {@code dir}, as {@code /}-separated relative paths, sorted. */
  static List<String> list(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .forEach(out::add);
    }
    return out;
  }

  /** Adds {@code {path, size, sha256}} for every file of {@link #list(Path)} to {@code files}. */
  static void describe(ArrayNode files, Path dir) throws IOException {
    for (String f : list(dir)) {
      Path p = dir.resolve(f);
      ObjectNode e = files.addObject();
      e.put("path", f);
      e.put("size", Files.size(p));
      e.put("sha256", Sha256.file(p));
    }
  }
}
