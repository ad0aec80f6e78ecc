package dev.dossier.store;

import dev.dossier.core.Span;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The attribution tables ({@link AttributionSchema}) on one connection: quotations with the
 * speakers they are credited to, their MinHash bands, the conflicts found between them, and each
 * article's claim sentences. Not thread-safe; used inside one transaction of {@link
 * RecyclingTables}.
 */
public final class AttributionTables {

  private static final String QUOTE_COLUMNS = "id, article_id, start_offset, end_offset, terms, speakers, published";

  /**
   * A stored quotation.
   *
   * @param id its row id, in insertion order
   * @param articleId the article it stands in
   * @param span the quoted words, in that article's cleaned text
   * @param terms its normalised terms, serialised by the engine
   * @param speakers whom the article credits it to, serialised by the engine
   * @param published the article's publication date (ISO), or {@code null}
   */
  public record QuoteRow(long id, String articleId, Span span, String terms, String speakers, String published) {

    public QuoteRow {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(span, "span");
    }
  }

  /**
   * A stored conflict, seen from one of its quotations.
   *
   * @param quote the quotation of the article asked about
   * @param other the same words credited to another speaker
   * @param kind how strong the conflict is, as the engine named it
   * @param similarity how alike the two quotations' words are, from 0 to 1
   */
  public record ConflictRow(QuoteRow quote, QuoteRow other, String kind, double similarity) {}

  /**
   * An article's claim sentences.
   *
   * @param claims how many sentences make a claim
   * @param unattributed those of them no attribution covers, in text order
   */
  public record Claims(int claims, List<Span> unattributed) {

    public Claims {
      unattributed = List.copyOf(unattributed);
    }
  }

  private final Connection connection;
  private final StatementCache statements;

  AttributionTables(Connection connection) {
    this.connection = connection;
    this.statements = new StatementCache(connection);
  }

  private PreparedStatement statement(String sql) throws SQLException {
    return statements.get(sql);
  }

