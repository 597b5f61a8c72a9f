package org.microcert.taxonomy.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Rewrites technical spellings that the standard tokenizer would destroy, in one pass without
 * regular expressions (this runs on every posting, so it must cost little next to tokenizing):
 *
 * <ul>
 *   <li>{@code C++}, {@code c ++} → {@code cplusplus}
 *   <li>{@code C#}, {@code F#}, {@code J#} → {@code Csharp}, {@code Fsharp}, {@code Jsharp}
 *   <li>{@code .NET}, {@code .Net}, {@code .net} (not after a letter, digit or dot) → {@code
 *       dotnet}
 *   <li>{@code e-commerce}, {@code E-learning} (before 3+ letters) → {@code ecommerce}, {@code
 *       Elearning}
 * </ul>
 *
 * Each rule applies only at a word boundary (no letter or digit before, and for the first three
 * none after). Offsets of the tokens still point into the original text, as with Lucene's {@code
 * PatternReplaceCharFilter}, whose four rules this reproduces.
 */
public final class TechTermCharFilter extends BaseCharFilter {

  private Reader transformed;

  public TechTermCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (transformed == null) {
      transformed = new StringReader(rewrite(readAll()));
    }
    return transformed.read(cbuf, off, len);
  }

  private String readAll() throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[4096];
    for (int n = input.read(buf); n != -1; n = input.read(buf)) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  private String rewrite(String s) {
    int n = s.length();
    StringBuilder out = null;
    int cumulative = 0;
    int copied = 0;
    // The character before position i as the first three rules see it (the e- rule runs last in
    // the chain it reproduces, so its own removals are invisible to them).
    char prev = ' ';
    for (int i = 0; i < n; ) {
      String repl = stage1(s, i, prev);
      int matchLen = this.matchLen;
      if (repl == null
          && isE(s.charAt(i))
          && !Character.isLetterOrDigit(prev)
          && i + 1 < n
          && s.charAt(i + 1) == '-'
          && (letters(s, i + 2, 3) || stage1(s, i + 2, '-') != null)) {
        repl = String.valueOf(s.charAt(i));
        matchLen = 2;
      }
      if (repl == null) {
        prev = s.charAt(i);
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n + 16);
      }
      out.append(s, copied, i);
      int lengthBefore = out.length();
      out.append(repl);
      int replSize = repl.length();
      if (replSize < matchLen) {
        cumulative += matchLen - replSize;
        addOffCorrectMap(lengthBefore + replSize, cumulative);
      } else {
        for (int k = matchLen; k < replSize; k++) {
          addOffCorrectMap(lengthBefore + k, --cumulative);
        }
      }
      prev = matchLen == 2 && replSize == 1 ? '-' : repl.charAt(replSize - 1);
      copied = i + matchLen;
      i = copied;
    }
    if (out == null) {
      return s;
    }
    out.append(s, copied, n);
    return out.toString();
  }

  /** Length of the last match of {@link #stage1}. */
  private int matchLen;

  /** The replacement of rules 1 to 3 starting at {@code i}, or null; sets {@link #matchLen}. */
  private String stage1(String s, int i, char prev) {
    int n = s.length();
    if (i >= n) {
      return null;
    }
    char c = s.charAt(i);
    if (c == '.') {
      if (!Character.isLetterOrDigit(prev)
          && prev != '.'
          && isNet(s, i + 1)
          && boundaryAt(s, i + 4)) {
        matchLen = 4;
        return "dotnet";
      }
      return null;
    }
    boolean cc = c == 'c' || c == 'C';
    if (!(cc || c == 'f' || c == 'F' || c == 'j' || c == 'J') || Character.isLetterOrDigit(prev)) {
      return null;
    }
    int j = i + 1 < n && isSpace(s.charAt(i + 1)) ? i + 2 : i + 1;
    if (cc && j + 1 < n && s.charAt(j) == '+' && s.charAt(j + 1) == '+' && boundaryAt(s, j + 2)) {
      matchLen = j + 2 - i;
      return "cplusplus";
    }
    if (j < n && s.charAt(j) == '#' && boundaryAt(s, j + 1)) {
      matchLen = j + 1 - i;
      return c + "sharp";
    }
    return null;
  }

  private static boolean isE(char c) {
    return c == 'e' || c == 'E';
  }

  private static boolean isNet(String s, int at) {
    return s.startsWith("NET", at) || s.startsWith("Net", at) || s.startsWith("net", at);
  }

  private static boolean boundaryAt(String s, int at) {
    return at >= s.length() || !Character.isLetterOrDigit(s.charAt(at));
  }

  private static boolean letters(String s, int from, int count) {
    if (from + count > s.length()) {
      return false;
    }
    for (int k = from; k < from + count; k++) {
      if (!Character.isLetter(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Java regex {@code \s}: space, tab, newline, vertical tab, form feed, carriage return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
