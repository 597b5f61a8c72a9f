package org.microcert.taxonomy.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryVectorCacheTest {

  @TempDir Path tmp;

  /** A stand-in for MiniLM that records what it was asked for (a vector derived from the text). */
  private static final class Recording implements QueryVectors {
    final List<String> asked = new ArrayList<>();

    @Override
    public synchronized float[] vector(String text) {
      asked.add(text);
      float[] v = new float[SentenceEmbedder.DIMENSION];
      for (int i = 0; i < v.length; i++) {
        v[i] = (text.hashCode() % 97 + i) / 1000f;
      }
      return v;
    }
  }

  @Test
  void vectorsSurviveASaveAndAreNotComputedAgain() throws Exception {
    Path file = tmp.resolve("cache/query-vectors.bin");
    Recording first = new Recording();
    QueryVectorCache c = QueryVectorCache.open(file, first);
    float[] a = c.vector("Apply SQL joins");
    c.vector("Evaluate a budget");
    c.vector("Apply SQL joins");
    assertThat(first.asked).containsExactly("Apply SQL joins", "Evaluate a budget");
    assertThat(c.hits()).isEqualTo(1);
    assertThat(c.misses()).isEqualTo(2);
    c.save();

    Recording second = new Recording();
    QueryVectorCache again = QueryVectorCache.open(file, second);
    assertThat(again.size()).isEqualTo(2);
    assertThat(again.vector("Apply SQL joins")).isEqualTo(a);
    again.vector("Evaluate a budget");
    assertThat(second.asked).isEmpty();
    again.vector("Model data");
    assertThat(second.asked).containsExactly("Model data");
  }

  @Test
  void theFileIsSortedByKeySoTheSameEntriesGiveTheSameBytes() throws Exception {
    Path one = tmp.resolve("one.bin");
    Path two = tmp.resolve("two.bin");
    QueryVectorCache a = QueryVectorCache.open(one, new Recording());
    a.vector("x");
    a.vector("y");
    a.vector("z");
    a.save();
    QueryVectorCache b = QueryVectorCache.open(two, new Recording());
    b.vector("z");
    b.vector("x");
    b.save();
    QueryVectorCache b2 = QueryVectorCache.open(two, new Recording());
    b2.vector("y");
    b2.save();
    assertThat(Files.readAllBytes(two)).isEqualTo(Files.readAllBytes(one));
  }

  @Test
  void aSaveWithNothingNewLeavesTheFileAlone() throws Exception {
    Path file = tmp.resolve("q.bin");
    QueryVectorCache c = QueryVectorCache.open(file, new Recording());
    c.save();
    assertThat(file).doesNotExist();
    c.vector("x");
    c.save();
    long modified = Files.getLastModifiedTime(file).toMillis();
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(modified - 60_000));
    QueryVectorCache again = QueryVectorCache.open(file, new Recording());
    again.vector("x");
    again.save();
    assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified - 60_000);
  }

  @Test
  void aFileOfAnotherFormatIsIgnoredAndATruncatedOneNamesItself() throws Exception {
    Path other = tmp.resolve("other.bin");
    Files.writeString(other, "\u0000\u0005hello and more");
    Recording r = new Recording();
    QueryVectorCache c = QueryVectorCache.open(other, r);
    assertThat(c.size()).isZero();
    c.vector("x");
    c.save();
    assertThat(QueryVectorCache.open(other, new Recording()).size()).isEqualTo(1);

    byte[] whole = Files.readAllBytes(other);
    Path cut = tmp.resolve("cut.bin");
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 10));
    assertThatThrownBy(() -> QueryVectorCache.open(cut, new Recording()))
        .hasMessageContaining("Cannot read query vector cache " + cut)
        .hasMessageContaining("truncated");
  }
}
