package org.microcert.jobs.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.microcert.pipelines.spark.SparkSessions;

/**
 * A warehouse's outputs as path -> digest, for comparing a recovered run with a clean one. Left
 * out: the job repository and lock, Lucene index files (their segment ids are random: alignments
 * built on the index are compared instead), crc side files; timestamps are removed from JSON files;
 * Parquet is compared as its sorted rows per folder (Parquet bytes differ from run to run: the rows
 * a task writes and their order within a part depend on scheduling).
 */
public final class OutputTrees {

  private OutputTrees() {}

  public static Map<String, String> digest(Path root, String... under) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (String u : under) {
      Path dir = root.resolve(u);
      if (!Files.exists(dir)) {
        continue;
      }
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path f : s.filter(Files::isRegularFile).toList()) {
          String rel = root.relativize(f).toString();
          String name = f.getFileName().toString();
          if (rel.contains("/index/")
              || rel.contains("/dense/")
              || name.endsWith(".crc")
              || name.equals("_SUCCESS")) {
            continue;
          }
          if (name.endsWith(".parquet")) {
            String folder = root.relativize(f.getParent()).toString() + "/*.parquet";
            out.computeIfAbsent(folder, k -> sortedRowsDigest(f.getParent()));
            continue;
          }
          // Other Spark part files carry a random id: compare them by number and content.
          rel = rel.replaceAll("part-(\\d+)-[0-9a-f-]{36}", "part-$1");
          out.merge(rel, sha256(content(f)), (a, b) -> a.compareTo(b) < 0 ? a + b : b + a);
        }
      }
    }
    return out;
  }

  /** SHA-256 over the folder's Parquet rows, as text, sorted. */
  private static String sortedRowsDigest(Path folder) {
    List<String> rows = new ArrayList<>();
    for (Row r : SparkSessions.local().read().parquet(folder.toString()).collectAsList()) {
      rows.add(r.toString());
    }
    Collections.sort(rows);
    return sha256(String.join("\n", rows).getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] content(Path f) throws IOException {
    byte[] b = Files.readAllBytes(f);
    String name = f.getFileName().toString();
    if (name.endsWith(".json")) {
      String text = new String(b, StandardCharsets.UTF_8);
      text = text.replaceAll("\"(imported_at|created_at|generated_at)\"\\s*:\\s*\"[^\"]*\"", "");
      return text.getBytes(StandardCharsets.UTF_8);
    }
    return b;
  }

  private static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
