package org.microcert.taxonomy.esco;

import java.nio.file.Path;
import org.microcert.taxonomy.InputRejectedException;

/**
 * A fatal problem with an ESCO release folder: nothing is imported.
 *
 * <p>Unchecked so that it can cross lambdas and batch steps; the CLI maps it to exit code 3. The
 * message always reads {@code Cannot import ESCO release <dir>: <why>} and names the file (and the
 * column or line) at fault.
 */
public final class EscoReleaseException extends InputRejectedException {

  private static final long serialVersionUID = 1L;

  private final transient Path releaseDir;

  EscoReleaseException(Path releaseDir, String why) {
    super("Cannot import ESCO release " + releaseDir + ": " + why);
    this.releaseDir = releaseDir;
  }

  EscoReleaseException(Path releaseDir, String why, Throwable cause) {
    super("Cannot import ESCO release " + releaseDir + ": " + why, cause);
    this.releaseDir = releaseDir;
  }

  /** The release folder that could not be imported. */
  public Path releaseDir() {
    return releaseDir;
  }
}
