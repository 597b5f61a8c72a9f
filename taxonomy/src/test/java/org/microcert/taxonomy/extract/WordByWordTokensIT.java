package org.microcert.taxonomy.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.microcert.taxonomy.esco.RealReleases;

/**
 * The word-by-word tokenization (cached per raw word) gives exactly the token ids and offsets of
 * the full chain run on the whole text, on every real posting of the shared data.
 */
class WordByWordTokensIT {

  static final Path SHARED = Path.of(System.getProperty("microcert.shared", "../shared"));

  @Test
  void wordByWordTokensEqualTheFullChainOnRealPostings() throws Exception {
    Path postings = SHARED.resolve("data/postings/postings_all.jsonl.gz");
    Path esco = SHARED.resolve("data/esco");
    assumeTrue(Files.exists(postings) && Files.isDirectory(esco), "shared data not present");
    SkillExtractor extractor = SkillExtractor.fromTaxonomy(RealReleases.load("esco").taxonomy());
    ObjectMapper json = new ObjectMapper();
    int texts = 0;
    int fallbacks = 0;
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(postings)), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode p = json.readTree(line);
        for (String text : new String[] {p.path("text").asText(), p.path("title").asText()}) {
          PostingTokens slow = extractor.tokenizer().withChain(text);
          PostingTokens fast = extractor.tokenizer().byWord(text);
          texts++;
          if (fast == null) {
            fallbacks++;
            continue;
          }
          String id = p.path("id").asText();
          assertThat(fast.size).as(id).isEqualTo(slow.size);
          assertThat(Arrays.copyOf(fast.ids, fast.size))
              .as(id)
              .isEqualTo(Arrays.copyOf(slow.ids, slow.size));
          assertThat(Arrays.copyOf(fast.starts, fast.size))
              .as(id)
              .isEqualTo(Arrays.copyOf(slow.starts, slow.size));
          assertThat(Arrays.copyOf(fast.ends, fast.size))
              .as(id)
              .isEqualTo(Arrays.copyOf(slow.ends, slow.size));
          assertThat(Arrays.copyOf(fast.breakBefore, fast.size))
              .as(id)
              .isEqualTo(Arrays.copyOf(slow.breakBefore, slow.size));
        }
      }
    }
    assertThat(texts).isEqualTo(2 * 2593);
    assertThat(fallbacks).as("texts that needed the full chain").isLessThan(texts / 20);
  }
}
