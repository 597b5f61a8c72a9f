package org.microcert.jobs.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A warehouse's outputs as path -> digest, for comparing a recovered run with a clean one. Left
 * out: the job repository and lock, Lucene index files (their segment ids are random: alignments
 * built on the index are compared instead), crc side files; timestamps are removed from manifests.
 */
final class OutputTrees {

  private OutputTrees() {}

  static Map<String, String> digest(Path root, String... under) throws IOException {
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
          if (rel.contains("/index/") || rel.contains("/dense/") || name.endsWith(".crc")) {
            continue;
          }
          out.put(rel, sha256(content(f)));
        }
      }
    }
    return out;
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
