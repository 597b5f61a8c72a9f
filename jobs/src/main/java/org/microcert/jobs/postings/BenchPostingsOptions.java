package org.microcert.jobs.postings;

import java.nio.file.Path;
import org.microcert.jobs.config.MicrocertSettings;
import picocli.CommandLine.Option;

/** The postings benchmarks' shared options: the real postings to resample and the ESCO release. */
final class BenchPostingsOptions {

  @Option(
      names = "--input",
      paramLabel = "FILE",
      defaultValue = "${sys:microcert.home:-.}/../shared/data/postings/postings_all.jsonl.gz",
      description = "Real postings JSONL(.gz) (default: ${DEFAULT-VALUE}).")
  Path input;

  @Option(names = "--esco", paramLabel = "DIR", description = "ESCO CSV release folder (default: the last imported English one).")
  Path esco;

  /** The ESCO CSV folder: {@code --esco}, else the last imported English release's source. */
  Path escoDir(MicrocertSettings settings) {
    return PostingsInputs.escoDir(esco, settings);
  }
}
