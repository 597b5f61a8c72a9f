package org.microcert.jobs.taxonomy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * What an import wrote: the release, its input files with checksums and row counts, the table and
 * index counts, and the import's warnings. Stored as {@code manifest.json} beside the tables.
 */
public record TaxonomyManifest(
    @JsonProperty("version") String version,
    @JsonProperty("language") String language,
    @JsonProperty("source") String source,
    @JsonProperty("imported_at") String importedAt,
    @JsonProperty("files") List<FileEntry> files,
    @JsonProperty("rows_in") long rowsIn,
    @JsonProperty("rows_accepted") long rowsAccepted,
    @JsonProperty("rows_rejected") long rowsRejected,
    @JsonProperty("tables") Map<String, Long> tables,
    @JsonProperty("index_documents") long indexDocuments,
    @JsonProperty("missing_files") List<String> missingFiles,
    @JsonProperty("warnings") List<String> warnings) {

  static final String FILE_NAME = "manifest.json";

  /** One input file: name, kind, SHA-256 and its row counts (in = accepted + rejected). */
  public record FileEntry(
      @JsonProperty("name") String name,
      @JsonProperty("kind") String kind,
      @JsonProperty("sha256") String sha256,
      @JsonProperty("bytes") long bytes,
      @JsonProperty("rows_in") long rowsIn,
      @JsonProperty("accepted") long accepted,
      @JsonProperty("rejected") long rejected) {}

  /** True if both manifests were made from byte-identical input files. */
  public boolean sameInputs(List<FileEntry> other) {
    return files.stream()
        .map(f -> f.name() + "=" + f.sha256())
        .sorted()
        .toList()
        .equals(other.stream().map(f -> f.name() + "=" + f.sha256()).sorted().toList());
  }
}
