package org.microcert.taxonomy.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One read per file per run: the memo. */
class FileDigestsTest {

  @TempDir Path dir;

  @Test
  void aFileIsReadOnceUntilItChanges() throws Exception {
    FileDigests.clear();
    Path f = dir.resolve("postings.csv");
    Files.writeString(f, "id,title\n1,Nurse\n");
    long reads = FileDigests.reads();
    String first = FileDigests.sha256(f);
    assertThat(first).isEqualTo(Digests.sha256OfFile(f));
    assertThat(FileDigests.sha256(f)).isEqualTo(first);
    assertThat(FileDigests.sha256(dir.resolve(".").resolve("postings.csv"))).isEqualTo(first);
    assertThat(FileDigests.reads() - reads).isEqualTo(1);

    Files.writeString(f, "id,title\n1,Nurse\n2,Welder\n");
    String second = FileDigests.sha256(f);
    assertThat(second).isNotEqualTo(first).isEqualTo(Digests.sha256OfFile(f));
    assertThat(FileDigests.reads() - reads).isEqualTo(2);

    FileDigests.clear();
    assertThat(FileDigests.known(f)).isEmpty();
  }
}
