package dev.dossier.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Read access to what cross-document resolution stored in the data folder: the name keys
 * resolution finds candidates by, the resolved entities' aggregates and co-mentions, each article's
 * in-article entities with their links and sanctions hits, and the curation audit log. Obtained
 * from {@link Store#resolved()}; thread-safe, each call one consistent read.
 */
public final class ResolvedEntities {

  /** Runs read-only work on the store's database, as {@code Store} does for its own queries. */
  @FunctionalInterface
  interface Reader {
    <T> T read(Database.Work<T> work);
  }

  private final Reader reader;

  ResolvedEntities(Reader reader) {
    this.reader = reader;
  }

  /** The resolved entities stored under a name key, the most mentioned first. */
  public Set<String> entityIdsByKey(String key) {
    return reader.read(c -> ResolutionQueries.idsByKey(c, key));
  }

  /** The resolved entity with this id, if a stored article mentions it. */
  public Optional<EntityState> entityState(String id) {
    return reader.read(c -> ResolutionQueries.state(c, id));
  }

  /** Every resolved entity, the most mentioned first. */
  public List<EntityState> entityStates() {
    return reader.read(ResolutionQueries::allStates);
  }

  /** The entities most often named in the same articles as this one, with how many articles they share. */
  public Map<String, Integer> coMentions(String id, int limit) {
    return reader.read(c -> ResolutionQueries.coMentions(c, id, limit));
  }

  /** Every pair of entities named in one article: [id, id, shared articles]. */
  public List<String[]> coMentionEdges() {
    return reader.read(ResolutionQueries::coMentionEdges);
  }

  /** How many articles are stored. */
  public long articleCount() {
    return reader.read(ResolutionQueries::articleCount);
  }

  /** The article's own entities, their links and sanctions hits, as stored. */
  public StoredResolution resolution(String articleId) {
    return reader.read(c -> ResolutionQueries.resolution(c, articleId));
  }

  /** Sanctions hits in the corpus, the surest first; only those of one resolved entity if {@code entityId} is given. */
  public List<SanctionsRow> sanctions(String entityId) {
    return reader.read(c -> ResolutionQueries.sanctions(c, entityId));
  }

  /** The ids of the articles that mention a resolved entity. */
  public List<String> articlesOf(String resolvedId) {
    return reader.read(c -> ResolutionQueries.articlesOf(c, resolvedId));
  }

  /** How often a resolved entity is mentioned per month of publication. */
  public Map<String, Integer> mentionsPerMonth(String id) {
    return reader.read(c -> ResolutionQueries.mentionsPerMonth(c, id));
  }

  /** The curation audit log, oldest first. */
  public List<CurationEntry> curations() {
    return reader.read(ResolutionQueries::curations);
  }
}