  /** Stores a quotation and indexes it under its band keys. */
  public QuoteRow insertQuote(String articleId, Span span, String terms, String speakers, String published, long[] bandKeys) throws SQLException {
    PreparedStatement insert =
        statement("INSERT INTO attributed_quotes (article_id, start_offset, end_offset, terms, speakers, published) VALUES (?, ?, ?, ?, ?, ?)");
    insert.setString(1, articleId);
    insert.setInt(2, span.start());
    insert.setInt(3, span.end());
    insert.setString(4, terms);
    insert.setString(5, speakers);
    BatchWriter.setNullable(insert, 6, published);
    insert.executeUpdate();
    long id;
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT last_insert_rowid()")) {
      row.next();
      id = row.getLong(1);
    }
    PreparedStatement band = statement("INSERT OR IGNORE INTO attributed_quote_bands (band_key, quote_id) VALUES (?, ?)");
    for (long key : bandKeys) {
      band.setLong(1, key);
      band.setLong(2, id);
      band.addBatch();
    }
    band.executeBatch();
    return new QuoteRow(id, articleId, span, terms, speakers, published);
  }

  /**
   * For every quotation indexed under at least one of the keys, how many of the keys it has,
   * reading at most {@code perKey} quotations (the newest) under each key.
   */
  public Map<Long, Integer> bandHits(long[] keys, int perKey) throws SQLException {
    return BandIndexQueries.hits(statement("SELECT quote_id FROM attributed_quote_bands WHERE band_key = ? ORDER BY quote_id DESC LIMIT ?"), keys, perKey);
  }


  /** The quotations with these ids that exist, in no particular order. */
  public List<QuoteRow> quotes(Collection<Long> ids) throws SQLException {
    return BandIndexQueries.byIds(connection, QUOTE_COLUMNS, "attributed_quotes", ids, rows -> quote(rows, 0));
  }


  /** An article's quotations in text order. */
  public List<QuoteRow> quotesOf(String articleId) throws SQLException {
    PreparedStatement query = statement("SELECT " + QUOTE_COLUMNS + " FROM attributed_quotes WHERE article_id = ? ORDER BY start_offset, id");
    query.setString(1, articleId);
    List<QuoteRow> quotes = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        quotes.add(quote(rows, 0));
      }
    }
    return quotes;
  }

  /** Records a conflict between two quotations, from both sides. */
  public void insertConflict(long quoteId, long otherId, String kind, double similarity) throws SQLException {
    PreparedStatement insert = statement("INSERT OR REPLACE INTO attribution_conflicts (quote_id, other_quote, kind, similarity) VALUES (?, ?, ?, ?)");
    for (long[] pair : new long[][] {{quoteId, otherId}, {otherId, quoteId}}) {
      insert.setLong(1, pair[0]);
      insert.setLong(2, pair[1]);
      insert.setString(3, kind);
      insert.setDouble(4, similarity);
      insert.addBatch();
    }
    insert.executeBatch();
  }

  /** The conflicts of an article's quotations, in the order of its quotations, then of the others' articles and places. */
  public List<ConflictRow> conflictsOf(String articleId) throws SQLException {
    PreparedStatement query =
        statement(
            "SELECT q.id, q.article_id, q.start_offset, q.end_offset, q.terms, q.speakers, q.published,"
                + " o.id, o.article_id, o.start_offset, o.end_offset, o.terms, o.speakers, o.published, c.kind, c.similarity"
                + " FROM attributed_quotes q JOIN attribution_conflicts c ON c.quote_id = q.id JOIN attributed_quotes o ON o.id = c.other_quote"
                + " WHERE q.article_id = ? ORDER BY q.start_offset, q.id, o.published IS NULL, o.published, o.article_id, o.start_offset");
    query.setString(1, articleId);
    List<ConflictRow> conflicts = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        conflicts.add(new ConflictRow(quote(rows, 0), quote(rows, 7), rows.getString(15), rows.getDouble(16)));
      }
    }
    return conflicts;
  }

  /** Replaces an article's claim sentences. */
  public void putClaims(String articleId, List<Span> claims, List<Span> unattributed) throws SQLException {
    PreparedStatement delete = statement("DELETE FROM article_claims WHERE article_id = ?");
    delete.setString(1, articleId);
    delete.executeUpdate();
    PreparedStatement insert = statement("INSERT OR REPLACE INTO article_claims (article_id, start_offset, end_offset, attributed) VALUES (?, ?, ?, ?)");
    for (Span claim : claims) {
      insert.setString(1, articleId);
      insert.setInt(2, claim.start());
      insert.setInt(3, claim.end());
      insert.setInt(4, unattributed.contains(claim) ? 0 : 1);
      insert.addBatch();
    }
    insert.executeBatch();
  }

  /** An article's claim sentences; none if it was not measured. */
  public Claims claims(String articleId) throws SQLException {
    PreparedStatement query = statement("SELECT start_offset, end_offset, attributed FROM article_claims WHERE article_id = ? ORDER BY start_offset");
    query.setString(1, articleId);
    int claims = 0;
    List<Span> unattributed = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        claims++;
        if (rows.getInt(3) == 0) {
          unattributed.add(new Span(rows.getInt(1), rows.getInt(2)));
        }
      }
    }
    return new Claims(claims, unattributed);
  }

  /**
   * Forgets an article's quotations, with their bands and every conflict they are part of (on
   * either side), and its claim sentences.
   *
   * @param bandKeys the band keys a stored quotation was indexed under
   */
  public void deleteArticle(String articleId, Function<QuoteRow, long[]> bandKeys) throws SQLException {
    List<QuoteRow> quotes = quotesOf(articleId);
    PreparedStatement deleteBand = statement("DELETE FROM attributed_quote_bands WHERE band_key = ? AND quote_id = ?");
    PreparedStatement deleteConflicts = statement("DELETE FROM attribution_conflicts WHERE quote_id = ? OR other_quote = ?");
    for (QuoteRow quote : quotes) {
      for (long key : bandKeys.apply(quote)) {
        deleteBand.setLong(1, key);
        deleteBand.setLong(2, quote.id());
        deleteBand.addBatch();
      }
      deleteConflicts.setLong(1, quote.id());
      deleteConflicts.setLong(2, quote.id());
      deleteConflicts.addBatch();
    }
    deleteBand.executeBatch();
    deleteConflicts.executeBatch();
    for (String sql : List.of("DELETE FROM attributed_quotes WHERE article_id = ?", "DELETE FROM article_claims WHERE article_id = ?")) {
      PreparedStatement delete = statement(sql);
      delete.setString(1, articleId);
      delete.executeUpdate();
    }
  }

  private static QuoteRow quote(ResultSet row, int offset) throws SQLException {
    return new QuoteRow(row.getLong(offset + 1), row.getString(offset + 2), new Span(row.getInt(offset + 3), row.getInt(offset + 4)), row.getString(offset + 5),
        row.getString(offset + 6), row.getString(offset + 7));
  }

  void close() throws SQLException {
    statements.close();
  }
}
