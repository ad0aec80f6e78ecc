package dev.dossier.store;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database schema as an ordered list of versioned migrations. {@code schema_version} records
 * each one applied; opening a database applies the missing ones in order, each in its own
 * transaction, so a crash mid-migration leaves the previous version intact.
 *
 * <p>How to add tables (quotes, events): append a {@link Migration} with the next version number
 * and its statements. Never edit a migration that has shipped: databases in the field have
 * already applied it.
 *
 * <p>Conventions: every annotation table is keyed by {@code article_id} first and deleted with its
 * article by {@code ON DELETE CASCADE}, so replacing an article is one {@code DELETE} and fresh
 * inserts; every annotation row carries the {@code producer} ({@code entities@1}) that wrote it;
 * offsets are half-open {@code [start_offset, end_offset)} into {@code articles.text}; dates are ISO
 * text; instants are epoch milliseconds. {@code entities} and {@code entity_names} are aggregates
 * over the per-article rows, kept by {@link EntityAggregator}; {@code article_entities.published}
 * copies the article's date so first and last seen come from an index.
 */
final class Migrations {

  /**
   * One schema step.
   *
   * @param version its number, one more than the previous step's
   * @param description what it adds, recorded in {@code schema_version}
   * @param statements the DDL, run in order
   */
  record Migration(int version, String description, List<String> statements) {}

