package dev.dossier.store;

import dev.dossier.core.EntityType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link SearchQuery} into a Lucene query, runs it once collecting both the page of hits
 * and the facet counts over all matches, and highlights the page.
 *
 * <p>Entity names are resolved through the database first, so a name that means nothing gives a
 * warning and no hits instead of an error. Thread-safe.
 */
final class Searcher {

  /** Title matches weigh twice body matches. */
  private static final float TITLE_BOOST = 2f;

  /** Words of a plain-words query: two clauses each, well inside Lucene's default limit of 1024. */
  static final int MAX_WORDS = 200;

  private static final int TOP_ENTITIES = 10;
  private static final int TOP_SOURCES = 20;

  /** Newest first; undated articles last; ties in index order. */
  private static final Sort BY_DATE = byDate();

  private final Database database;
  private final Analyzer analyzer = IndexFields.analyzer();

  /** The facet ordinals of the last reader searched, rebuilt when a commit opens a new reader. */
  private FacetState facetState;

  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  Searcher(Database database) {
    this.database = database;
  }

  private static Sort byDate() {
    SortField published = new SortField(IndexFields.PUBLISHED, SortField.Type.LONG, true);
    published.setMissingValue(Long.MIN_VALUE);
    return new Sort(published, SortField.FIELD_DOC);
  }

  SearchResult search(SearchIndex index, SearchQuery query) throws IOException {
    List<String> warnings = new ArrayList<>();
    List<Set<String>> required = new ArrayList<>();
    if (!query.entities().isEmpty()) {
      Map<String, Set<String>> resolved = database.read(c -> EntityQueries.resolve(c, query.entities(), query.type()));
      for (Map.Entry<String, Set<String>> name : resolved.entrySet()) {
        if (name.getValue().isEmpty()) {
          String typed = query.type() == null ? "" : " of type " + query.type();
          warnings.add("no entity named '" + name.getKey() + "'" + typed);
        }
        required.add(name.getValue());
      }
      if (!warnings.isEmpty()) {
        return SearchResult.empty(warnings);
      }
    }
    List<Query> speakers = new ArrayList<>();
    if (!query.speakers().isEmpty()) {
      Map<String, Set<String>> resolved = database.read(c -> EntityQueries.resolve(c, query.speakers(), null));
      for (Map.Entry<String, Set<String>> name : resolved.entrySet()) {
        speakers.add(speakerQuery(name.getKey(), name.getValue()));
      }
    }
    Query text = parse(query.text(), warnings);
    try {
      return index.search(searcher -> run(searcher, text, filter(text, required, speakers, query), query, warnings));
    } catch (IndexSearcher.TooManyClauses e) {
      // A wildcard that expands to more terms than a query may hold: fall back as for bad syntax.
      warnings.add("the query expands to too many words (" + e.getMessage() + "); searched for its words instead");
      Query words = plainWords(query.text(), warnings);
      return index.search(searcher -> run(searcher, words, filter(words, required, speakers, query), query, warnings));
    }
  }

  private Query parse(String text, List<String> warnings) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(
            new String[] {IndexFields.TITLE, IndexFields.TEXT}, analyzer, Map.of(IndexFields.TITLE, TITLE_BOOST, IndexFields.TEXT, 1f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException | RuntimeException e) {
      // RuntimeException: the parser also throws TooManyClauses and IllegalArgumentException on
      // input it accepts syntactically; any of them is better answered by a plain search.
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
      warnings.add("could not parse the query (" + reason + "); searched for its words instead");
      return plainWords(text, warnings);
    }
  }

