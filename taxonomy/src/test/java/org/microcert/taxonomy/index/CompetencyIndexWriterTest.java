package org.microcert.taxonomy.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcert.taxonomy.testing.TinyTaxonomy;

class CompetencyIndexWriterTest {

  @TempDir Path tmp;

  @Test
  void writesOneDocumentPerSkillAndOccupationWithTheirFields() throws Exception {
    Path dir = tmp.resolve("index");
    int n = CompetencyIndexWriter.write(TinyTaxonomy.build(), dir);
    assertThat(n).isEqualTo(10);
    try (CompetencyIndex idx = CompetencyIndex.open(dir)) {
      assertThat(idx.concepts()).hasSize(10);
      IndexedConcept init = idx.concept(TinyTaxonomy.INITIATIVE);
      assertThat(init.type()).isEqualTo(CompetencyFields.TYPE_SKILL);
      assertThat(init.skillType()).isEqualTo("skill/competence");
      assertThat(init.reuseLevel()).isEqualTo("transversal");
      assertThat(init.collections()).containsExactly("transversal");
      assertThat(init.broaderUris()).containsExactly(TinyTaxonomy.GROUP_ATTITUDE);
      assertThat(init.broaderLabels()).containsExactly("maintaining a positive attitude");
      assertThat(init.groupCodes()).containsExactly("T3.3");
      IndexedConcept nurse = idx.concept(TinyTaxonomy.NURSE);
      assertThat(nurse.type()).isEqualTo(CompetencyFields.TYPE_OCCUPATION);
      assertThat(nurse.iscoGroup()).isEqualTo("2221");
      assertThat(nurse.altLabels()).containsExactly("registered nurse", "general nurse");
    }
  }

  @Test
  void rewritingReplacesTheIndexAndLeavesNoTemporaryFolders() throws Exception {
    Path dir = tmp.resolve("index");
    CompetencyIndexWriter.write(TinyTaxonomy.build(), dir);
    CompetencyIndexWriter.write(TinyTaxonomy.build(), dir);
    try (var s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("index");
    }
  }
}
