package org.microcert.taxonomy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

  /**
   * Nothing a browser would read as a tag: {@code <} then a letter, {@code /}, {@code !}, {@code
   * ?}.
   */
  private static void assertNoMarkup(String s) {
    assertThat(s).doesNotContainPattern("<[a-zA-Z/!?]");
  }

  @Test
  void escapedMarkupIsDecodedThenStrippedNeverTurnedIntoLiveTags() {
    String raw = "Write SQL &lt;script&gt;alert(1)&lt;/script&gt; queries &lt;b&gt;fast&lt;/b&gt;";
    assertThat(TextCleaner.toCell(raw).text()).isEqualTo("Write SQL queries fast");
    assertThat(TextCleaner.toCell(raw).notes()).containsExactly(TextCleaner.NOTE_TAGS);
    assertThat(TextCleaner.toLines(raw)).isEqualTo("Write SQL queries fast");
  }

  @Test
  void ampersandsAndComparisonsStayText() {
    assertThat(TextCleaner.toCell("Johnson &amp; Johnson").text()).isEqualTo("Johnson & Johnson");
    assertThat(TextCleaner.toCell("Johnson &amp; Johnson").notes()).isEmpty();
    assertThat(TextCleaner.toCell("R&D: a &lt; b and c &gt; d").text())
        .isEqualTo("R&D: a < b and c > d");
    assertThat(TextCleaner.toCell("&amp;lt;b&amp;gt;").text()).isEqualTo("&lt;b&gt;");
    assertThat(TextCleaner.toCell("caf&eacute; &#233;t&#xE9; &unknown; &#xD800; &#0;").text())
        .isEqualTo("café été &unknown;");
  }

  @Test
  void tagsThatStrippingWouldCreateAreNeutralised() {
    for (String raw :
        List.of(
            "<<b>script>alert(1)<</b>/script>",
            "&lt;<i>script&gt;",
            "<scr<b></b>ipt>x",
            "&lt;img src=x onerror=alert(1)",
            "a <!-- c --> b <!DOCTYPE html> <?xml version='1.0'?>")) {
      assertNoMarkup(TextCleaner.toCell(raw).text());
      assertNoMarkup(TextCleaner.toLines(raw));
    }
  }

  @Test
  void randomMixesOfTagsEntitiesAndTextNeverComeOutAsMarkup() {
    String[] parts = {
      "<", ">", "&lt;", "&gt;", "&amp;", "/", "script", "b", " ", "x", "!", "&", ";", "<b>"
    };
    Random random = new Random(11);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(12); i >= 0; i--) {
        sb.append(parts[random.nextInt(parts.length)]);
      }
      assertNoMarkup(TextCleaner.toCell(sb.toString()).text());
      assertNoMarkup(TextCleaner.toLines(sb.toString()));
    }
  }

  @Test
  void cellsOfOnlyMarkupOrInvisibleCharactersCleanToEmpty() {
    for (String raw : List.of("<b></b>", "\u200B", "\u0000", "</script>", " &nbsp; ", "\uFEFF")) {
      assertThat(TextCleaner.toCell(raw).text()).as(raw).isEmpty();
    }
    assertThat(TextCleaner.toCell("A\u0007B\u200Bc").text()).isEqualTo("ABc");
    assertThat(TextCleaner.toCell("A\u0007B").notes()).containsExactly(TextCleaner.NOTE_CONTROLS);
  }

  @Test
  void aTextOfOnlyNoBreakSpacesHasNoLines() {
    assertThat(TextCleaner.toLines("&nbsp;")).isEmpty();
    assertThat(TextCleaner.toLines("&nbsp;\n&#160; <br>")).isEmpty();
  }

  @Test
  void htmlBecomesLinesWithListItems() {
    String html = "<h2>Tasks</h2><ul><li>Cook meals &amp; clean</li><li>Order&nbsp;food</li></ul>";
    assertThat(TextCleaner.toLines(html)).isEqualTo("Tasks\n- Cook meals & clean\n- Order food");
    assertThat(TextCleaner.toLines("Salary &lt; $50k<br>Hours 3<5"))
        .isEqualTo("Salary < $50k\nHours 3<5");
  }

  @Test
  void splitsAtEveryLineBreakKindAndCollapsesOnlyPlainSpaces() {
    assertThat(TextCleaner.normaliseWhitespace("a\r\nb\u2028c\u0085d\u000Be\ff\u2029g\rh"))
        .isEqualTo("a\nb\nc\nd\ne\nf\ng\nh");
    assertThat(TextCleaner.normaliseWhitespace(" \t\u00a0x  \u2003  y\t\t \n\u001C\n"))
        .isEqualTo("x \u2003 y");
  }
}
