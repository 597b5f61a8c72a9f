package org.microcert.taxonomy.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.junit.jupiter.api.Test;

/**
 * The one-pass filter gives the same text and offsets as the four regular expressions it replaces.
 */
class TechTermCharFilterTest {

  private static final Pattern CPLUSPLUS =
      Pattern.compile("(?<![\\p{L}\\p{N}])[cC]\\s?\\+\\+(?![\\p{L}\\p{N}])");
  private static final Pattern SHARP_LANGS =
      Pattern.compile("(?<![\\p{L}\\p{N}])([cCfFjJ])\\s?#(?![\\p{L}\\p{N}])");
  private static final Pattern DOTNET =
      Pattern.compile("(?<![\\p{L}\\p{N}.])\\.(?:NET|[Nn]et)(?![\\p{L}\\p{N}])");
  private static final Pattern E_PREFIX =
      Pattern.compile("(?<![\\p{L}\\p{N}])([eE])-(?=\\p{L}{3,})");

  @Test
  void rewritesTechnicalSpellings() throws IOException {
    assertThat(filtered("C++ and C# on .NET, e-commerce and E-learning"))
        .isEqualTo("cplusplus and Csharp on dotnet, ecommerce and Elearning");
    assertThat(filtered("abc++ music# asp.net time-efficient e-mx"))
        .isEqualTo("abc++ music# asp.net time-efficient e-mx");
    assertThat(filtered("c ++ f# j#")).isEqualTo("cplusplus fsharp jsharp");
  }

  @Test
  void offsetsPointIntoTheOriginalText() throws IOException {
    String in = "use C++ daily";
    TechTermCharFilter f = new TechTermCharFilter(new StringReader(in));
    String out = read(f);
    int start = out.indexOf("cplusplus");
    assertThat(f.correctOffset(start)).isEqualTo(4);
    assertThat(f.correctOffset(start + "cplusplus".length())).isEqualTo(7);
    assertThat(f.correctOffset(out.indexOf("daily"))).isEqualTo(in.indexOf("daily"));
  }

  @Test
  void agreesWithTheRegexChainOnRandomText() throws IOException {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    String[] parts = {
      "c",
      "C",
      "f",
      "J",
      "e",
      "E",
      "+",
      "++",
      "#",
      "-",
      ".",
      ".NET",
      ".net",
      "Net",
      " ",
      "\t",
      "com",
      "merce",
      "x",
      "1",
      "asp",
      "learning",
      "é",
      "\n"
    };
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + r.nextInt(12);
      for (int k = 0; k < len; k++) {
        sb.append(parts[r.nextInt(parts.length)]);
      }
      String text = sb.toString();
      CharFilter mine = new TechTermCharFilter(new StringReader(text));
      CharFilter regex = regexChain(text);
      String a = read(mine);
      String b = read(regex);
      assertThat(a).as("seed %d, text '%s'", seed, text).isEqualTo(b);
      for (int off = 0; off <= a.length(); off++) {
        assertThat(mine.correctOffset(off))
            .as("seed %d, text '%s', offset %d", seed, text, off)
            .isEqualTo(regex.correctOffset(off));
      }
    }
  }

  private static CharFilter regexChain(String text) {
    Reader r = new PatternReplaceCharFilter(CPLUSPLUS, "cplusplus", new StringReader(text));
    r = new PatternReplaceCharFilter(SHARP_LANGS, "$1sharp", r);
    r = new PatternReplaceCharFilter(DOTNET, "dotnet", r);
    return new PatternReplaceCharFilter(E_PREFIX, "$1", r);
  }

  private static String filtered(String s) throws IOException {
    return read(new TechTermCharFilter(new StringReader(s)));
  }

  private static String read(Reader r) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[64];
    for (int n = r.read(buf); n != -1; n = r.read(buf)) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }
}
