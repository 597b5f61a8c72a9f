package org.microcert.pipelines.postings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

  @Test
  void turnsHtmlIntoLinesWithListItems() {
    String html = "<h2>Tasks</h2><ul><li>Cook meals &amp; clean</li><li>Order&nbsp;food</li></ul>";
    assertThat(TextCleaner.clean(html)).isEqualTo("Tasks\n- Cook meals & clean\n- Order food");
  }

  @Test
  void normalisesWhitespaceAndDropsBlankLines() {
    assertThat(TextCleaner.clean("  Build   reports \n\n\n\tAnalyse data  ")).isEqualTo("Build reports\nAnalyse data");
  }

  @Test
  void dropsCompanyBlurbBenefitsAndEqualOpportunitySections() {
    String text =
        "Data analyst\nAbout us\nWe are a leading bank.\nResponsibilities:\nBuild reports.\n"
            + "Benefits\nDental plan.\nAcme is an equal opportunity employer.";
    assertThat(TextCleaner.clean(text)).isEqualTo("Data analyst\nResponsibilities:\nBuild reports.");
  }

  @Test
  void dropsUnheadedEqualOpportunityParagraphs() {
    assertThat(TextCleaner.clean("Use Excel.\nWe hire regardless of race or gender."))
        .isEqualTo("Use Excel.");
  }

  @Test
  void detectsEnglishAndFrench() {
    assertThat(LanguageDetector.detect("You will work with the team and our clients.")).isEqualTo("en");
    assertThat(LanguageDetector.detect("Vous travaillerez avec les équipes et la direction pour des clients."))
        .isEqualTo("fr");
    assertThat(LanguageDetector.detect("12345")).isEqualTo("und");
  }
}
