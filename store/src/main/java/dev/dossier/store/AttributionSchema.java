package dev.dossier.store;

import java.util.List;

/**
 * The tables of the engine's attribution signals, added as one migration and written only by
 * {@link AttributionTables} inside the cross-document step's transaction. Like the other recycling
 * tables they carry no foreign keys: the step removes an article's rows itself when it changes.
 *
 * <ul>
 *   <li>{@code attributed_quotes}: each article's quotations (the words inside quotation marks)
 *       long enough to compare, with their normalised terms, everyone the article credits them to
 *       and the article's publication date.
 *   <li>{@code attributed_quote_bands}: their MinHash band keys, to find the same words quoted
 *       elsewhere.
 *   <li>{@code attribution_conflicts}: pairs of the same quotation credited to speakers that
 *       cannot be one, one row per direction so that either article finds it, whichever came
 *       first.
 *   <li>{@code article_claims}: each article's claim sentences and whether an attribution covers
 *       them.
 * </ul>
 */
final class AttributionSchema {

  static final Migrations.Migration MIGRATION =
      new Migrations.Migration(
          5,
          "conflicting attributions and claims with no attribution",
          List.of(
              """
              CREATE TABLE attributed_quotes (
                id           INTEGER PRIMARY KEY,
                article_id   TEXT NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset   INTEGER NOT NULL,
                terms        TEXT NOT NULL,
                speakers     TEXT NOT NULL,
                published    TEXT
              )""",
              "CREATE INDEX attributed_quotes_article ON attributed_quotes(article_id, start_offset)",
              """
              CREATE TABLE attributed_quote_bands (
                band_key INTEGER NOT NULL,
                quote_id INTEGER NOT NULL,
                PRIMARY KEY (band_key, quote_id)
              ) WITHOUT ROWID""",
              """
              CREATE TABLE attribution_conflicts (
                quote_id    INTEGER NOT NULL,
                other_quote INTEGER NOT NULL,
                kind        TEXT NOT NULL,
                similarity  REAL NOT NULL,
                PRIMARY KEY (quote_id, other_quote)
              ) WITHOUT ROWID""",
              "CREATE INDEX attribution_conflicts_other ON attribution_conflicts(other_quote)",
              """
              CREATE TABLE article_claims (
                article_id   TEXT NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset   INTEGER NOT NULL,
                attributed   INTEGER NOT NULL,
                PRIMARY KEY (article_id, start_offset)
              ) WITHOUT ROWID"""));

  private AttributionSchema() {}
}
