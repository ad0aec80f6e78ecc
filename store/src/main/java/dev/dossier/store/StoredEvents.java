package dev.dossier.store;

import java.util.List;
import java.util.Optional;

/**
 * Read access to the stored events and event instances: obtained from {@link Store#events()};
 * thread-safe, each call one consistent read.
 */
public final class StoredEvents {

  private final ResolvedEntities.Reader reader;

  StoredEvents(ResolvedEntities.Reader reader) {
    this.reader = reader;
  }

  /** Event instances (real-world events, each counted once however many articles report it) matching the query. */
  public List<EventInstance> instances(EventQuery query) {
    return reader.read(c -> EventQueries.instances(c, query));
  }

  /** The instance with this id, or empty. */
  public Optional<EventInstance> instance(String id) {
    return reader.read(c -> EventQueries.instance(c, id));
  }

  /** An instance's mentions, one per sentence, earliest day first, at most {@code limit}. */
  public List<StoredEvent> mentions(String instanceId, int limit) {
    return reader.read(c -> EventQueries.mentions(c, instanceId, limit));
  }

  /** An article's events in text order, with resolved entity ids. */
  public List<StoredEvent> ofArticle(String articleId) {
    return reader.read(c -> EventQueries.ofArticle(c, articleId));
  }

  /** An article's events layer as the pipeline wrote it, with its instance links, or empty if none was stored. */
  public Optional<StoredEventLayer> layer(String articleId) {
    return reader.read(c -> EventQueries.layer(c, articleId));
  }

  /** The instances under a matching key, earliest first: what the engine merges a new mention into. */
  public List<EventInstance.State> byKey(String key) {
    return reader.read(c -> EventQueries.byKey(c, key));
  }

  /** True if some stored mention belongs to the instance with this id. */
  public boolean exists(String instanceId) {
    return reader.read(c -> EventQueries.exists(c, instanceId));
  }

  /** How many event mentions are stored. */
  public long mentionCount() {
    return reader.read(c -> EventQueries.count(c, "events"));
  }

  /** How many event instances are stored. */
  public long instanceCount() {
    return reader.read(c -> EventQueries.count(c, "event_instances"));
  }
}
