package org.microcert.pipelines.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.esco.EscoCsvLoader;

/** Reads the shared benchmark inputs: the real postings and the ESCO release. */
public final class BenchData {

  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchData() {}

  /** Every JSON object of a JSONL file (plain or gzip). */
  public static List<JsonNode> readJsonLines(Path file) {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                file.toString().endsWith(".gz")
                    ? new GZIPInputStream(Files.newInputStream(file))
                    : Files.newInputStream(file),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** The {@code text} of every posting in a JSONL file. */
  public static List<String> texts(Path file) {
    return readJsonLines(file).stream().map(n -> n.path("text").asText("")).toList();
  }

  /** The ESCO release in a folder (English, version from the folder). */
  public static Taxonomy esco(Path dir) {
    return new EscoCsvLoader().load(dir, null, "en").taxonomy();
  }
}
