package org.microcert.taxonomy.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fused rule's result cache: kept between runs, ignored when its fingerprint differs. */
class SentenceSkillCacheTest {

  @TempDir Path tmp;

  /** A rule stand-in that records which sentences it was asked about. */
  private static final class Rule implements Function<String, String> {
    final List<String> asked = new ArrayList<>();

    @Override
    public String apply(String sentence) {
      asked.add(sentence);
      return sentence.contains("budget") ? "skill:budgets" : null;
    }
  }

  @Test
  void resultsSavedInOneRunAreServedInTheNextWithoutRankingAgain() {
    Path file = tmp.resolve("sentence-skills.bin");
    Rule first = new Rule();
    SentenceSkillCache a = SentenceSkillCache.open(file, "fp");
    assertThat(a.get("Manage the budget.", first)).isEqualTo("skill:budgets");
    assertThat(a.get("We are downtown.", first)).isNull();
    assertThat(a.get("We are downtown.", first)).isNull(); // a repeat in the same run
    assertThat(first.asked).containsExactly("Manage the budget.", "We are downtown.");
    assertThat(a.misses()).isEqualTo(2);
    // the repeat was served from this run's results; the counters start again after a save
    assertThat(a.save()).isEqualTo(new SentenceSkillCache.Saved(1, 2));
    assertThat(a.save()).isEqualTo(new SentenceSkillCache.Saved(0, 0));

    Rule second = new Rule();
    SentenceSkillCache b = SentenceSkillCache.open(file, "fp");
    assertThat(b.get("Manage the budget.", second)).isEqualTo("skill:budgets");
    assertThat(b.get("We are downtown.", second)).isNull();
    assertThat(second.asked).isEmpty();
    assertThat(b.hits()).isEqualTo(2);
    assertThat(b.misses()).isZero();
  }

  @Test
  void aFileOfAnotherFingerprintIsIgnoredAndReplaced() {
    Path file = tmp.resolve("sentence-skills.bin");
    SentenceSkillCache old = SentenceSkillCache.open(file, "rule 1");
    old.get("Manage the budget.", s -> "skill:old");
    old.save();

    Rule rule = new Rule();
    SentenceSkillCache now = SentenceSkillCache.open(file, "rule 2");
    assertThat(now.get("Manage the budget.", rule)).isEqualTo("skill:budgets");
    assertThat(rule.asked).hasSize(1);
    now.save();
    assertThat(SentenceSkillCache.open(file, "rule 2").get("Manage the budget.", s -> "x"))
        .isEqualTo("skill:budgets");
  }

  @Test
  void twoWritersEntriesAreMergedAndTheFileDoesNotDependOnTheirOrder() throws Exception {
    Path one = tmp.resolve("one.bin");
    Path two = tmp.resolve("two.bin");
    for (Path f : List.of(one, two)) {
      SentenceSkillCache x = SentenceSkillCache.open(f, "fp");
      SentenceSkillCache y = SentenceSkillCache.open(f, "fp");
      SentenceSkillCache first = f == one ? x : y;
      SentenceSkillCache second = f == one ? y : x;
      x.get("Manage the budget.", new Rule());
      y.get("Plan the yearly budget.", new Rule());
      first.save();
      second.save();
    }
    assertThat(Files.readAllBytes(one)).isEqualTo(Files.readAllBytes(two));
    Rule none = new Rule();
    SentenceSkillCache merged = SentenceSkillCache.open(one, "fp");
    merged.get("Manage the budget.", none);
    merged.get("Plan the yearly budget.", none);
    assertThat(none.asked).isEmpty();
  }

  @Test
  void aTruncatedFileIsAnErrorNamingIt() throws Exception {
    Path file = tmp.resolve("sentence-skills.bin");
    SentenceSkillCache a = SentenceSkillCache.open(file, "fp");
    a.get("Manage the budget.", new Rule());
    a.save();
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 5));
    assertThatThrownBy(() -> SentenceSkillCache.open(file, "fp"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("Cannot read sentence skill cache " + file + ": truncated");
  }

  @Test
  void theFileLivesBesideTheIndex() {
    assertThat(SentenceSkillCache.defaultFile(tmp.resolve("release/index")))
        .isEqualTo(tmp.resolve("release/sentence-skills.bin").toAbsolutePath().normalize());
  }
}
