package org.microcert.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed run leaves behind is removed, or put back when it was the only copy. */
class LeftoverCleanerTest {

  static final String ID = "8b20b66c-e38f-44cf-838e-cc02563a17ad";

  @TempDir Path w;

  @Test
  void removesTemporariesAndPutsBackAFolderSetAsideWithoutReplacement() throws Exception {
    Path align = Files.createDirectories(w.resolve("alignments"));
    // killed between "old renamed aside" and "new renamed in": only the old copy exists
    Path oldOnly = Files.createDirectories(align.resolve(".s1.old-" + ID));
    Files.writeString(oldOnly.resolve("alignments.csv"), "old");
    Path staging1 = Files.createDirectories(align.resolve(".s1.staging-" + ID));
    Files.writeString(staging1.resolve("alignments.csv"), "half");
    // killed after the new folder was moved in: the old copy is garbage
    Files.createDirectories(align.resolve("s2"));
    Files.createDirectories(align.resolve(".s2.old-" + ID));
    Files.writeString(align.resolve(".rejects.csv.tmp-" + ID), "x");
    Files.createDirectories(w.resolve("postings").resolve(".postings-tmp-" + ID));
    Path kept = Files.createDirectories(w.resolve("taxonomy").resolve(".en.staging-" + ID));
    Files.writeString(align.resolve("notes.old.txt"), "not a leftover");
    List<String> out = new ArrayList<>();

    int n = LeftoverCleaner.clean(w, Set.of(kept.toAbsolutePath()), out::add);

    assertThat(n).isEqualTo(5);
    assertThat(Files.readString(align.resolve("s1").resolve("alignments.csv"))).isEqualTo("old");
    assertThat(staging1).doesNotExist();
    assertThat(align.resolve(".s2.old-" + ID)).doesNotExist();
    assertThat(align.resolve("s2")).isDirectory();
    assertThat(align.resolve(".rejects.csv.tmp-" + ID)).doesNotExist();
    assertThat(w.resolve("postings").resolve(".postings-tmp-" + ID)).doesNotExist();
    assertThat(kept).as("a failed run resumes from it").isDirectory();
    assertThat(align.resolve("notes.old.txt")).exists();
    assertThat(out).singleElement().asString().contains("4 temporary").contains("1 replaced");
  }

  @Test
  void aKeptStagingFolderKeepsItsWorkButLosesWhatItsDeadWriterLeftHalfMade() throws Exception {
    // taxonomy import killed while writing the competency index: the staging folder is resumed
    // from, but the index half written by the dead process must not be published with it
    Path kept = Files.createDirectories(w.resolve("taxonomy").resolve(".en.staging-" + ID));
    Files.writeString(Files.createDirectories(kept.resolve("skills")).resolve("part-0"), "rows");
    Path halfIndex = Files.createDirectories(kept.resolve("index.tmp-12714"));
    Files.writeString(halfIndex.resolve("_0.cfs"), "half");
    List<String> out = new ArrayList<>();

    int n = LeftoverCleaner.clean(w, Set.of(kept.toAbsolutePath()), out::add);

    assertThat(n).isEqualTo(1);
    assertThat(halfIndex).doesNotExist();
    assertThat(kept.resolve("skills").resolve("part-0")).hasContent("rows");
    assertThat(out).singleElement().asString().contains("1 temporary");
  }

  @Test
  void aCleanWarehouseSaysNothing() throws Exception {
    Files.createDirectories(w.resolve("alignments").resolve("s1"));
    List<String> out = new ArrayList<>();
    assertThat(LeftoverCleaner.clean(w, Set.of(), out::add)).isZero();
    assertThat(out).isEmpty();
  }
}
