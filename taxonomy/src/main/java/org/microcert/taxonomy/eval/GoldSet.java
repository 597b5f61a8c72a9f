package org.microcert.taxonomy.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Reads a gold TSV ({@code text<TAB>gold_uris}, URIs joined by {@code |}, one header line). */
public final class GoldSet {

  private GoldSet() {}

  /**
   * Every row of {@code file}.
   *
   * @throws IllegalArgumentException naming file:line:column for a malformed row
   */
  public static List<GoldItem> read(Path file) {
    List<GoldItem> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null || !header.startsWith("text\tgold_uris")) {
        throw new IllegalArgumentException(
            "Cannot read gold file " + file + ":1:1: header must be 'text<TAB>gold_uris'");
      }
      String line;
      int no = 1;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank()) {
          continue;
        }
        int tab = line.lastIndexOf('\t');
        if (tab < 0) {
          throw new IllegalArgumentException(
              "Cannot read gold file " + file + ":" + no + ":1: no tab between text and gold_uris");
        }
        Set<String> gold = new LinkedHashSet<>();
        for (String u : line.substring(tab + 1).split("\\|")) {
          if (!u.isBlank()) {
            gold.add(u.trim());
          }
        }
        if (gold.isEmpty()) {
          throw new IllegalArgumentException(
              "Cannot read gold file " + file + ":" + no + ":" + (tab + 2) + ": empty gold_uris");
        }
        out.add(new GoldItem(no, line.substring(0, tab), new ArrayList<>(gold)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read gold file " + file + ": " + e.getMessage(), e);
    }
    return out;
  }

  /**
   * A fixed-seed sample of {@code limit} items (all when limit is 0 or at least the size), in file
   * order.
   */
  public static List<GoldItem> sample(List<GoldItem> items, int limit, long seed) {
    if (limit <= 0 || limit >= items.size()) {
      return items;
    }
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      idx.add(i);
    }
    Collections.shuffle(idx, new Random(seed));
    List<Integer> chosen = new ArrayList<>(idx.subList(0, limit));
    chosen.sort(null);
    List<GoldItem> out = new ArrayList<>(limit);
    for (int i : chosen) {
      out.add(items.get(i));
    }
    return out;
  }
}
