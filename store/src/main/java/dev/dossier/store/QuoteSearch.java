package dev.dossier.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Quotes by their words, through the search index: {@code dossier quotes --contains "warn
 * sanctions"} finds quotes holding every word as search matches words (English analysis: case,
 * possessives and stems do not matter, stop words are dropped; any order), ranked by how well the
 * article's quotes match (Lucene's BM25 over the {@code quote} field), then by position in the
 * article.
 *
 * <p>The index picks and ranks the articles whose quotes hold all the words; the database gives
 * those articles' quotes, filtered by speaker and dates; each is kept if its own words hold all of
 * them. Words that are all stop words ("the") fall back to a case-insensitive substring match in the
 * database. Thread-safe.
 */
final class QuoteSearch {

  /** The most articles the index hands on; their quotes are then filtered one by one. */
  static final int MAX_ARTICLES = 2_000;

  private final Analyzer analyzer = IndexFields.analyzer();

  /** The query's words as the index holds them: lower case, stemmed, no stop words; in order, without repeats. */
  Set<String> terms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream tokens = analyzer.tokenStream(IndexFields.QUOTE, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new IllegalStateException("analysing a string cannot fail", e);
    }
    return terms;
  }

  /** The ids of articles whose quotes hold every term, best match first. */
  List<String> articles(SearchIndex index, Set<String> terms) throws IOException {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    terms.stream().limit(Searcher.MAX_WORDS).forEach(t -> all.add(new TermQuery(new Term(IndexFields.QUOTE, t)), Occur.MUST));
    return index.search(searcher -> ids(searcher, searcher.search(all.build(), MAX_ARTICLES).scoreDocs));
  }

  private static List<String> ids(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    List<String> ids = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      Document doc = searcher.storedFields().document(hit.doc, Set.of(IndexFields.ID));
      ids.add(doc.get(IndexFields.ID));
    }
    return ids;
  }

  /**
   * The quotes of the ranked articles that match the query's other criteria and hold every term,
   * in the articles' rank order, then by position; at most the query's limit.
   */
  List<StoredQuote> quotes(java.sql.Connection connection, QuoteQuery query, Set<String> terms, List<String> rankedArticles) throws SQLException {
    if (rankedArticles.isEmpty()) {
      return List.of();
    }
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < rankedArticles.size(); i++) {
      rank.put(rankedArticles.get(i), i);
    }
    List<StoredQuote> kept = new ArrayList<>();
    for (StoredQuote quote : QuoteQueries.inArticles(connection, query, rankedArticles)) {
      if (terms(quote.quote().text()).containsAll(terms)) {
        kept.add(quote);
      }
    }
    kept.sort(Comparator.comparingInt((StoredQuote q) -> rank.get(q.articleId())).thenComparingInt(q -> q.quote().span().start()));
    return kept.size() > query.limit() ? List.copyOf(kept.subList(0, query.limit())) : kept;
  }
}
