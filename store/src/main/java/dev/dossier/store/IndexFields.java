package dev.dossier.store;

import dev.dossier.core.EntityType;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/**
 * How an {@link IndexedArticle} becomes a Lucene document: the field names, their analysis and the
 * facet dimensions. Change anything here and bump {@link SearchIndex#FORMAT}, so existing indexes
 * are rebuilt from the database on the next open.
 */
final class IndexFields {

  static final String ID = "id";
  static final String TITLE = "title";
  static final String TEXT = "text";
  /** Stored as given, for display. */
  static final String SOURCE = "source";
  /** Lower-cased, for case-insensitive filtering. */
  static final String SOURCE_KEY = "source_key";
  /** Epoch day: a point for ranges, doc values for sorting, stored for display. */
  static final String PUBLISHED = "published";
  static final String ENTITY = "entity";
  static final String ENTITY_TYPE = "entity_type";
  /** What the article's quotes say: English analysis, like the text, for {@code quote:word} queries. */
  static final String QUOTE = "quote";
  /** Entity ids of the article's speakers. */
  static final String SPEAKER = "speaker";
  /** Names of the article's speakers as the quote stage resolved them, analysed as text. */
  static final String SPEAKER_NAME = "speaker_name";

  static final String DIM_SOURCE = "source";
  static final String DIM_ENTITY = "entity";
  static final String DIM_TYPE = "type";
  static final String DIM_MONTH = "month";
  static final String DIM_SPEAKER = "speaker";

  static final FacetsConfig FACETS = facetsConfig();

  /** Tokenized, stored, with offsets in the postings so the highlighter need not re-analyse. */
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);

  private IndexFields() {}

  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(DIM_ENTITY, true);
    config.setMultiValued(DIM_TYPE, true);
    config.setMultiValued(DIM_SPEAKER, true);
    return config;
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /**
   * English analysis (possessives, lower case, stop words, Porter stems) for title, text, quotes and
   * speakers' names; the keyword fields are left whole, so {@code entity_type:PERSON} typed in a
   * query still matches.
   */
  static Analyzer analyzer() {
    KeywordAnalyzer keyword = new KeywordAnalyzer();
    return new PerFieldAnalyzerWrapper(
        new EnglishAnalyzer(),
        Map.of(ID, keyword, SOURCE_KEY, keyword, ENTITY, keyword, ENTITY_TYPE, keyword, SPEAKER, keyword));
  }

  static Document document(IndexedArticle article) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(ID, article.id(), Field.Store.YES));
    doc.add(new Field(TITLE, article.title(), TEXT_WITH_OFFSETS));
    doc.add(new Field(TEXT, article.text(), TEXT_WITH_OFFSETS));
    if (article.source() != null && !article.source().isBlank()) {
      doc.add(new StoredField(SOURCE, article.source()));
      doc.add(new StringField(SOURCE_KEY, sourceKey(article.source()), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(DIM_SOURCE, article.source()));
    }
    if (article.published() != null) {
      long day = article.published().toEpochDay();
      doc.add(new LongPoint(PUBLISHED, day));
      doc.add(new NumericDocValuesField(PUBLISHED, day));
      doc.add(new StoredField(PUBLISHED, day));
      doc.add(new SortedSetDocValuesFacetField(DIM_MONTH, MONTH.format(article.published())));
    }
    for (String entityId : article.entityIds()) {
      doc.add(new StringField(ENTITY, entityId, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(DIM_ENTITY, entityId));
    }
    for (EntityType type : article.entityTypes()) {
      doc.add(new StringField(ENTITY_TYPE, type.name(), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(DIM_TYPE, type.name()));
    }
    for (String quote : article.quotes()) {
      doc.add(new TextField(QUOTE, quote, Field.Store.NO));
    }
    for (String speakerId : article.speakerIds()) {
      doc.add(new StringField(SPEAKER, speakerId, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(DIM_SPEAKER, speakerId));
    }
    for (String name : article.speakerNames()) {
      doc.add(new TextField(SPEAKER_NAME, name, Field.Store.NO));
    }
    return FACETS.build(doc);
  }

  static String sourceKey(String source) {
    return source.strip().toLowerCase(Locale.ROOT);
  }
}
