package dev.dossier.store;

import dev.dossier.core.Span;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A timeline of the dates the articles speak of, earliest first. Each date expression with a
 * calendar value (a day, a month, an ISO week or a year; not {@code XXXX-08}) is placed at the
 * first day of its period. For an entity, only the expressions in a sentence that also mentions it
 * count, so "Putin met Trump in July 2018" places both men in July 2018, while a date three
 * paragraphs away does not.
 *
 * <p>Sentences are not stored, so they are found again in the text around the expression: a
 * sentence ends at a line break or at {@code .!?} followed by a space. That is cruder than the
 * tokenizer's splitter but needs only the few hundred characters around each date.
 */
final class TimelineQueries {

  /** Characters read on each side of a date to find its sentence. */
  static final int WINDOW = 400;

  /** The first day of a date value's period, as ISO text, or NULL for values with no calendar day. */
  private static final String DAY =
      """
      CASE
        WHEN d.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(d.value, 1, 10)
        WHEN d.value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' THEN d.value || '-01'
        WHEN d.value GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]*'
          THEN date(substr(d.value, 1, 4) || '-01-04', '-6 days', 'weekday 1', '+' || ((cast(substr(d.value, 7, 2) AS INTEGER) - 1) * 7) || ' days')
        WHEN d.value GLOB '[0-9][0-9][0-9][0-9]' THEN d.value || '-01-01'
      END""";

  private static final String CANDIDATES =
      "SELECT * FROM (SELECT " + DAY + " AS day, d.value, d.text, d.start_offset, d.end_offset, a.id, a.title, a.published"
          + " FROM dates d JOIN articles a ON a.id = d.article_id"
          + " WHERE (?1 IS NULL OR d.article_id IN (SELECT article_id FROM article_entities WHERE entity_id = ?1)))"
          + " WHERE day IS NOT NULL AND (?2 IS NULL OR day >= ?2) AND (?3 IS NULL OR day <= ?3)"
          + " ORDER BY day, published, id, start_offset";

  private TimelineQueries() {}

  private record Candidate(String day, String value, String text, Span span, String articleId, String title, String published) {}

  static List<TimelineEntry> timeline(Connection connection, TimelineQuery query) throws SQLException {
    List<TimelineEntry> entries = new ArrayList<>();
    if (query.limit() == 0) {
      return entries;
    }
    Map<String, List<Span>> mentionsByArticle = new HashMap<>();
    int skipped = 0;
    try (PreparedStatement candidates = connection.prepareStatement(CANDIDATES);
        PreparedStatement window = connection.prepareStatement("SELECT substr(text, ?, ?) FROM articles WHERE id = ?");
        PreparedStatement mentions =
            connection.prepareStatement("SELECT start_offset, end_offset FROM mentions WHERE article_id = ? AND entity_id = ? ORDER BY start_offset")) {
      BatchWriter.setNullable(candidates, 1, query.entityId());
      BatchWriter.setNullable(candidates, 2, query.from() == null ? null : query.from().toString());
      BatchWriter.setNullable(candidates, 3, query.to() == null ? null : query.to().toString());
      try (ResultSet rows = candidates.executeQuery()) {
        while (rows.next() && entries.size() < query.limit()) {
          Candidate candidate =
              new Candidate(rows.getString(1), rows.getString(2), rows.getString(3), new Span(rows.getInt(4), rows.getInt(5)), rows.getString(6),
                  rows.getString(7), rows.getString(8));
          int windowStart = Math.max(0, candidate.span().start() - WINDOW);
          String text = window(window, candidate.articleId(), windowStart, candidate.span().end() + WINDOW - windowStart);
          Span sentence = sentence(text, candidate.span().start() - windowStart, candidate.span().end() - windowStart);
          List<Span> highlights = new ArrayList<>();
          highlights.add(new Span(candidate.span().start() - windowStart - sentence.start(), candidate.span().end() - windowStart - sentence.start()));
          if (query.entityId() != null) {
            List<Span> entitySpans = mentionsByArticle.get(candidate.articleId());
            if (entitySpans == null) {
              entitySpans = load(mentions, candidate.articleId(), query.entityId());
              mentionsByArticle.put(candidate.articleId(), entitySpans);
            }
            Span absolute = new Span(windowStart + sentence.start(), windowStart + sentence.end());
            List<Span> inSentence = entitySpans.stream().filter(absolute::contains).toList();
            if (inSentence.isEmpty()) {
              continue;
            }
            for (Span mention : inSentence) {
              Span relative = new Span(mention.start() - absolute.start(), mention.end() - absolute.start());
              if (!relative.overlaps(highlights.getFirst())) {
                highlights.add(relative);
              }
            }
          }
          if (skipped < query.offset()) {
            skipped++;
            continue;
          }
          String sentenceText = sentence.of(text).replace('\n', ' ');
          entries.add(
              new TimelineEntry(
                  ArticleReader.date(candidate.day()),
                  candidate.value(),
                  candidate.text(),
                  candidate.articleId(),
                  candidate.title(),
                  ArticleReader.date(candidate.published()),
                  new Snippet(sentenceText, highlights.stream().sorted().toList()),
                  highlights.getFirst()));
        }
      }
    }
    return entries;
  }

  private static String window(PreparedStatement window, String articleId, int start, int length) throws SQLException {
    window.setInt(1, start + 1);
    window.setInt(2, length);
    window.setString(3, articleId);
    try (ResultSet rows = window.executeQuery()) {
      return rows.next() ? rows.getString(1) : "";
    }
  }

  private static List<Span> load(PreparedStatement mentions, String articleId, String entityId) throws SQLException {
    mentions.setString(1, articleId);
    mentions.setString(2, entityId);
    List<Span> spans = new ArrayList<>();
    try (ResultSet rows = mentions.executeQuery()) {
      while (rows.next()) {
        spans.add(new Span(rows.getInt(1), rows.getInt(2)));
      }
    }
    return spans;
  }

  /**
   * The sentence of {@code text} around {@code [start, end)}: from after the previous line break or
   * sentence-ending punctuation followed by a space, to and including the next one, trimmed.
   */
  static Span sentence(String text, int start, int end) {
    int from = 0;
    for (int i = start - 1; i > 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || (Character.isWhitespace(c) && isTerminal(text.charAt(i - 1)))) {
        from = i + 1;
        break;
      }
    }
    int to = text.length();
    for (int i = end; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        to = i;
        break;
      }
      if (isTerminal(c) && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        to = i + 1;
        break;
      }
    }
    while (from < start && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > end && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return new Span(from, to);
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?';
  }
}
