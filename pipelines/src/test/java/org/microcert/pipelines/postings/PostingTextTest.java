package org.microcert.pipelines.postings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostingTextTest {

  @Test
  void turnsHtmlIntoLinesWithListItems() {
    String html = "<h2>Tasks</h2><ul><li>Cook meals &amp; clean</li><li>Order&nbsp;food</li></ul>";
    assertThat(PostingText.clean(html)).isEqualTo("Tasks\n- Cook meals & clean\n- Order food");
  }

  @Test
  void postingOfOnlyEntitiesCleansToEmptySoIngestRejectsIt() {
    assertThat(PostingText.clean("&nbsp;")).isEmpty();
    assertThat(PostingText.clean(" &nbsp; &#160;\n&nbsp;")).isEmpty();
  }

  @Test
  void escapedMarkupInAPostingIsRemovedNotDecodedIntoTags() {
    assertThat(PostingText.clean("Use SQL &lt;script&gt;alert(1)&lt;/script&gt; daily &amp; Excel"))
        .isEqualTo("Use SQL daily & Excel");
  }

  @Test
  void normalisesWhitespaceAndDropsBlankLines() {
    assertThat(PostingText.clean("  Build   reports \n\n\n\tAnalyse data  "))
        .isEqualTo("Build reports\nAnalyse data");
  }

  @Test
  void dropsCompanyBlurbBenefitsAndEqualOpportunitySections() {
    String text =
        "Data analyst\nAbout us\nWe are a leading bank.\nResponsibilities:\nBuild reports.\n"
            + "Benefits\nDental plan.\nAcme is an equal opportunity employer.";
    assertThat(PostingText.clean(text))
        .isEqualTo("Data analyst\nResponsibilities:\nBuild reports.");
  }

  @Test
  void dropsUnheadedEqualOpportunityParagraphs() {
    assertThat(PostingText.clean("Use Excel.\nWe hire regardless of race or gender."))
        .isEqualTo("Use Excel.");
  }

  @Test
  void findsEqualOpportunityParagraphsInAnyAsciiCase() {
    assertThat(PostingText.isEqualOpportunityParagraph("EQUAL Employment OPPORTUNITY employer"))
        .isTrue();
    assertThat(PostingText.isEqualOpportunityParagraph("We WELCOME applications from all"))
        .isTrue();
    assertThat(PostingText.isEqualOpportunityParagraph("Please request an Accommodation")).isTrue();
    assertThat(PostingText.isEqualOpportunityParagraph("We welcome new ideas")).isFalse();
    assertThat(PostingText.isEqualOpportunityParagraph("Equal pay for equal work")).isFalse();
  }

  @Test
  void detectsEnglishAndFrench() {
    assertThat(LanguageDetector.detect("You will work with the team and our clients."))
        .isEqualTo("en");
    assertThat(
            LanguageDetector.detect(
                "Vous travaillerez avec les équipes et la direction pour des clients."))
        .isEqualTo("fr");
    assertThat(LanguageDetector.detect("12345")).isEqualTo("und");
  }
}
