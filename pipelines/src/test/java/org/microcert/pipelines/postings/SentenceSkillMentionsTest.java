package org.microcert.pipelines.postings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.extract.Mention;
import org.microcert.taxonomy.index.CompetencyIndexWriter;
import org.microcert.taxonomy.model.ReuseLevel;
import org.microcert.taxonomy.model.Skill;
import org.microcert.taxonomy.model.SkillType;

/** {@link PostingsExtract#mentionsOf} with the matcher's sentence skills beside the trie. */
class SentenceSkillMentionsTest {

  @TempDir static Path tmp;
  static ExtractionModel trieOnly;
  static ExtractionModel withMatcher;

  private static Skill skill(String uri, String label, ReuseLevel reuse) {
    return new Skill(
        uri, label, List.of(), List.of(), SkillType.SKILL_COMPETENCE, reuse, "", "released", "");
  }

  @BeforeAll
  static void build() {
    Taxonomy t =
        Taxonomy.builder("v1.1.1", "en")
            .addSkill(
                skill(
                    "skill/migration",
                    "develop automated migration methods",
                    ReuseLevel.SECTOR_SPECIFIC))
            .addSkill(skill("skill/sql", "SQL", ReuseLevel.SECTOR_SPECIFIC))
            .addSkill(skill("skill/cook", "prepare meals", ReuseLevel.CROSS_SECTOR))
            .build();
    CompetencyIndexWriter.write(t, tmp.resolve("index"));
    trieOnly = ExtractionModel.fromTaxonomy(t);
    withMatcher = trieOnly.withSkillMatcher(tmp.resolve("index"));
  }

  private static List<String> described(List<Mention> ms) {
    return ms.stream()
        .map(m -> m.skillUri() + ":" + m.start() + "-" + m.end() + ":" + m.section())
        .toList();
  }

  @Test
  void addsTheSentenceSkillWithTheSentenceSpanAndSection() {
    String text = "Requirements:\nSQL.\nYou will develop automated methods for data migration.";
    assertThat(described(PostingsExtract.mentionsOf(trieOnly, text)))
        .containsExactly("skill/sql:14-17:requirements");
    List<Mention> ms = PostingsExtract.mentionsOf(withMatcher, text);
    assertThat(described(ms))
        .containsExactly("skill/sql:14-17:requirements", "skill/migration:19-73:requirements");
    assertThat(ms.get(1).matchedText())
        .isEqualTo("You will develop automated methods for data migration.");
  }

  @Test
  void aSkillTheTrieFoundIsNotReportedAgain() {
    String text = "You will develop automated migration methods for our data.";
    assertThat(described(PostingsExtract.mentionsOf(withMatcher, text)))
        .containsExactly("skill/migration:9-44:intro");
  }

  @Test
  void theModelStaysSerialisableWithTheIndexPath() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(withMatcher);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      ExtractionModel back = (ExtractionModel) in.readObject();
      assertThat(back.sentenceSkills()).isSameAs(withMatcher.sentenceSkills());
    }
  }
}
