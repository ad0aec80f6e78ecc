package dev.dossier.store;

import dev.dossier.core.EntityType;
import java.time.LocalDate;
import java.util.List;

/**
 * A search over the stored articles. All criteria must hold together.
 *
 * @param text Lucene query syntax over title and text ({@code putin AND "nerve agent"},
 *     {@code title:spy}, {@code extract*}); words are ANDed unless {@code OR} is written. Text that
 *     does not parse is searched as plain words instead, with a warning. Blank or {@code null}
 *     matches every article, newest first.
 * @param entities entity names or ids; each is resolved case-insensitively by id, canonical name or
 *     alias, and articles must mention all of them. A name that resolves to several entities
 *     (a person and a place called Washington) is satisfied by any of them.
 * @param type with {@code entities}: only entities of this type are considered when resolving
 *     names; alone: articles that mention some entity of this type. {@code null} for any.
 * @param from earliest publication date, inclusive, or {@code null}; undated articles never match
 *     a date bound
 * @param to latest publication date, inclusive, or {@code null}
 * @param source exact source name (case-insensitive), or {@code null} for any
 * @param limit how many hits to return; 0 returns only the total and the facets
 * @param offset how many of the best hits to skip, for paging
 * @param speakers speakers' names or entity ids; articles must quote each of them: a quote whose
 *     speaker is an entity the name resolves to (as {@code entities} are resolved), or whose
 *     speaker's name contains the name's words in order ("intelligence official" matches "a former
 *     senior intelligence official")
 */
public record SearchQuery(
    String text, List<String> entities, EntityType type, LocalDate from, LocalDate to, String source, int limit, int offset,
    List<String> speakers) {

  /** How many hits {@link #of} asks for. */
  public static final int DEFAULT_LIMIT = 10;

  /**
   * @throws IllegalArgumentException if {@code limit} or {@code offset} is negative
   */
  public SearchQuery {
    text = text == null ? "" : text;
    entities = entities == null ? List.of() : List.copyOf(entities);
    speakers = speakers == null ? List.of() : List.copyOf(speakers);
    if (limit < 0 || offset < 0) {
      throw new IllegalArgumentException("limit and offset must be >= 0, were " + limit + " and " + offset);
    }
  }

  /** A query without speakers. */
  public SearchQuery(String text, List<String> entities, EntityType type, LocalDate from, LocalDate to, String source, int limit, int offset) {
    this(text, entities, type, from, to, source, limit, offset, List.of());
  }

  /** A query on text alone for the first {@value #DEFAULT_LIMIT} hits. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, List.of(), null, null, null, null, DEFAULT_LIMIT, 0);
  }

  public SearchQuery withEntities(String... names) {
    return new SearchQuery(text, List.of(names), type, from, to, source, limit, offset, speakers);
  }

  public SearchQuery withType(EntityType newType) {
    return new SearchQuery(text, entities, newType, from, to, source, limit, offset, speakers);
  }

  public SearchQuery withDates(LocalDate newFrom, LocalDate newTo) {
    return new SearchQuery(text, entities, type, newFrom, newTo, source, limit, offset, speakers);
  }

  public SearchQuery withSource(String newSource) {
    return new SearchQuery(text, entities, type, from, to, newSource, limit, offset, speakers);
  }

  public SearchQuery withPage(int newLimit, int newOffset) {
    return new SearchQuery(text, entities, type, from, to, source, newLimit, newOffset, speakers);
  }

  public SearchQuery withSpeakers(String... names) {
    return new SearchQuery(text, entities, type, from, to, source, limit, offset, List.of(names));
  }

  /** True if the query has no text, so every article matching the filters is a hit. */
  public boolean matchesAll() {
    return text.isBlank();
  }
}
