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
  void splitsAtEveryLineBreakKindAndCollapsesOnlyPlainSpaces() {
    assertThat(TextCleaner.normaliseWhitespace("a\r\nb\u2028c\u0085d\u000Be\ff\u2029g\rh"))
        .isEqualTo("a\nb\nc\nd\ne\nf\ng\nh");
    assertThat(TextCleaner.normaliseWhitespace(" \t\u00a0x  \u2003  y\t\t \n\u001C\n"))
        .isEqualTo("x \u2003 y");
  }

  @Test
  void findsEqualOpportunityParagraphsInAnyAsciiCase() {
    assertThat(TextCleaner.isEqualOpportunityParagraph("EQUAL Employment OPPORTUNITY employer")).isTrue();
    assertThat(TextCleaner.isEqualOpportunityParagraph("We WELCOME applications from all")).isTrue();
    assertThat(TextCleaner.isEqualOpportunityParagraph("Please request an Accommodation")).isTrue();
    assertThat(TextCleaner.isEqualOpportunityParagraph("We welcome new ideas")).isFalse();
    assertThat(TextCleaner.isEqualOpportunityParagraph("Equal pay for equal work")).isFalse();
  }

  @Test
  void detectsEnglishAndFrench() {
    assertThat(LanguageDetector.detect("You will work with the team and our clients.")).isEqualTo("en");
    assertThat(LanguageDetector.detect("Vous travaillerez avec les équipes et la direction pour des clients."))
        .isEqualTo("fr");
    assertThat(LanguageDetector.detect("12345")).isEqualTo("und");
  }
}
