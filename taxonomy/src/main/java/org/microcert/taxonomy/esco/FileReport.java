package org.microcert.taxonomy.esco;

import java.util.Objects;

/**
 * What happened to one file of a release. {@code rowsIn == accepted + rejected} always holds.
 *
 * @param fileName the file name inside the release folder
 * @param kind which ESCO file it is
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 * @param bytes file size
 * @param rowsIn data records read (header and blank lines excluded)
 * @param accepted records imported
 * @param rejected records sent to the rejects
 */
public record FileReport(
    String fileName,
    EscoFile kind,
    String sha256,
    long bytes,
    long rowsIn,
    long accepted,
    long rejected) {

  public FileReport {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sha256, "sha256");
    if (rowsIn != accepted + rejected) {
      throw new IllegalArgumentException(
          "Cannot report on "
              + fileName
              + ": rowsIn "
              + rowsIn
              + " != accepted "
              + accepted
              + " + rejected "
              + rejected);
    }
  }
}
