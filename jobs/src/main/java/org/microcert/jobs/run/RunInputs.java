package org.microcert.jobs.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.taxonomy.io.Digests;

/**
 * What a run was made from, so a report or catalog can be traced back: the SHA-256 of every input
 * file (or folder) a job parameter names, the ESCO release it names, and a digest of the effective
 * configuration. Written to {@code <warehouse>/runs/<execution-id>.json} (temp then rename).
 *
 * @param files SHA-256 by parameter name, for parameters naming an existing file or folder
 * @param escoRelease the ESCO release a parameter names ({@code escoVersion}, {@code version} or
 *     {@code taxonomy}); empty when none does
 * @param configurationSha256 SHA-256 of the effective settings
 */
public record RunInputs(Map<String, String> files, String escoRelease, String configurationSha256) {

  /** Parameters that name where a job writes, not what it reads. */
  private static final Set<String> OUTPUTS = Set.of("warehouse", "output");

  private static final List<String> RELEASE_KEYS = List.of("escoVersion", "version", "taxonomy");

  public RunInputs {
    files = Map.copyOf(files);
  }

  /** The inputs named by {@code parameters} (name to value) under {@code settings}. */
  public static RunInputs of(Map<String, String> parameters, MicrocertSettings settings) {
    Map<String, String> files = new TreeMap<>();
    for (Map.Entry<String, String> p : new TreeMap<>(parameters).entrySet()) {
      if (OUTPUTS.contains(p.getKey()) || p.getValue() == null || p.getValue().isBlank()) {
        continue;
      }
      Path path = pathOrNull(p.getValue());
      if (path != null && Files.isRegularFile(path)) {
        files.put(p.getKey(), fileSha256(path));
      } else if (path != null && Files.isDirectory(path)) {
        files.put(p.getKey(), folderSha256(path));
      }
    }
    String release = "";
    for (String key : RELEASE_KEYS) {
      String v = parameters.get(key);
      if (v != null && !v.isBlank()) {
        release = v;
        break;
      }
    }
    return new RunInputs(files, release, sha256(settings.toString()));
  }

  /** Where the inputs of execution {@code id} are recorded. */
  public static Path file(Path warehouse, long id) {
    return warehouse.resolve("runs").resolve(id + ".json");
  }

  /** Writes these inputs for execution {@code id} atomically (temp then rename). */
  public void write(Path warehouse, long id) {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put("execution", id);
    ObjectNode f = root.putObject("files");
    files.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> f.put(e.getKey(), e.getValue()));
    root.put("escoRelease", escoRelease);
    root.put("configurationSha256", configurationSha256);
    Path target = file(warehouse, id);
    try {
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), "." + id + ".", ".tmp");
      Files.writeString(tmp, json.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write run inputs " + target + ": " + e.getMessage(), e);
    }
  }

  private static Path pathOrNull(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static String fileSha256(Path file) {
    try {
      return Digests.sha256OfFile(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read input " + file + ": " + e.getMessage(), e);
    }
  }

  /** SHA-256 over each regular file's relative path and SHA-256, in path order. */
  private static String folderSha256(Path dir) {
    StringBuilder listing = new StringBuilder();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        listing.append(rel).append('\t').append(fileSha256(p)).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read input folder " + dir + ": " + e.getMessage(), e);
    }
    return sha256(listing.toString());
  }

  private static String sha256(String text) {
    return Digests.sha256Hex(text);
  }
}
