package org.microcert.taxonomy.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Runs an analyzer over a text: the one loop over a {@link TokenStream} (reset, increment, end,
 * close) that the matcher, the extractor and the evaluation share.
 */
public final class TextAnalysis {

  /** The field name given to the analyzer; {@link CompetencyAnalyzer} ignores it. */
  public static final String FIELD = "text";

  /**
   * One analysed token.
   *
   * @param term the analysed term
   * @param position 0-based position (stop words leave gaps)
   * @param start offset of its first character in the original text
   * @param end offset after its last character
   */
  public record Token(String term, int position, int start, int end) {}

  /** Receives the tokens of {@link #forEach}, one at a time. */
  @FunctionalInterface
  public interface TokenVisitor {
    /**
     * One token. The buffer is reused: copy what must outlive the call.
     *
     * @param term the term's characters (the first {@code length} count)
     * @param length the term's length
     * @param position 0-based position
     * @param start offset of the first character in the original text
     * @param end offset after the last character
     * @return false to stop at this token
     */
    boolean visit(char[] term, int length, int position, int start, int end);
  }

  private TextAnalysis() {}

  /**
   * Streams the tokens of {@code text} under {@code analyzer} to {@code visitor}, until the last
   * one or until the visitor returns false.
   *
   * @return false if the visitor stopped early
   */
  public static boolean forEach(Analyzer analyzer, String text, TokenVisitor visitor) {
    try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      boolean complete = true;
      while (ts.incrementToken()) {
        position += increment.getPositionIncrement();
        if (!visitor.visit(
            term.buffer(), term.length(), position, offset.startOffset(), offset.endOffset())) {
          complete = false;
          break;
        }
      }
      ts.end();
      return complete;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot analyse text: " + e.getMessage(), e);
    }
  }

  /** The tokens of {@code text} with their positions and offsets. */
  public static List<Token> tokens(Analyzer analyzer, String text) {
    List<Token> out = new ArrayList<>();
    forEach(
        analyzer,
        text,
        (term, length, position, start, end) ->
            out.add(new Token(new String(term, 0, length), position, start, end)));
    return out;
  }

  /** The analysed terms of {@code text}, in order, repeats kept. */
  public static List<String> terms(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    forEach(
        analyzer,
        text,
        (term, length, position, start, end) -> out.add(new String(term, 0, length)));
    return out;
  }
}
