package org.microcert.jobs.postings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The competency index of an imported release, where the title coder and sentence skills look. */
final class ReleaseIndex {

  private ReleaseIndex() {}

  /**
   * {@code <releaseDir>/index} if it is a folder; empty without a release ({@code releaseDir} null)
   * or an index.
   */
  static Optional<Path> of(Path releaseDir) {
    Path index = releaseDir == null ? null : releaseDir.resolve("index");
    return index != null && Files.isDirectory(index) ? Optional.of(index) : Optional.empty();
  }
}