  /**
   * Every word of the text, analysed as the index was, required in the title or the text; at most
   * {@link #MAX_WORDS} of them, so that even a pasted article stays within Lucene's clause limit.
   */
  private Query plainWords(String text, List<String> warnings) {
    Set<String> words = new LinkedHashSet<>();
    try (TokenStream tokens = analyzer.tokenStream(IndexFields.TEXT, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        words.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new IllegalStateException("analysing a string cannot fail", e);
    }
    if (words.isEmpty()) {
      return new MatchNoDocsQuery("no searchable words");
    }
    if (words.size() > MAX_WORDS) {
      warnings.add("only the first " + MAX_WORDS + " of " + words.size() + " different words were searched");
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    words.stream()
        .limit(MAX_WORDS)
        .forEach(
            word ->
                all.add(
                    new BooleanQuery.Builder()
                        .add(new BoostQuery(new TermQuery(new Term(IndexFields.TITLE, word)), TITLE_BOOST), Occur.SHOULD)
                        .add(new TermQuery(new Term(IndexFields.TEXT, word)), Occur.SHOULD)
                        .build(),
                    Occur.MUST));
    return all.build();
  }

  /** Articles quoting a speaker: one the name resolves to by entity, or one whose name holds the name's words in order. */
  private Query speakerQuery(String name, Set<String> entityIds) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String id : entityIds) {
      any.add(new TermQuery(new Term(IndexFields.SPEAKER, id)), Occur.SHOULD);
    }
    Query byName = new QueryBuilder(analyzer).createPhraseQuery(IndexFields.SPEAKER_NAME, name);
    if (byName != null) {
      any.add(byName, Occur.SHOULD);
    }
    return entityIds.isEmpty() && byName == null ? new MatchNoDocsQuery("no speaker named '" + name + "'") : any.build();
  }

