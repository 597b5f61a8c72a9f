package org.microcert.jobs.postings;

import java.nio.file.Path;
import org.microcert.jobs.config.MicrocertSettings;
import picocli.CommandLine.Option;

/** The {@code --taxonomy} option of the commands that read an imported ESCO release. */
public final class ImportedReleaseOption {

  @Option(
      names = "--taxonomy",
      paramLabel = "VERSION/LANG",
      description = "Imported ESCO release, e.g. v1.1.1/en (default: the newest English one).")
  String spec;

  /** The release's folder in the warehouse. */
  public Path dir(MicrocertSettings settings) {
    return PostingsInputs.releaseDir(spec, settings);
  }
}
