package org.microcert.jobs.postings;

import java.nio.file.Path;
import org.microcert.jobs.config.MicrocertSettings;
import picocli.CommandLine.Option;

/** The {@code --esco} option of the commands that read an ESCO CSV release. */
public final class EscoReleaseOption {

  @Option(
      names = "--esco",
      paramLabel = "DIR",
      description = "ESCO CSV release folder (default: the last imported English one).")
  Path esco;

  /** The ESCO CSV folder: {@code --esco}, else the last imported English release's source. */
  public Path dir(MicrocertSettings settings) {
    return PostingsInputs.escoDir(esco, settings);
  }
}
