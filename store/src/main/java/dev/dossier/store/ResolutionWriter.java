package dev.dossier.store;

import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityLink;
import dev.dossier.core.Layers;
import dev.dossier.core.Mention;
import dev.dossier.core.Producer;
import dev.dossier.core.SanctionsHit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes what cross-document resolution added to a batch, inside its transaction: each document's
 * {@link Layers#LINKS links} (with the in-article entity, so it can be resolved again after a
 * correction), its {@link Layers#SANCTIONS sanctions hits}, the name keys of the resolved entities,
 * and the knowledge-base id of each resolved entity the batch touched.
 *
 * <p>The rows of a replaced article go with it ({@code ON DELETE CASCADE}); keys accumulate.
 */
final class ResolutionWriter {

  /** Separates aliases and programmes in one column; never part of a name. */
  static final String SEPARATOR = "\u001f";

  private final Connection connection;

  ResolutionWriter(Connection connection) {
    this.connection = connection;
  }

  void write(List<Doc> docs, Map<String, Set<String>> keys) throws SQLException {
    Set<String> touched = new LinkedHashSet<>();
    try (PreparedStatement links =
            connection.prepareStatement(
                "INSERT OR REPLACE INTO entity_links (article_id, local_id, ord, resolved_id, name, type, kb_id, method, score, local_name, local_type, local_aliases, local_mentions, producer) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement hits =
            connection.prepareStatement(
                "INSERT OR REPLACE INTO sanctions_hits (article_id, local_id, list, entry, name, programs, score, evidence, reasons, producer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement key = connection.prepareStatement("INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)")) {
      for (Doc doc : docs) {
        if (doc.has(Layers.LINKS)) {
          String producer = doc.producer(Layers.LINKS).map(Producer::toString).orElseThrow();
          Map<String, EntityLink> byEntity = dev.dossier.core.EntityLinks.byEntity(doc.get(Layers.LINKS));
          int ord = 0;
          for (Entity local : doc.get(Layers.ENTITIES)) {
            EntityLink link = byEntity.get(local.id());
            if (link == null) {
              continue;
            }
            links.setString(1, doc.id());
            links.setString(2, local.id());
            links.setInt(3, ord++);
            links.setString(4, link.resolvedId());
            links.setString(5, link.name());
            links.setString(6, link.type().name());
            BatchWriter.setNullable(links, 7, link.kbId());
            links.setString(8, link.method());
            links.setDouble(9, link.score());
            links.setString(10, local.name());
            links.setString(11, local.type().name());
            links.setString(12, String.join(SEPARATOR, local.aliases()));
            links.setString(13, local.mentions().stream().map(ResolutionWriter::mention).collect(Collectors.joining(SEPARATOR)));
            links.setString(14, producer);
            links.addBatch();
            touched.add(link.resolvedId());
          }
        }
        if (doc.has(Layers.SANCTIONS)) {
          String producer = doc.producer(Layers.SANCTIONS).map(Producer::toString).orElseThrow();
          for (SanctionsHit hit : doc.get(Layers.SANCTIONS)) {
            hits.setString(1, doc.id());
            hits.setString(2, hit.entityId());
            hits.setString(3, hit.list());
            hits.setString(4, hit.entry());
            hits.setString(5, hit.name());
            hits.setString(6, String.join(SEPARATOR, hit.programs()));
            hits.setDouble(7, hit.score());
            hits.setString(8, hit.evidence());
            hits.setString(9, String.join(SEPARATOR, hit.reasons()));
            hits.setString(10, producer);
            hits.addBatch();
          }
        }
      }
      for (Map.Entry<String, Set<String>> entity : keys.entrySet()) {
        for (String value : entity.getValue()) {
          key.setString(1, value);
          key.setString(2, entity.getKey());
          key.addBatch();
        }
      }
      links.executeBatch();
      hits.executeBatch();
      key.executeBatch();
    }
    try (PreparedStatement kb =
        connection.prepareStatement("UPDATE entities SET kb_id = (SELECT max(kb_id) FROM entity_links WHERE resolved_id = ?1) WHERE id = ?1")) {
      for (String id : touched) {
        kb.setString(1, id);
        kb.addBatch();
      }
      kb.executeBatch();
    }
  }

  /** A mention as {@code start:end:TYPE}; its text is the article's text at that span. */
  private static String mention(Mention mention) {
    return mention.span().start() + ":" + mention.span().end() + ":" + mention.type().name();
  }
}
