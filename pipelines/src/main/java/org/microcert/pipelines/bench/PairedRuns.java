package org.microcert.pipelines.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.microcert.taxonomy.eval.PairedBootstrap;

/**
 * Judges a change from saved {@code --details} outputs of {@code bench extract-esco} or {@code
 * bench titles}: the per-text {@code "counts":[…]} of a baseline run and of the changed run of each
 * gold file, paired by position, go through {@link PairedBootstrap} (micro F1 for extraction's
 * three counts, accuracy for coding's two).
 */
public final class PairedRuns {

  private static final Pattern COUNTS = Pattern.compile("\"counts\":\\[([0-9, ]+)\\]\\}$");

  private PairedRuns() {}

  /** The per-text count vectors of a saved {@code --details} output, in order. */
  public static long[][] readCounts(Path file) {
    List<long[]> out = new ArrayList<>();
    try {
      int no = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        no++;
        Matcher m = COUNTS.matcher(line);
        if (!line.startsWith("{\"line\":") || !m.find()) {
          continue;
        }
        String[] parts = m.group(1).split(",");
        long[] c = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
          c[i] = Long.parseLong(parts[i].strip());
        }
        if (!out.isEmpty() && out.get(0).length != c.length) {
          throw new IllegalArgumentException(
              "Cannot read counts in "
                  + file
                  + ":"
                  + no
                  + ": "
                  + c.length
                  + " counts, expected "
                  + out.get(0).length);
        }
        out.add(c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(
          "Cannot read counts in " + file + ": no per-text lines (run the bench with --details)");
    }
    return out.toArray(long[][]::new);
  }

  /** Compares {@code after[i]} against {@code before[i]} for every i and prints the result. */
  public static PairedBootstrap.Result compare(
      List<Path> before, List<Path> after, int rounds, long seed, PrintStream out) {
    if (before.size() != after.size() || before.isEmpty()) {
      throw new IllegalArgumentException(
          "Cannot pair runs: " + before.size() + " baseline files against " + after.size());
    }
    List<PairedBootstrap.Pairs> pairs = new ArrayList<>();
    int width = -1;
    for (int i = 0; i < before.size(); i++) {
      long[][] a = readCounts(before.get(i));
      long[][] b = readCounts(after.get(i));
      if (width >= 0 && a[0].length != width) {
        throw new IllegalArgumentException(
            "Cannot pair runs: " + before.get(i) + " is not the same kind of run as the others");
      }
      width = a[0].length;
      pairs.add(new PairedBootstrap.Pairs(before.get(i).getFileName().toString(), a, b));
    }
    PairedBootstrap.Result r =
        PairedBootstrap.compare(
            pairs, width == 3 ? PairedBootstrap::microF1 : PairedBootstrap::accuracy, rounds, seed);
    String metric = width == 3 ? "micro F1" : "accuracy";
    for (int i = 0; i < pairs.size(); i++) {
      out.printf(
          Locale.ROOT,
          "%s: %s %+.4f (%s vs %s)%n",
          pairs.get(i).name(),
          metric,
          r.perFile()[i],
          after.get(i),
          before.get(i));
    }
    out.println(r.json());
    return r;
  }
}
