package dev.dossier.store;

import dev.dossier.core.Doc;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one {@link Store#commit} writes atomically: analysed documents and ingest log entries.
 * Either may be empty, so a batch can carry only rejections.
 *
 * <p>If two documents share an id, the later one wins. Log entries are stored as given: the caller
 * knows the input names and decides the statuses, typically from {@link Store#status}.
 *
 * @param docs documents to store; an {@link ArticleStatus#UNCHANGED unchanged} one is skipped
 * @param log ingest log entries, written in this order
 * @param entityKeys for resolved entities, the name keys under which resolution finds them
 *     ({@code dev.dossier.resolve.NameKeys}); added to those already stored
 */
public record Batch(List<Doc> docs, List<IngestLogEntry> log, Map<String, Set<String>> entityKeys) {

  public Batch {
    docs = List.copyOf(docs);
    log = List.copyOf(log);
    entityKeys = Map.copyOf(entityKeys);
  }

  /** A batch without entity keys. */
  public Batch(List<Doc> docs, List<IngestLogEntry> log) {
    this(docs, log, Map.of());
  }

  /** A batch of documents without log entries. */
  public static Batch of(List<Doc> docs) {
    return new Batch(docs, List.of());
  }

  public boolean isEmpty() {
    return docs.isEmpty() && log.isEmpty();
  }
}
