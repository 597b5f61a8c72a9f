package org.microcert.jobs.bench;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.microcert.taxonomy.InputRejectedException;
import org.microcert.taxonomy.eval.GoldItem;
import org.microcert.taxonomy.eval.GoldSet;
import picocli.CommandLine.Option;

/** The {@code --gold}, {@code --limit} and {@code --seed} options of the quality benchmarks. */
final class GoldFileOption {

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "FILE",
      description = "Gold TSV (text<TAB>gold_uris, URIs joined by |), as in ../shared/eval/dev/.")
  Path gold;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "0",
      description = "A fixed-seed sample of N texts (0: all; default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "42",
      description = "Sample seed (default: ${DEFAULT-VALUE}).")
  long seed;

  /** The gold rows (sampled); a malformed file is rejected input. */
  List<GoldItem> items() {
    try {
      return GoldSet.sample(GoldSet.read(gold), limit, seed);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new InputRejectedException(e.getMessage(), e);
    }
  }
}
