package org.microcert.taxonomy.esco;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.io.Reject;

/**
 * The outcome of loading one release folder.
 *
 * @param taxonomy what was imported
 * @param files one report per file read, in file-name order
 * @param rejects every row not imported, in file then line order
 * @param warnings non-fatal remarks: missing optional files, dangling references, how the version
 *     was detected
 * @param missingFiles expected file names that the folder lacks (e.g. {@code skills_fr.csv})
 */
public record EscoLoadResult(
    Taxonomy taxonomy,
    List<FileReport> files,
    List<Reject> rejects,
    List<String> warnings,
    List<String> missingFiles) {

  public EscoLoadResult {
    Objects.requireNonNull(taxonomy, "taxonomy");
    files = List.copyOf(files);
    rejects = List.copyOf(rejects);
    warnings = List.copyOf(warnings);
    missingFiles = List.copyOf(missingFiles);
  }

  /** Rows read over all files. */
  public long rowsIn() {
    return files.stream().mapToLong(FileReport::rowsIn).sum();
  }

  /** Rows imported over all files. */
  public long accepted() {
    return files.stream().mapToLong(FileReport::accepted).sum();
  }

  /** The report for a file kind, if that file was read. */
  public Optional<FileReport> file(EscoFile kind) {
    return files.stream().filter(f -> f.kind() == kind).findFirst();
  }
}
