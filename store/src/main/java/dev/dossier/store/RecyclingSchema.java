package dev.dossier.store;

import java.util.List;

/**
 * The tables of the engine's cross-document step for text reuse, stories and content quality,
 * added as one migration. They are written only by {@link RecyclingTables}, after the batch their
 * articles came in has committed, and carry no foreign keys to {@code articles}: the step removes
 * an article's rows itself when the article changes, because which reuse groups lose their origin
 * must be known to repair them.
 *
 * <ul>
 *   <li>{@code reuse_units}: each article's sentences (prose) and quotations long enough to compare,
 *       with their normalised terms, their publication date and the reuse group they belong to.
 *       {@code id} is the insertion order, which breaks ties between equal dates.
 *   <li>{@code reuse_bands}: the MinHash band keys of every unit, the locality-sensitive index
 *       candidates are found in.
 *   <li>{@code reuse_groups}: units that say the same thing, with the earliest as origin.
 *   <li>{@code stories}, {@code story_articles}: which story each article belongs to.
 *   <li>{@code story_terms}: each story's centroid, its strongest features; {@code seq} is when the
 *       story last changed, so the most recently active stories sharing a feature come first.
 *   <li>{@code article_terms}: each article's strongest features, as the story step weighed them.
 *   <li>{@code term_df}: in how many articles each feature occurs, for inverse document frequency.
 *   <li>{@code recycling_state}: counters ({@code articles}, {@code batch}: the last batch the
 *       step has processed, so a crash between a batch's commit and its step is caught up).
 *   <li>{@code article_quality}: the per-article quality signals that do not change when other
 *       articles arrive.
 * </ul>
 */
final class RecyclingSchema {

  static final Migrations.Migration MIGRATION =
      new Migrations.Migration(
          4,
          "text reuse, stories and content quality",
          List.of(
              """
              CREATE TABLE reuse_units (
                id           INTEGER PRIMARY KEY,
                article_id   TEXT NOT NULL,
                ord          INTEGER NOT NULL,
                kind         TEXT NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset   INTEGER NOT NULL,
                terms        TEXT NOT NULL,
                published    TEXT,
                group_id     INTEGER NOT NULL,
                matched_unit INTEGER,
                similarity   REAL
              )""",
              "CREATE INDEX reuse_units_article ON reuse_units(article_id, ord)",
              "CREATE INDEX reuse_units_group ON reuse_units(group_id)",
              """
              CREATE TABLE reuse_bands (
                band_key INTEGER NOT NULL,
                unit_id  INTEGER NOT NULL,
                PRIMARY KEY (band_key, unit_id)
              ) WITHOUT ROWID""",
              """
              CREATE TABLE reuse_groups (
                id          INTEGER PRIMARY KEY,
                origin_unit INTEGER NOT NULL
              )""",
              """
              CREATE TABLE stories (
                id              INTEGER PRIMARY KEY,
                first_article   TEXT NOT NULL,
                first_published TEXT,
                last_published  TEXT,
                articles        INTEGER NOT NULL,
                seq             INTEGER NOT NULL
              )""",
              "CREATE INDEX stories_published ON stories(last_published)",
              """
              CREATE TABLE story_articles (
                article_id TEXT PRIMARY KEY,
                story_id   INTEGER NOT NULL,
                published  TEXT,
                similarity REAL NOT NULL,
                seq        INTEGER NOT NULL
              ) WITHOUT ROWID""",
              "CREATE INDEX story_articles_story ON story_articles(story_id, seq)",
              """
              CREATE TABLE story_terms (
                story_id INTEGER NOT NULL,
                term     TEXT NOT NULL,
                weight   REAL NOT NULL,
                seq      INTEGER NOT NULL,
                PRIMARY KEY (story_id, term)
              ) WITHOUT ROWID""",
              "CREATE INDEX story_terms_term ON story_terms(term, seq)",
              """
              CREATE TABLE article_terms (
                article_id TEXT NOT NULL,
                term       TEXT NOT NULL,
                weight     REAL NOT NULL,
                PRIMARY KEY (article_id, term)
              ) WITHOUT ROWID""",
              """
              CREATE TABLE term_df (
                term TEXT PRIMARY KEY,
                df   INTEGER NOT NULL
              ) WITHOUT ROWID""",
              """
              CREATE TABLE recycling_state (
                key   TEXT PRIMARY KEY,
                value INTEGER NOT NULL
              ) WITHOUT ROWID""",
              """
              CREATE TABLE article_quality (
                article_id  TEXT PRIMARY KEY,
                sentences   INTEGER NOT NULL,
                incoherence REAL,
                producer    TEXT NOT NULL
              ) WITHOUT ROWID"""));

  private RecyclingSchema() {}
}
