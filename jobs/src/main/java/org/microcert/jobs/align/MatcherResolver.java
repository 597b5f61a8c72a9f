package org.microcert.jobs.align;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.microcert.jobs.taxonomy.TaxonomyManifest;
import org.microcert.jobs.taxonomy.TaxonomyWarehouse;
import org.microcert.taxonomy.InputRejectedException;
import org.microcert.taxonomy.match.CompetencyMatcher;

/**
 * Opens competency matchers on the imported releases of a warehouse: a given {@code VERSION/LANG},
 * or the newest imported release of a language. Caches one matcher per language; close it after
 * use.
 */
public final class MatcherResolver implements AutoCloseable {

  private final TaxonomyWarehouse warehouse;
  private final String taxonomySpec;
  private final boolean dense;
  private final Map<String, CompetencyMatcher> open = new HashMap<>();
  private final Consumer<String> progress;

  /**
   * @param warehouse the warehouse
   * @param taxonomySpec {@code VERSION/LANG} (e.g. {@code v1.1.1/en}) or null for the newest
   *     release of each language
   * @param dense whether to use the dense (MiniLM) side
   */
  public MatcherResolver(TaxonomyWarehouse warehouse, String taxonomySpec, boolean dense) {
    this(warehouse, taxonomySpec, dense, message -> {});
  }

  /**
   * As above, reporting long work (building a release's dense index on first use) to {@code
   * progress}.
   */
  public MatcherResolver(
      TaxonomyWarehouse warehouse, String taxonomySpec, boolean dense, Consumer<String> progress) {
    this.warehouse = warehouse;
    this.taxonomySpec = taxonomySpec;
    this.dense = dense;
    this.progress = progress;
  }

  /** The matcher of the given spec's language or of {@code language}; null if none is imported. */
  public synchronized CompetencyMatcher forLanguage(String language) {
    String lang = language.toLowerCase(Locale.ROOT);
    if (open.containsKey(lang)) {
      return open.get(lang);
    }
    Path dir = indexDir(lang);
    CompetencyMatcher m = dir == null ? null : CompetencyMatcher.open(dir, dense, progress);
    open.put(lang, m);
    return m;
  }

  /**
   * The competency index folder {@link #forLanguage} opens for {@code language}, without opening it
   * (for a Spark stage whose executors open it); null if none is imported.
   */
  public Path indexDir(String language) {
    String lang = language.toLowerCase(Locale.ROOT);
    String version;
    if (taxonomySpec != null && specLanguage().equals(lang)) {
      version = taxonomySpec.split("/", 2)[0];
    } else {
      version = warehouse.latest(lang).map(TaxonomyManifest::version).orElse(null);
    }
    if (version == null || !Files.isDirectory(warehouse.indexDir(version, lang))) {
      return null;
    }
    return warehouse.indexDir(version, lang);
  }

  /** The matcher for the spec (or the newest English release); fails with exit 3 if none. */
  public CompetencyMatcher required() {
    requiredIndexDir();
    return forLanguage(specLanguage());
  }

  /** The index folder of {@link #required()}, not opened; fails with exit 3 if none. */
  public Path requiredIndexDir() {
    String lang = specLanguage();
    Path dir = indexDir(lang);
    if (dir == null) {
      throw new InputRejectedException(
          "Cannot open the competency index: no imported ESCO release "
              + (taxonomySpec == null ? "in language " + lang : taxonomySpec)
              + " in "
              + warehouse.releaseDir("<version>", lang).getParent().getParent()
              + " (run 'microcert taxonomy import' first)");
    }
    return dir;
  }

  private String specLanguage() {
    return taxonomySpec == null || !taxonomySpec.contains("/")
        ? "en"
        : taxonomySpec.split("/", 2)[1].toLowerCase(Locale.ROOT);
  }

  @Override
  public synchronized void close() throws IOException {
    for (CompetencyMatcher m : open.values()) {
      if (m != null) {
        m.close();
      }
    }
    open.clear();
  }
}
