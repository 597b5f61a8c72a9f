package org.microcert.taxonomy.esco;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real ESCO releases of {@code ../shared/data}, each parsed once per test JVM (a full release
 * takes seconds to parse; several integration tests read the same ones). Tests that need one are
 * skipped when the shared data is absent.
 */
public final class RealReleases {

  private static final Map<String, EscoLoadResult> LOADED = new ConcurrentHashMap<>();

  private RealReleases() {}

  /** The folder {@code ../shared/data/<name>}; skips the calling test when it is absent. */
  public static Path folder(String name) {
    Path p = Path.of(System.getProperty("microcert.shared", "../shared"), "data", name);
    assumeTrue(Files.isDirectory(p), "shared data not present: " + p);
    return p;
  }

  /** The release in {@code ../shared/data/<name>}, parsed on first use. */
  public static EscoLoadResult load(String name) {
    Path folder = folder(name);
    return LOADED.computeIfAbsent(name, n -> new EscoCsvLoader().load(folder, null, null));
  }
}
