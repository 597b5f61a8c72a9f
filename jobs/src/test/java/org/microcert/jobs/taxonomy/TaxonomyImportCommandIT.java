package org.microcert.jobs.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.jobs.cli.MicrocertCli;
import picocli.CommandLine;

/** End to end: the import job on the shipped ESCO sample, through the CLI. */
class TaxonomyImportCommandIT {

  static final Path SAMPLE_ESCO = Path.of(System.getProperty("microcert.samples"), "esco");

  @TempDir Path warehouse;

  @Test
  void importsTheShippedSampleWithReconciledCounts() throws Exception {
    int code = run("taxonomy", "import", "--esco", SAMPLE_ESCO.toString());

    assertThat(code).isZero();
    Path release = warehouse.resolve("taxonomy/esco/v1.1.1/en");
    TaxonomyManifest m = new TaxonomyWarehouse(warehouse).manifest("v1.1.1", "en").orElseThrow();
    assertThat(m.rowsIn()).isEqualTo(m.rowsAccepted() + m.rowsRejected());
    for (TaxonomyManifest.FileEntry f : m.files()) {
      assertThat(f.rowsIn()).as(f.name()).isEqualTo(f.accepted() + f.rejected());
      assertThat(f.sha256()).hasSize(64);
    }
    assertThat(m.tables().get("skills")).isGreaterThan(100);
    assertThat(m.indexDocuments())
        .isEqualTo(m.tables().get("skills") + m.tables().get("occupations"));
    assertThat(release.resolve("skills")).isDirectory();
    assertThat(release.resolve("index")).isDirectory();
    assertThat(release.resolve("rejects.csv")).exists();
    try (Stream<Path> siblings = Files.list(release.getParent())) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("en");
    }
  }

  @Test
  void reimportingIdenticalFilesChangesNothing() throws Exception {
    assertThat(run("taxonomy", "import", "--esco", SAMPLE_ESCO.toString())).isZero();
    Path manifest = warehouse.resolve("taxonomy/esco/v1.1.1/en/manifest.json");
    String first = Files.readString(manifest);

    assertThat(run("taxonomy", "import", "--esco", SAMPLE_ESCO.toString())).isZero();

    assertThat(Files.readString(manifest)).isEqualTo(first);
  }

  @Test
  void listShowsTheImportedRelease() {
    assertThat(run("taxonomy", "import", "--esco", SAMPLE_ESCO.toString())).isZero();
    StringWriter out = new StringWriter();
    CommandLine cl = MicrocertCli.commandLine();
    cl.setOut(new PrintWriter(out));
    assertThat(cl.execute("taxonomy", "list", "--warehouse", warehouse.toString())).isZero();
    assertThat(out.toString()).contains("VERSION").containsPattern("v1\\.1\\.1\\s+en\\s+\\d+");
  }

  @Test
  void aFolderThatIsNotAnEscoReleaseExitsWithThreeAndWritesNothing() throws Exception {
    Path notEsco =
        Files.createDirectories(warehouse.resolveSibling(warehouse.getFileName() + "-in"));
    Files.writeString(notEsco.resolve("readme.txt"), "hello");

    int code = run("taxonomy", "import", "--esco", notEsco.toString());

    assertThat(code).isEqualTo(3);
    assertThat(warehouse.resolve("taxonomy/esco")).doesNotExist();
  }

  @Test
  void missingRequiredOptionIsAUsageError() {
    assertThat(run("taxonomy", "import")).isEqualTo(2);
  }

  private int run(String... args) {
    String[] all =
        Stream.concat(Stream.of(args), Stream.of("--warehouse", warehouse.toString()))
            .toArray(String[]::new);
    return MicrocertCli.commandLine().execute(all);
  }
}
