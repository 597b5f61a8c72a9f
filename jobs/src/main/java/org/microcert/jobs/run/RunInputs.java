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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.microcert.jobs.config.MicrocertSettings;
import org.microcert.taxonomy.io.Digests;
import org.microcert.taxonomy.io.FileDigests;

/**
 * What a run was made from, so a report or catalog can be traced back: the SHA-256 of every input
 * file (or folder) a job parameter names, the ESCO release it used, and a digest of the effective
 * configuration. Written to {@code <warehouse>/runs/<execution-id>.json} (temp then rename). File
 * digests come from the run's memo ({@link FileDigests}): a file is read once per run.
 *
 * @param files SHA-256 by parameter name, for parameters naming an existing file or folder
 * @param escoRelease the ESCO release the run used, or {@code null} when the warehouse has none and
 *     no parameter names one
 * @param configurationSha256 SHA-256 of the canonical settings ({@link
 *     MicrocertSettings#canonical()})
 */
public record RunInputs(
    Map<String, String> files, EscoReleaseUsed escoRelease, String configurationSha256) {

  /**
   * Parameters not hashed as input files: where a job writes, and {@code release} (an imported
   * release inside the warehouse, recorded as {@link #escoRelease} by its manifest's digest).
   */
  private static final Set<String> OUTPUTS = Set.of("warehouse", "output", "release");

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
        files.put(p.getKey(), FileDigests.sha256(path));
      } else if (path != null && Files.isDirectory(path)) {
        files.put(p.getKey(), folderSha256(path));
      }
    }
    EscoReleaseUsed release =
        EscoReleaseUsed.resolve(parameters, settings.warehouse()).orElse(null);
    return new RunInputs(files, release, Digests.sha256Hex(settings.canonical()));
  }

  /** The same inputs with the release the job itself said it used. */
  public RunInputs withEscoRelease(EscoReleaseUsed release) {
    return new RunInputs(files, release, configurationSha256);
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
    if (escoRelease == null) {
      root.putNull("escoRelease");
    } else {
      ObjectNode r = root.putObject("escoRelease");
      r.put("version", escoRelease.version());
      r.put("lang", escoRelease.lang());
      r.put("manifestSha256", escoRelease.manifestSha256());
      r.put("from", escoRelease.from());
    }
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

  /** SHA-256 over each regular file's relative path and SHA-256, in path order. */
  private static String folderSha256(Path dir) {
    StringBuilder listing = new StringBuilder();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        listing.append(rel).append('\t').append(FileDigests.sha256(p)).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read input folder " + dir + ": " + e.getMessage(), e);
    }
    return Digests.sha256Hex(listing.toString());
  }
}
