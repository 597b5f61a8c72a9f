package org.microcert.jobs.bench;

import java.nio.file.Path;
import org.microcert.jobs.postings.EscoReleaseOption;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The postings benchmarks' shared options: the real postings to resample and the ESCO release. */
final class BenchPostingsOptions {

  @Option(
      names = "--input",
      paramLabel = "FILE",
      defaultValue = "${sys:microcert.home:-.}/../shared/data/postings/postings_all.jsonl.gz",
      description = "Real postings JSONL(.gz) (default: ${DEFAULT-VALUE}).")
  Path input;

  @Mixin EscoReleaseOption esco;
}