  static final List<Migration> ALL =
      List.of(
          new Migration(
              1,
              "articles, removals, entities, mentions, dates, ingest log",
              List.of(
                  """
                  CREATE TABLE batches (
                    seq          INTEGER PRIMARY KEY,
                    committed_at INTEGER NOT NULL,
                    articles     INTEGER NOT NULL,
                    log_entries  INTEGER NOT NULL
                  )""",
                  """
                  CREATE TABLE articles (
                    id           TEXT PRIMARY KEY,
                    url          TEXT,
                    title        TEXT NOT NULL,
                    published    TEXT,
                    source       TEXT,
                    text         TEXT NOT NULL,
                    origin       TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    batch        INTEGER NOT NULL REFERENCES batches(seq)
                  )""",
                  "CREATE INDEX articles_batch ON articles(batch)",
                  "CREATE INDEX articles_published ON articles(published)",
                  """
                  CREATE TABLE removals (
                    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    ord        INTEGER NOT NULL,
                    text       TEXT NOT NULL,
                    reason     TEXT NOT NULL,
                    at         INTEGER NOT NULL,
                    PRIMARY KEY (article_id, ord)
                  ) WITHOUT ROWID""",
                  """
                  CREATE TABLE article_layers (
                    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    layer      TEXT NOT NULL,
                    producer   TEXT NOT NULL,
                    PRIMARY KEY (article_id, layer)
                  ) WITHOUT ROWID""",
                  """
                  CREATE TABLE article_entities (
                    article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    entity_id     TEXT NOT NULL,
                    ord           INTEGER NOT NULL,
                    name          TEXT NOT NULL,
                    type          TEXT NOT NULL,
                    mention_count INTEGER NOT NULL,
                    published     TEXT,
                    producer      TEXT NOT NULL,
                    PRIMARY KEY (article_id, entity_id)
                  ) WITHOUT ROWID""",
                  "CREATE INDEX article_entities_entity ON article_entities(entity_id, published)",
                  """
                  CREATE TABLE article_entity_aliases (
                    article_id TEXT NOT NULL,
                    entity_id  TEXT NOT NULL,
                    alias      TEXT NOT NULL,
                    PRIMARY KEY (article_id, entity_id, alias),
                    FOREIGN KEY (article_id, entity_id) REFERENCES article_entities(article_id, entity_id) ON DELETE CASCADE
                  ) WITHOUT ROWID""",
                  """
                  CREATE TABLE mentions (
                    article_id   TEXT NOT NULL,
                    entity_id    TEXT NOT NULL,
                    ord          INTEGER NOT NULL,
                    start_offset INTEGER NOT NULL,
                    end_offset   INTEGER NOT NULL,
                    text         TEXT NOT NULL,
                    type         TEXT NOT NULL,
                    producer     TEXT NOT NULL,
                    PRIMARY KEY (article_id, entity_id, ord),
                    FOREIGN KEY (article_id, entity_id) REFERENCES article_entities(article_id, entity_id) ON DELETE CASCADE
                  ) WITHOUT ROWID""",
                  """
                  CREATE TABLE dates (
                    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    ord          INTEGER NOT NULL,
                    start_offset INTEGER NOT NULL,
                    end_offset   INTEGER NOT NULL,
                    text         TEXT NOT NULL,
                    value        TEXT NOT NULL,
                    producer     TEXT NOT NULL,
                    PRIMARY KEY (article_id, ord)
                  ) WITHOUT ROWID""",
                  """
                  CREATE TABLE entities (
                    id            TEXT PRIMARY KEY,
                    name          TEXT NOT NULL,
                    type          TEXT NOT NULL,
                    article_count INTEGER NOT NULL,
                    mention_count INTEGER NOT NULL,
                    first_seen    TEXT,
                    last_seen     TEXT
                  ) WITHOUT ROWID""",
                  "CREATE INDEX entities_rank ON entities(article_count DESC, mention_count DESC)",
                  """
                  CREATE TABLE entity_names (
                    entity_id          TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                    name               TEXT NOT NULL,
                    name_key           TEXT NOT NULL,
                    articles           INTEGER NOT NULL,
                    canonical_articles INTEGER NOT NULL,
                    type               TEXT NOT NULL,
                    last_batch         INTEGER NOT NULL,
                    PRIMARY KEY (entity_id, name)
                  ) WITHOUT ROWID""",
                  "CREATE INDEX entity_names_key ON entity_names(name_key)",
                  """
                  CREATE TABLE ingest_log (
                    seq        INTEGER PRIMARY KEY,
                    batch      INTEGER NOT NULL REFERENCES batches(seq),
                    input      TEXT NOT NULL,
                    article_id TEXT,
                    status     TEXT NOT NULL,
                    code       TEXT,
                    message    TEXT,
                    at         INTEGER NOT NULL
                  )""",
                  "CREATE INDEX ingest_log_status ON ingest_log(status, seq)")),
          new Migration(
              2,
              "quotes with speakers, cues and addressees",
              List.of(
                  """
                  CREATE TABLE quotes (
                    article_id          TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    ord                 INTEGER NOT NULL,
                    start_offset        INTEGER NOT NULL,
                    end_offset          INTEGER NOT NULL,
                    parts               TEXT NOT NULL,
                    text                TEXT NOT NULL,
                    kind                TEXT NOT NULL,
                    speaker_name        TEXT,
                    speaker_entity      TEXT,
                    speaker_anonymous   INTEGER NOT NULL,
                    speaker_description TEXT,
                    speaker_start       INTEGER,
                    speaker_end         INTEGER,
                    cue                 TEXT,
                    cue_start           INTEGER,
                    cue_end             INTEGER,
                    addressee           TEXT,
                    published           TEXT,
                    producer            TEXT NOT NULL,
                    PRIMARY KEY (article_id, ord)
                  ) WITHOUT ROWID""",
                  "CREATE INDEX quotes_speaker_entity ON quotes(speaker_entity, published)",
                  "CREATE INDEX quotes_speaker_name ON quotes(speaker_name COLLATE NOCASE)",
                  "CREATE INDEX quotes_published ON quotes(published)")),
          new Migration(
              3,
              "cross-document resolution: entity links and keys, sanctions hits, curation log",
              List.of(
                  // One row per in-article entity: the resolved entity it links to, and enough of
                  // the in-article entity (name, type, aliases, mentions) to resolve it again.
                  """
                  CREATE TABLE entity_links (
                    article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    local_id      TEXT NOT NULL,
                    ord           INTEGER NOT NULL,
                    resolved_id   TEXT NOT NULL,
                    name          TEXT NOT NULL,
                    type          TEXT NOT NULL,
                    kb_id         TEXT,
                    method        TEXT NOT NULL,
                    score         REAL NOT NULL,
                    local_name    TEXT NOT NULL,
                    local_type    TEXT NOT NULL,
                    local_aliases TEXT NOT NULL,
                    local_mentions TEXT NOT NULL,
                    producer      TEXT NOT NULL,
                    PRIMARY KEY (article_id, local_id)
                  ) WITHOUT ROWID""",
                  "CREATE INDEX entity_links_resolved ON entity_links(resolved_id)",
                  """
                  CREATE TABLE entity_keys (
                    key       TEXT NOT NULL,
                    entity_id TEXT NOT NULL,
                    PRIMARY KEY (key, entity_id)
                  ) WITHOUT ROWID""",
                  "CREATE INDEX entity_keys_entity ON entity_keys(entity_id)",
                  """
                  CREATE TABLE sanctions_hits (
                    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    local_id   TEXT NOT NULL,
                    list       TEXT NOT NULL,
                    entry      TEXT NOT NULL,
                    name       TEXT NOT NULL,
                    programs   TEXT NOT NULL,
                    score      REAL NOT NULL,
                    evidence   TEXT NOT NULL,
                    reasons    TEXT NOT NULL,
                    producer   TEXT NOT NULL,
                    PRIMARY KEY (article_id, local_id, list, entry)
                  ) WITHOUT ROWID""",
                  """
                  CREATE TABLE curations (
                    seq       INTEGER PRIMARY KEY,
                    action    TEXT NOT NULL,
                    entity_id TEXT NOT NULL,
                    argument  TEXT NOT NULL,
                    target    TEXT NOT NULL,
                    who       TEXT NOT NULL,
                    at        INTEGER NOT NULL,
                    why       TEXT NOT NULL
                  )""",
                  "ALTER TABLE entities ADD COLUMN kb_id TEXT")),
          RecyclingSchema.MIGRATION,
          AttributionSchema.MIGRATION,
          new Migration(
              6,
              "events with actors, dates, places, attribution; event instances merged across articles",
              List.of(
                  // One row per event mention. Actors, places and attributions keep the in-article
                  // entity id (to rebuild the layer) beside the resolved one (to query by).
                  """
                  CREATE TABLE events (
                    article_id           TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    local_id             TEXT NOT NULL,
                    ord                  INTEGER NOT NULL,
                    instance_id          TEXT,
                    instance_key         TEXT,
                    window_from          TEXT,
                    window_to            TEXT,
                    type                 TEXT NOT NULL,
                    cameo                TEXT,
                    mode                 TEXT,
                    start_offset         INTEGER NOT NULL,
                    end_offset           INTEGER NOT NULL,
                    sentence_start       INTEGER NOT NULL,
                    sentence_end         INTEGER NOT NULL,
                    sentence             TEXT NOT NULL,
                    source_name          TEXT,
                    source_local         TEXT,
                    source_entity        TEXT,
                    source_country       TEXT,
                    source_country_local TEXT,
                    source_country_entity TEXT,
                    source_sector        TEXT,
                    source_start         INTEGER,
                    source_end           INTEGER,
                    target_name          TEXT,
                    target_local         TEXT,
                    target_entity        TEXT,
                    target_country       TEXT,
                    target_country_local TEXT,
                    target_country_entity TEXT,
                    target_sector        TEXT,
                    target_start         INTEGER,
                    target_end           INTEGER,
                    date                 TEXT,
                    date_start           INTEGER,
                    date_end             INTEGER,
                    day                  TEXT,
                    place_name           TEXT,
                    place_local          TEXT,
                    place_entity         TEXT,
                    place_start          INTEGER,
                    place_end            INTEGER,
                    negated              INTEGER NOT NULL,
                    hedged               INTEGER NOT NULL,
                    main                 INTEGER NOT NULL,
                    attribution_name     TEXT,
                    attribution_local    TEXT,
                    attribution_entity   TEXT,
                    attribution_anonymous INTEGER,
                    attribution_start    INTEGER,
                    attribution_end      INTEGER,
                    attribution_quote_start INTEGER,
                    attribution_quote_end INTEGER,
                    quote_start          INTEGER,
                    quote_end            INTEGER,
                    published            TEXT,
                    producer             TEXT NOT NULL,
                    PRIMARY KEY (article_id, local_id)
                  ) WITHOUT ROWID""",
                  "CREATE INDEX events_source ON events(source_entity, day)",
                  "CREATE INDEX events_target ON events(target_entity, day)",
                  "CREATE INDEX events_source_country ON events(source_country_entity, day)",
                  "CREATE INDEX events_target_country ON events(target_country_entity, day)",
                  "CREATE INDEX events_instance ON events(instance_id)",
                  "CREATE INDEX events_day ON events(day)",
                  // One row per real-world event: an aggregate over its mentions, kept by EventWriter.
                  """
                  CREATE TABLE event_instances (
                    id            TEXT PRIMARY KEY,
                    key           TEXT NOT NULL,
                    type          TEXT NOT NULL,
                    cameo         TEXT,
                    source_name   TEXT,
                    source_entity TEXT,
                    target_name   TEXT,
                    target_entity TEXT,
                    place_name    TEXT,
                    place_entity  TEXT,
                    day           TEXT,
                    window_from   TEXT,
                    window_to     TEXT,
                    mentions      INTEGER NOT NULL,
                    articles      INTEGER NOT NULL,
                    first_article TEXT NOT NULL,
                    first_event   TEXT NOT NULL
                  ) WITHOUT ROWID""",
                  "CREATE INDEX event_instances_key ON event_instances(key, window_from)",
                  "CREATE INDEX event_instances_day ON event_instances(day)")));

