package org.microcert.taxonomy.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class CompetencyAnalyzerTest {

  private final Analyzer analyzer = new CompetencyAnalyzer();

  private List<String> terms(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void programmingLanguageNamesWithSymbolsSurvive() throws IOException {
    assertThat(terms("C++")).containsExactly("cplusplus");
    assertThat(terms("c ++ and C#")).containsExactly("cplusplus", "csharp");
    assertThat(terms("F# or J#")).containsExactly("fsharp", "jsharp");
    assertThat(terms(".NET framework")).containsExactly("dotnet", "framework");
    assertThat(terms("ASP.NET")).containsExactly("aspnet");
  }

  @Test
  void dottedNamesMeetTheirUndottedSpelling() throws IOException {
    assertThat(terms("Node.js")).isEqualTo(terms("NodeJS"));
    assertThat(terms("node.js")).isEqualTo(terms("nodejs")).hasSize(1);
    assertThat(terms("version 3.5")).containsExactly("version", "3.5");
  }

  @Test
  void slashesAndHyphensSplitOrJoinPredictably() throws IOException {
    assertThat(terms("CI/CD")).containsExactly("ci", "cd");
    assertThat(terms("e-commerce")).isEqualTo(terms("ecommerce"));
    assertThat(terms("E-learning")).isEqualTo(terms("elearning")).hasSize(1);
    assertThat(terms("problem-solving")).containsExactly("problem", "solve");
  }

  @Test
  void pluralsAndCaseFoldToTheLabelForm() throws IOException {
    assertThat(terms("Databases")).isEqualTo(terms("database"));
    assertThat(terms("NURSES")).isEqualTo(terms("nurse"));
    assertThat(terms("analyses")).isEqualTo(terms("analyse"));
    assertThat(terms("experience")).isNotEqualTo(terms("experiment"));
    assertThat(terms("Café managers")).containsExactly("cafe", "manager");
  }

  @Test
  void stopWordsGoButItSurvives() throws IOException {
    assertThat(terms("the use of IT in the office")).containsExactly("use", "it", "office");
    assertThat(terms("manager's duties")).containsExactly("manager", "duty");
  }

  @Test
  void offsetsPointAtTheOriginalSpelling() throws IOException {
    String text = "Know C++ and .NET well";
    List<String> spans = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        spans.add(text.substring(o.startOffset(), o.endOffset()));
      }
      ts.end();
    }
    assertThat(spans).containsExactly("Know", "C++", ".NET", "well");
  }

  @Test
  void randomStringsNeverBreakTheChain() throws IOException {
    Random random = new Random(20261129L);
    String alphabet = "abcXYZ éü+#./-_'\"()*~:\\ \t\n\u0000\u200b0123456789<>&ÆßЖ中😀";
    int[] cps = alphabet.codePoints().toArray();
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(60);
      for (int j = 0; j < len; j++) {
        sb.appendCodePoint(cps[random.nextInt(cps.length)]);
      }
      String text = sb.toString();
      try (TokenStream ts = analyzer.tokenStream("f", text)) {
        CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
        ts.reset();
        int lastStart = 0;
        while (ts.incrementToken()) {
          assertThat(t.length()).as("empty term for %s", text).isPositive();
          assertThat(o.startOffset()).isBetween(lastStart, text.length());
          assertThat(o.endOffset()).isBetween(o.startOffset(), text.length());
          lastStart = o.startOffset();
        }
        ts.end();
      }
    }
  }
}
