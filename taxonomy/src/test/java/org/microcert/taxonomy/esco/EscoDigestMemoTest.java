package org.microcert.taxonomy.esco;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.microcert.taxonomy.io.Digests;
import org.microcert.taxonomy.io.FileDigests;

/** The ESCO loader hashes each file while parsing it, once per run, through the run's memo. */
class EscoDigestMemoTest {

  static final Path ESCO =
      Path.of(System.getProperty("microcert.samples", "../data-samples")).resolve("esco");

  @Test
  void theEscoLoaderUsesAndFillsTheMemo() throws Exception {
    FileDigests.clear();
    long reads = FileDigests.reads();
    EscoLoadResult first = new EscoCsvLoader().load(ESCO, null, "en");
    Map<String, String> digests = digests(first);
    assertThat(digests).isNotEmpty();
    long afterLoad = FileDigests.reads();
    // Each file hashed while parsed, once, and remembered with the digest a plain read gives.
    assertThat(afterLoad - reads).isEqualTo(digests.size());
    for (Map.Entry<String, String> e : digests.entrySet()) {
      Path file = ESCO.resolve(e.getKey());
      assertThat(e.getValue()).isEqualTo(Digests.sha256OfFile(file));
      assertThat(FileDigests.sha256(file)).isEqualTo(e.getValue());
    }
    EscoLoadResult second = new EscoCsvLoader().load(ESCO, null, "en");
    assertThat(digests(second)).isEqualTo(digests);
    assertThat(FileDigests.reads()).isEqualTo(afterLoad);
  }

  private static Map<String, String> digests(EscoLoadResult r) {
    Map<String, String> m = new TreeMap<>();
    for (FileReport f : r.files()) {
      m.put(f.fileName(), f.sha256());
    }
    return m;
  }
}