  private Migrations() {}

  /** The schema version this code writes. */
  static int latest() {
    return ALL.getLast().version();
  }

  /**
   * Applies the missing migrations, each in one transaction, on a connection with auto-commit off.
   *
   * @throws DossierException {@link ErrorCode#STORE_UNAVAILABLE} if the database was written by a
   *     newer schema than this code knows
   */
  static void apply(Connection connection, Path file) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at INTEGER NOT NULL)");
      connection.commit();
    }
    int current = current(connection);
    if (current > latest()) {
      throw new DossierException(
          ErrorCode.STORE_UNAVAILABLE,
          file + " has schema version " + current + ", but this Dossier knows only up to " + latest() + ": use a newer Dossier");
    }
    for (Migration migration : ALL) {
      if (migration.version() <= current) {
        continue;
      }
      try (Statement statement = connection.createStatement();
          PreparedStatement record = connection.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
        for (String sql : migration.statements()) {
          statement.execute(sql);
        }
        record.setInt(1, migration.version());
        record.setString(2, migration.description());
        record.setLong(3, System.currentTimeMillis());
        record.executeUpdate();
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw new SQLException("migration " + migration.version() + " (" + migration.description() + ") failed: " + e.getMessage(), e);
      }
    }
  }

  /** The highest applied version, 0 for a new database. */
  static int current(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
