package org.microcert.jobs.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.microcert.taxonomy.io.FileDigests;
import org.microcert.taxonomy.io.WarehouseLayout;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The ESCO release a run used: version, language and the SHA-256 of the imported release's {@code
 * manifest.json} (empty when that release is not imported), and how it was found.
 *
 * @param version ESCO version, e.g. {@code v1.1.1}
 * @param lang language code
 * @param manifestSha256 SHA-256 of {@code taxonomy/esco/<version>/<lang>/manifest.json}, or empty
 * @param from {@code job} (the job said which release it imported or read), {@code parameters}
 *     (named by a job parameter) or {@code latest} (the newest English release imported when the
 *     run started, what commands use by default)
 */
public record EscoReleaseUsed(String version, String lang, String manifestSha256, String from) {

  /** Job execution context key of the version a job declares ({@link #declare}). */
  public static final String VERSION_KEY = "microcert.esco.version";

  /** Job execution context key of the language a job declares. */
  public static final String LANG_KEY = "microcert.esco.lang";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Says, in a job's execution context, which release the job used (e.g. the one it imported). */
  public static void declare(ExecutionContext job, String version, String lang) {
    job.putString(VERSION_KEY, version);
    job.putString(LANG_KEY, lang);
  }

  /** The release a job declared in its execution context, if it did. */
  static Optional<EscoReleaseUsed> declared(ExecutionContext job, Path warehouse) {
    if (!job.containsKey(VERSION_KEY)) {
      return Optional.empty();
    }
    return Optional.of(
        of(warehouse, job.getString(VERSION_KEY), job.getString(LANG_KEY, "en"), "job"));
  }

  /**
   * The release a run's parameters name ({@code escoVersion} with {@code lang}, {@code taxonomy} as
   * {@code V/L} or {@code V}, {@code release} as an imported release's folder {@code
   * <warehouse>/taxonomy/esco/V/L}, or an {@code esco} CSV folder some imported release came from),
   * else the newest imported English release; empty when the warehouse has none.
   */
  static Optional<EscoReleaseUsed> resolve(Map<String, String> parameters, Path warehouse) {
    String lang = blankTo(parameters.get("lang"), "en");
    String named = parameters.get("escoVersion");
    if (named != null && !named.isBlank()) {
      return Optional.of(of(warehouse, named, lang, "parameters"));
    }
    String taxonomy = parameters.get("taxonomy");
    if (taxonomy != null && !taxonomy.isBlank()) {
      int slash = taxonomy.indexOf('/');
      return Optional.of(
          slash < 0
              ? of(warehouse, taxonomy, lang, "parameters")
              : of(
                  warehouse,
                  taxonomy.substring(0, slash),
                  taxonomy.substring(slash + 1),
                  "parameters"));
    }
    WarehouseLayout layout = new WarehouseLayout(warehouse);
    String release = parameters.get("release");
    if (release != null && !release.isBlank()) {
      Path dir = Path.of(release).toAbsolutePath().normalize();
      Path releases = layout.escoReleases().toAbsolutePath().normalize();
      if (dir.getParent() != null && releases.equals(dir.getParent().getParent())) {
        return Optional.of(
            of(
                warehouse,
                dir.getParent().getFileName().toString(),
                dir.getFileName().toString(),
                "parameters"));
      }
    }
    String esco = parameters.get("esco");
    if (esco != null && !esco.isBlank()) {
      for (String v : layout.escoVersions(lang)) {
        JsonNode m = manifest(layout.escoRelease(v, lang).resolve("manifest.json"));
        if (m != null && sameFolder(m.path("source").asText(""), esco)) {
          return Optional.of(of(warehouse, v, lang, "parameters"));
        }
      }
    }
    return layout.latestEscoVersion("en").map(v -> of(warehouse, v, "en", "latest"));
  }

  private static EscoReleaseUsed of(Path warehouse, String version, String lang, String from) {
    Path manifest =
        new WarehouseLayout(warehouse).escoRelease(version, lang).resolve("manifest.json");
    String digest = Files.isRegularFile(manifest) ? FileDigests.sha256(manifest) : "";
    return new EscoReleaseUsed(version, lang, digest, from);
  }

  private static JsonNode manifest(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read manifest " + file + ": " + e.getMessage(), e);
    }
  }

  private static boolean sameFolder(String a, String b) {
    return !a.isEmpty()
        && Path.of(a).toAbsolutePath().normalize().equals(Path.of(b).toAbsolutePath().normalize());
  }

  private static String blankTo(String v, String d) {
    return v == null || v.isBlank() ? d : v;
  }
}
