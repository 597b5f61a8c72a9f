package org.microcert.taxonomy.analysis;

import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The English analysis chain shared by the competency index, the matcher and the postings
 * extractor.
 *
 * <ol>
 *   <li>{@link TechTermCharFilter} rewrites technical spellings the standard tokenizer would
 *       destroy: {@code C++} → {@code cplusplus}, {@code C#} → {@code csharp}, {@code F#} → {@code
 *       fsharp}, {@code .NET} → {@code dotnet}, {@code e-commerce} → {@code ecommerce}. Offsets
 *       stay those of the original text.
 *   <li>Standard tokenizer (UAX#29 words), possessives removed, lower case, accents folded.
 *   <li>{@link DotlessFilter}: dots inside words go ({@code node.js} → {@code nodejs}, so {@code
 *       Node.js}, {@code NodeJS} and {@code nodejs} meet). {@code CI/CD} becomes {@code ci}, {@code
 *       cd}.
 *   <li>A small stop set, then KStem, a dictionary stemmer: {@code databases} → {@code database},
 *       {@code analyses} → {@code analysis}, but {@code experience} and {@code experiment} stay
 *       apart, unlike Porter.
 * </ol>
 *
 * <p>Thread-safe like every Lucene {@link Analyzer} (components are reused per thread).
 */
public final class CompetencyAnalyzer extends Analyzer {

  /** Function words dropped from labels and text; kept small so labels like "IT" survive. */
  public static final CharArraySet STOP_WORDS =
      CharArraySet.unmodifiableSet(
          new CharArraySet(
              List.of(
                  "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into",
                  "is", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these",
                  "they", "this", "to", "was", "will", "with"),
              false));

  /** Rewritten technical names, protected from stemming. */
  static final CharArraySet PROTECTED =
      CharArraySet.unmodifiableSet(
          new CharArraySet(List.of("cplusplus", "csharp", "fsharp", "jsharp", "dotnet"), false));

  /**
   * The first two links of this chain alone (the char filter and the tokenizer): raw words with
   * offsets in the original text, before any token filter. The extractor analyses each raw word
   * once with the full chain and caches the result, which equals the full chain on the whole text
   * because every filter after the tokenizer sees one token at a time.
   */
  public static Analyzer rawWords() {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return rewrite(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(tokenizer());
      }
    };
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return rewrite(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return rewrite(reader);
  }

  private static Reader rewrite(Reader reader) {
    return new TechTermCharFilter(reader);
  }

  private static Tokenizer tokenizer() {
    return new StandardTokenizer();
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = tokenizer();
    TokenStream sink = new EnglishPossessiveFilter(source);
    sink = new LowerCaseFilter(sink);
    sink = new ASCIIFoldingFilter(sink);
    sink = new SetKeywordMarkerFilter(sink, PROTECTED);
    sink = new DotlessFilter(sink);
    sink = new StopFilter(sink, STOP_WORDS);
    sink = new KStemFilter(sink);
    return new TokenStreamComponents(source, sink);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