  private static Query filter(Query text, List<Set<String>> required, List<Query> speakers, SearchQuery query) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder().add(text, Occur.MUST);
    for (Query speaker : speakers) {
      builder.add(speaker, Occur.FILTER);
    }
    for (Set<String> ids : required) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String id : ids) {
        any.add(new TermQuery(new Term(IndexFields.ENTITY, id)), Occur.SHOULD);
      }
      builder.add(any.build(), Occur.FILTER);
    }
    if (query.type() != null && query.entities().isEmpty()) {
      builder.add(new TermQuery(new Term(IndexFields.ENTITY_TYPE, query.type().name())), Occur.FILTER);
    }
    if (query.from() != null || query.to() != null) {
      long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochDay();
      long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochDay();
      builder.add(LongPoint.newRangeQuery(IndexFields.PUBLISHED, from, to), Occur.FILTER);
    }
    if (query.source() != null && !query.source().isBlank()) {
      builder.add(new TermQuery(new Term(IndexFields.SOURCE_KEY, IndexFields.sourceKey(query.source()))), Occur.FILTER);
    }
    return builder.build();
  }

  private SearchResult run(IndexSearcher searcher, Query text, Query filtered, SearchQuery query, List<String> warnings) throws IOException {
    // Exact totals: Integer.MAX_VALUE disables early termination, which facets need anyway.
    // The collectors want at least one hit and no more than the index holds.
    int wanted = (int) Math.max(1, Math.min((long) query.offset() + query.limit(), searcher.getIndexReader().maxDoc()));
    CollectorManager<?, ? extends TopDocs> top =
        query.matchesAll() ? new TopFieldCollectorManager(BY_DATE, wanted, Integer.MAX_VALUE) : new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE);
    Object[] collected = searcher.search(filtered, new MultiCollectorManager(top, new FacetsCollectorManager()));
    TopDocs topDocs = (TopDocs) collected[0];
    FacetsCollector facets = (FacetsCollector) collected[1];
    long total = topDocs.totalHits.value();

    ScoreDoc[] page = Arrays.copyOfRange(topDocs.scoreDocs, Math.min(query.offset(), topDocs.scoreDocs.length), Math.min(wanted, topDocs.scoreDocs.length));
    if (query.limit() == 0) {
      page = new ScoreDoc[0];
    }
    int[] docIds = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
    Set<String> stored = Set.of(IndexFields.ID, IndexFields.TITLE, IndexFields.SOURCE, IndexFields.PUBLISHED);
    SnippetHighlighter highlighter = new SnippetHighlighter(searcher, analyzer, stored);
    List<SnippetHighlighter.Highlights> highlights = highlighter.highlight(text, docIds);
    List<SearchResult.Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document loaded = highlighter.stored(page[i].doc);
      Document doc = loaded != null ? loaded : searcher.storedFields().document(page[i].doc, stored);
      Number day = doc.getField(IndexFields.PUBLISHED) == null ? null : doc.getField(IndexFields.PUBLISHED).numericValue();
      float score = Float.isNaN(page[i].score) ? 0f : page[i].score;
      hits.add(
          new SearchResult.Hit(
              doc.get(IndexFields.ID),
              doc.get(IndexFields.TITLE),
              day == null ? null : LocalDate.ofEpochDay(day.longValue()),
              doc.get(IndexFields.SOURCE),
              score,
              highlights.get(i).snippet(),
              highlights.get(i).title()));
    }
    return new SearchResult(total, hits, total == 0 ? SearchResult.FacetCounts.NONE : counts(searcher.getIndexReader(), facets), warnings);
  }

  private SearchResult.FacetCounts counts(IndexReader reader, FacetsCollector collector) throws IOException {
    SortedSetDocValuesReaderState state = facetState(reader);
    if (state == null) {
      return SearchResult.FacetCounts.NONE;
    }
    Facets facets = new SortedSetDocValuesFacetCounts(state, collector);

    List<SearchResult.EntityCount> entities = entityCounts(children(facets, state, IndexFields.DIM_ENTITY, TOP_ENTITIES));
    List<SearchResult.EntityCount> speakers = entityCounts(children(facets, state, IndexFields.DIM_SPEAKER, TOP_ENTITIES));
    Map<EntityType, Long> types = new LinkedHashMap<>();
    for (LabelAndValue count : byCount(children(facets, state, IndexFields.DIM_TYPE, Integer.MAX_VALUE))) {
      types.put(EntityType.valueOf(count.label), count.value.longValue());
    }
    Map<String, Long> sources = new LinkedHashMap<>();
    for (LabelAndValue count : byCount(children(facets, state, IndexFields.DIM_SOURCE, TOP_SOURCES))) {
      sources.put(count.label, count.value.longValue());
    }
    List<LabelAndValue> monthCounts = new ArrayList<>(children(facets, state, IndexFields.DIM_MONTH, Integer.MAX_VALUE));
    monthCounts.sort(Comparator.comparing(lv -> lv.label));
    Map<YearMonth, Long> months = new LinkedHashMap<>();
    for (LabelAndValue count : monthCounts) {
      months.put(YearMonth.parse(count.label), count.value.longValue());
    }
    return new SearchResult.FacetCounts(entities, types, sources, months, speakers);
  }

  /** Entity facet counts with the entities' names and types from the database. */
  private List<SearchResult.EntityCount> entityCounts(List<LabelAndValue> counts) {
    Map<String, EntitySummary> known = database.read(c -> EntityQueries.byIds(c, counts.stream().map(lv -> lv.label).toList()));
    List<SearchResult.EntityCount> entities = new ArrayList<>();
    for (LabelAndValue count : counts) {
      EntitySummary entity = known.get(count.label);
      // An entity the database has just dropped may linger in the index until its commit lands.
      if (entity != null) {
        entities.add(new SearchResult.EntityCount(entity.id(), entity.name(), entity.type(), count.value.longValue()));
      }
    }
    return entities;
  }

  /** The top children of a dimension with their counts, or none if no document has the dimension. */
  private static List<LabelAndValue> children(Facets facets, SortedSetDocValuesReaderState state, String dim, int top) throws IOException {
    if (state.getOrdRange(dim) == null) {
      return List.of();
    }
    FacetResult result = top == Integer.MAX_VALUE ? facets.getAllChildren(dim) : facets.getTopChildren(top, dim);
    return result == null ? List.of() : Arrays.stream(result.labelValues).filter(lv -> lv.value.longValue() > 0).toList();
  }

  private static List<LabelAndValue> byCount(List<LabelAndValue> counts) {
    return counts.stream()
        .sorted(Comparator.comparingLong((LabelAndValue lv) -> -lv.value.longValue()).thenComparing(lv -> lv.label))
        .toList();
  }

  private synchronized SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    if (facetState == null || facetState.reader() != reader) {
      boolean indexed = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null;
      facetState = new FacetState(reader, indexed ? new DefaultSortedSetDocValuesReaderState(reader, IndexFields.FACETS) : null);
    }
    return facetState.state();
  }
}
