package org.microcert.taxonomy.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The English analysis chain shared by the competency index, the matcher and the postings
 * extractor: standard tokenizer, possessives removed, lower case, accents folded, stop words
 * removed, KStem (a dictionary stemmer: "databases" → "database" but "experience" and
 * "experiment" stay apart, unlike Porter).
 */
public final class CompetencyAnalyzer extends Analyzer {

  /** Function words dropped from labels and text; kept small so labels like "IT" survive. */
  public static final CharArraySet STOP_WORDS =
      CharArraySet.unmodifiableSet(
          new CharArraySet(
              java.util.List.of(
                  "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in",
                  "into", "is", "of", "on", "or", "such", "that", "the", "their", "then",
                  "there", "these", "they", "this", "to", "was", "will", "with"),
              false));

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream sink = new EnglishPossessiveFilter(source);
    sink = new LowerCaseFilter(sink);
    sink = new ASCIIFoldingFilter(sink);
    sink = new StopFilter(sink, STOP_WORDS);
    sink = new KStemFilter(sink);
    return new TokenStreamComponents(source, sink);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
