package dev.dossier.store;

import dev.dossier.core.Span;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Lucene's UnifiedHighlighter, answering with spans instead of markup: for the text, a
 * {@link Snippet} of the best sentences; for the title, spans into the whole title. Offsets come
 * from the postings (the fields are indexed with offsets), so nothing is re-analysed.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  /** Passages of the text per hit. */
  static final int TEXT_PASSAGES = 2;

  /** A passage longer than this (a paragraph without full stops) is cut down around its first match. */
  static final int MAX_PASSAGE = 320;

  private static final String GAP = " … ";

  /** Highlights of one hit: spans into its title and the snippet of its text. */
  record Highlights(List<Span> title, Snippet snippet) {}

  /** The highlighter reads at most this much of a field. */
  private static final int MAX_LENGTH = 200_000;

  /** Fields read along with the highlighted ones, so a hit's stored fields are decompressed once. */
  private final Set<String> alsoLoaded;

  /** The stored fields read for each highlighted document, by Lucene doc id. */
  private final Map<Integer, Document> loaded = new HashMap<>();

  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer, Set<String> alsoLoaded) {
    // News articles run past the default 10,000 characters the highlighter looks at.
    super(UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(MAX_LENGTH));
    this.alsoLoaded = Set.copyOf(alsoLoaded);
  }

  /** The stored fields of a highlighted document: the highlighted ones and {@code alsoLoaded}. */
  Document stored(int docId) {
    return loaded.get(docId);
  }

  /**
   * Reads each document's stored fields once, the highlighted ones together with the hit's
   * metadata: decompressing a block of stored fields is the largest single cost of a search page,
   * and the default would read every hit twice (once here, once for its title and date).
   */
  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
    Set<String> wanted = new HashSet<>(alsoLoaded);
    wanted.addAll(Arrays.asList(fields));
    StoredFields storedFields = searcher.storedFields();
    List<CharSequence[]> values = new ArrayList<>();
    for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
      Document document = storedFields.document(doc, wanted);
      loaded.put(doc, document);
      CharSequence[] perField = new CharSequence[fields.length];
      for (int i = 0; i < fields.length; i++) {
        String value = document.get(fields[i]);
        perField[i] = value == null ? "" : value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
      }
      values.add(perField);
    }
    return values;
  }

  /** Highlights for each document, in the order of {@code docIds}. */
  List<Highlights> highlight(Query query, int[] docIds) throws IOException {
    Map<String, Object[]> byField =
        highlightFieldsAsObjects(new String[] {IndexFields.TITLE, IndexFields.TEXT}, query, docIds, new int[] {1, TEXT_PASSAGES});
    Object[] titles = byField.get(IndexFields.TITLE);
    Object[] texts = byField.get(IndexFields.TEXT);
    List<Highlights> result = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      @SuppressWarnings("unchecked")
      List<Span> title = titles[i] == null ? List.of() : (List<Span>) titles[i];
      Snippet snippet = texts[i] == null ? new Snippet("", List.of()) : (Snippet) texts[i];
      result.add(new Highlights(title, snippet));
    }
    return result;
  }

  @Override
  protected BreakIterator getBreakIterator(String field) {
    return IndexFields.TITLE.equals(field) ? new WholeBreakIterator() : BreakIterator.getSentenceInstance(Locale.ROOT);
  }

  @Override
  protected PassageFormatter getFormatter(String field) {
    return IndexFields.TITLE.equals(field) ? new TitleFormatter() : new SnippetFormatter();
  }

  /** The title's match spans, as offsets into the whole title. */
  private static final class TitleFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Span> spans = new ArrayList<>();
      for (Passage passage : passages) {
        for (int i = 0; i < passage.getNumMatches(); i++) {
          spans.add(new Span(passage.getMatchStarts()[i], passage.getMatchEnds()[i]));
        }
      }
      return disjoint(spans);
    }
  }

  /** Joins the passages into plain text and moves the match offsets along with them. */
  private static final class SnippetFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      StringBuilder text = new StringBuilder();
      List<Span> spans = new ArrayList<>();
      for (Passage passage : passages) {
        int start = passage.getStartOffset();
        int end = passage.getEndOffset();
        if (end - start > MAX_PASSAGE) {
          int passageStart = start;
          int passageEnd = end;
          int anchor = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : start;
          start = Math.max(passageStart, wordStart(content, Math.max(passageStart, anchor - MAX_PASSAGE / 3)));
          end = Math.min(passageEnd, wordEnd(content, Math.min(passageEnd, start + MAX_PASSAGE)));
        }
        while (start < end && Character.isWhitespace(content.charAt(start))) {
          start++;
        }
        while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
          end--;
        }
        if (start == end) {
          continue;
        }
        if (!text.isEmpty()) {
          text.append(GAP);
        }
        int base = text.length() - start;
        text.append(content, start, end);
        for (int i = 0; i < passage.getNumMatches(); i++) {
          int matchStart = Math.max(start, passage.getMatchStarts()[i]);
          int matchEnd = Math.min(end, passage.getMatchEnds()[i]);
          if (matchStart < matchEnd) {
            spans.add(new Span(base + matchStart, base + matchEnd));
          }
        }
      }
      // Line breaks become spaces one for one, so the spans stay valid.
      String flat = text.toString().replace('\n', ' ').replace('\r', ' ');
      return new Snippet(flat, disjoint(spans));
    }
  }

  /**
   * The spans sorted, with overlapping or touching ones merged, so a phrase match and the words
   * inside it become one highlight.
   */
  static List<Span> disjoint(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(null);
    List<Span> merged = new ArrayList<>();
    for (Span span : sorted) {
      if (!merged.isEmpty() && span.start() <= merged.getLast().end()) {
        Span last = merged.removeLast();
        merged.add(new Span(last.start(), Math.max(last.end(), span.end())));
      } else {
        merged.add(span);
      }
    }
    return List.copyOf(merged);
  }

  private static int wordStart(String content, int offset) {
    int at = offset;
    while (at > 0 && !Character.isWhitespace(content.charAt(at - 1))) {
      at--;
    }
    return at;
  }

  private static int wordEnd(String content, int offset) {
    int at = offset;
    while (at < content.length() && !Character.isWhitespace(content.charAt(at))) {
      at++;
    }
    return at;
  }
}
