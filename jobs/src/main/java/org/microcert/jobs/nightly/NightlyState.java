package org.microcert.jobs.nightly;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.microcert.taxonomy.io.AtomicFiles;

/**
 * The watermarks of the nightly stages, in {@code <warehouse>/nightly/state.json}: what each stage
 * last processed (input keys), written atomically after each stage's work.
 */
final class NightlyState {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;
  private final Map<String, String> values;

  private NightlyState(Path file, Map<String, String> values) {
    this.file = file;
    this.values = values;
  }

  static NightlyState load(Path warehouse) {
    Path file = warehouse.resolve("nightly").resolve("state.json");
    if (!Files.exists(file)) {
      return new NightlyState(file, new TreeMap<>());
    }
    try {
      Map<String, String> m = JSON.readValue(file.toFile(), new TypeReference<>() {});
      return new NightlyState(file, new TreeMap<>(m));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read nightly state " + file + ": " + e.getMessage(), e);
    }
  }

  String get(String key) {
    return values.getOrDefault(key, "");
  }

  /** The entries whose key starts with {@code prefix}, sorted by key. */
  Map<String, String> entries(String prefix) {
    Map<String, String> m = new TreeMap<>();
    values.forEach(
        (k, v) -> {
          if (k.startsWith(prefix)) {
            m.put(k, v);
          }
        });
    return m;
  }

  void put(String key, String value) {
    values.put(key, value);
  }

  void save() {
    try {
      AtomicFiles.writeString(file, JSON.writeValueAsString(values) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write nightly state " + file + ": " + e.getMessage(), e);
    }
  }
}
