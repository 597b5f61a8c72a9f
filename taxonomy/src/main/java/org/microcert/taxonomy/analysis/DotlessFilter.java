package org.microcert.taxonomy.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Removes dots inside word tokens that hold a letter ({@code node.js} → {@code nodejs}, {@code
 * asp.net} → {@code aspnet}), so dotted and undotted spellings stem alike; numbers such as {@code
 * 3.5} keep theirs. Expects lower case input.
 */
public final class DotlessFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  /** Wraps {@code input}. */
  public DotlessFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buf = termAtt.buffer();
    int len = termAtt.length();
    boolean hasDot = false;
    boolean hasLetter = false;
    for (int i = 0; i < len; i++) {
      if (buf[i] == '.') {
        hasDot = true;
      } else if (Character.isLetter(buf[i])) {
        hasLetter = true;
      }
    }
    if (hasDot && hasLetter) {
      int w = 0;
      for (int i = 0; i < len; i++) {
        if (buf[i] != '.') {
          buf[w++] = buf[i];
        }
      }
      termAtt.setLength(w);
    }
    return true;
  }
}
