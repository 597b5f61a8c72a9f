package org.microcert.jobs.postings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.cli.MicrocertCli;
import org.microcert.jobs.run.OutputTrees;
import org.microcert.jobs.taxonomy.TaxonomyWarehouse;
import org.microcert.pipelines.postings.Warehouse;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.esco.EscoCsvLoader;

/**
 * The warehouse is self-contained: a release imported from a folder that is then deleted still
 * serves {@code postings extract}, {@code demand} and {@code align}, with the same outputs as a
 * warehouse whose ESCO folder is still there; and what those steps read back from the imported
 * tables is what the CSV files hold.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfContainedWarehouseIT {

  static final Path SAMPLES =
      Path.of(System.getProperty("microcert.samples")).toAbsolutePath().normalize();
  static final String[] OUTPUTS = {"mentions", "titles", "demand", "alignments"};

  @TempDir static Path tmp;

  String previousHome;
  Path kept;
  Path moved;
  Path copy;
  Map<String, Integer> keptCodes;
  Map<String, Integer> movedCodes;

  @BeforeAll
  void runBothWarehouses() throws IOException {
    previousHome = System.setProperty("microcert.home", SAMPLES.getParent().toString());
    copy = tmp.resolve("esco-v1.1.1");
    Files.createDirectories(copy);
    try (Stream<Path> s = Files.list(SAMPLES.resolve("esco"))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".csv")).toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    kept = tmp.resolve("kept");
    keptCodes = chain(kept, SAMPLES.resolve("esco"), false);
    moved = tmp.resolve("moved");
    movedCodes = chain(moved, copy, true);
  }

  @AfterAll
  void restoreHome() {
    if (previousHome == null) {
      System.clearProperty("microcert.home");
    } else {
      System.setProperty("microcert.home", previousHome);
    }
  }

  @Test
  void everyStepAfterTheImportRunsWithTheEscoFolderGone() {
    assertThat(copy).doesNotExist();
    assertThat(movedCodes)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("import", 0, "ingest", 0, "extract", 0, "demand", 0, "align", 0));
    assertThat(keptCodes).isEqualTo(movedCodes);
  }

  @Test
  void outputsAreTheSameAsWithTheFolderKept() throws IOException {
    Map<String, String> a = OutputTrees.digest(kept, OUTPUTS);
    Map<String, String> b = OutputTrees.digest(moved, OUTPUTS);
    assertThat(a.keySet())
        .anyMatch(k -> k.startsWith("mentions/"))
        .anyMatch(k -> k.startsWith("titles/"))
        .anyMatch(k -> k.startsWith("demand/"))
        .contains("alignments/sample-submission/alignments.jsonl");
    assertThat(b).isEqualTo(a);
  }

  @Test
  void theImportedTablesHoldWhatTheCsvFilesHold() {
    Taxonomy csv = new EscoCsvLoader().load(SAMPLES.resolve("esco"), null, "en").taxonomy();
    Taxonomy tables =
        TaxonomyWarehouse.read(new TaxonomyWarehouse(moved).releaseDir("v1.1.1", "en"));
    assertThat(tables.skills()).isNotEmpty().containsExactlyInAnyOrderElementsOf(csv.skills());
    assertThat(tables.occupations())
        .isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(csv.occupations());
    assertThat(tables.occupationSkillRelations())
        .isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(csv.occupationSkillRelations());
  }

  /** import → (delete the ESCO folder) → ingest → extract → demand → align; exit codes by step. */
  private static Map<String, Integer> chain(Path warehouse, Path esco, boolean deleteEsco)
      throws IOException {
    int imported = run(warehouse, "taxonomy", "import", "--esco", esco.toString());
    if (deleteEsco) {
      Warehouse.deleteTree(esco);
    }
    Path postings = SAMPLES.resolve("postings/postings-sample.jsonl");
    Path submission = SAMPLES.resolve("submissions/sample-submission.csv");
    return Map.of(
        "import",
        imported,
        "ingest",
        run(warehouse, "postings", "ingest", "--input", postings.toString()),
        "extract",
        run(warehouse, "postings", "extract", "--title-coder", "lexical"),
        "demand",
        run(warehouse, "demand"),
        "align",
        run(warehouse, "align", "--input", submission.toString(), "--lexical-only"));
  }

  private static int run(Path warehouse, String... args) {
    String[] all =
        Stream.concat(Stream.of(args), Stream.of("--warehouse", warehouse.toString()))
            .toArray(String[]::new);
    return MicrocertCli.commandLine().execute(all);
  }
}
