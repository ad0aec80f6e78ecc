package dev.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Appends to the curation audit log, or forgets the name keys, inside the caller's transaction. */
final class CurationWriter {

  private CurationWriter() {}

  static CurationEntry insert(Connection connection, CurationEntry entry) throws SQLException {
    long seq;
    try (PreparedStatement next = connection.prepareStatement("SELECT coalesce(max(seq), 0) + 1 FROM curations"); ResultSet rows = next.executeQuery()) {
      rows.next();
      seq = rows.getLong(1);
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO curations (seq, action, entity_id, argument, target, who, at, why) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, seq);
      insert.setString(2, entry.action());
      insert.setString(3, entry.entityId());
      insert.setString(4, entry.argument());
      insert.setString(5, entry.target());
      insert.setString(6, entry.who());
      insert.setLong(7, entry.at().toEpochMilli());
      insert.setString(8, entry.why());
      insert.executeUpdate();
    }
    return new CurationEntry(seq, entry.action(), entry.entityId(), entry.argument(), entry.target(), entry.who(), entry.at(), entry.why());
  }

  /** Drops every stored name key: a rebuild stores them afresh. */
  static void forgetKeys(Connection connection) throws SQLException {
    try (java.sql.Statement statement = connection.createStatement()) {
      statement.executeUpdate("DELETE FROM entity_keys");
    }
  }
}
