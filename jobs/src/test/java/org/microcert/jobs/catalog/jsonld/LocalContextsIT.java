package org.microcert.jobs.catalog.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocalContextsIT {

  static final Path STANDARDS =
      Path.of(System.getProperty("microcert.shared", "../../shared"), "standards");

  @Test
  void bundledContextsAreByteIdenticalToTheOfficialCopies() {
    LocalContexts bundled = LocalContexts.bundled();
    LocalContexts official = LocalContexts.standards(STANDARDS);
    for (String url : bundled.urls()) {
      assertThat(bundled.bytes(url)).as(url).isEqualTo(official.bytes(url));
    }
    assertThat(bundled.urls())
        .contains(LocalContexts.VC_V2, LocalContexts.OB_303, LocalContexts.ELM_EDC);
  }

  @Test
  void anUnknownUrlIsRefusedNotFetched() {
    assertThatThrownBy(
            () ->
                LocalContexts.bundled()
                    .loadDocument(
                        URI.create("https://example.org/context.json"),
                        new DocumentLoaderOptions()))
        .isInstanceOf(JsonLdError.class)
        .hasMessageContaining("never fetched");
  }
}
