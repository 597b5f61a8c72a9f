package org.microcert.taxonomy.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostingSectionsTest {

  @Test
  void namesSectionsByTheirHeadingLines() {
    String text =
        "Data analyst\nAbout us\nWe are great.\nResponsibilities:\nBuild reports.\n"
            + "What you bring\nSQL.\nEqual opportunity\nWe welcome all.";
    List<PostingSections.Section> s = PostingSections.split(text);
    assertThat(s)
        .extracting(PostingSections.Section::name)
        .containsExactly(
            "intro", "company", "responsibilities", "requirements", "equal_opportunity");
    assertThat(PostingSections.sectionAt(s, text.indexOf("SQL"))).isEqualTo("requirements");
    assertThat(PostingSections.sectionAt(s, 0)).isEqualTo("intro");
  }

  @Test
  void doesNotTakeSentencesForHeadings() {
    assertThat(PostingSections.split("You will have experience with reporting tools and more.\n"))
        .extracting(PostingSections.Section::name)
        .containsExactly("intro");
  }
}
