package dev.dossier.store;

import dev.dossier.core.EntityType;
import dev.dossier.core.Span;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchQuery}.
 *
 * @param total how many articles match, beyond the page returned
 * @param hits the requested page of matches: by relevance, or newest first when the query has no
 *     text
 * @param facets counts over all matching articles, not only the page
 * @param warnings what was not searched as asked ("no entity named X", a query that did not parse);
 *     empty when all went as written
 */
public record SearchResult(long total, List<Hit> hits, FacetCounts facets, List<String> warnings) {

  public SearchResult {
    hits = List.copyOf(hits);
    warnings = List.copyOf(warnings);
  }

  /** A result with no hits, as for an entity name that resolves to nothing. */
  public static SearchResult empty(List<String> warnings) {
    return new SearchResult(0, List.of(), FacetCounts.NONE, warnings);
  }

  /**
   * One matching article.
   *
   * @param id article id
   * @param title the headline
   * @param published publication date, or {@code null}
   * @param source source name, or {@code null}
   * @param score relevance (title matches weigh twice body matches); 0 when sorted by date
   * @param snippet the best passages of the text with the matched words located
   * @param titleHighlights spans into {@link #title()} of the matched words
   */
  public record Hit(
      String id, String title, LocalDate published, String source, float score, Snippet snippet, List<Span> titleHighlights) {

    public Hit {
      titleHighlights = List.copyOf(titleHighlights);
    }
  }

  /**
   * An entity among the matching articles.
   *
   * @param count how many matching articles mention it
   */
  public record EntityCount(String id, String name, EntityType type, long count) {}

  /**
   * Counts over the matching articles. Maps keep their documented order.
   *
   * @param entities the most mentioned entities, by article count, at most ten
   * @param types for each entity type, how many matching articles mention an entity of that type;
   *     by count
   * @param sources articles per source, by count
   * @param months articles per month of publication, in calendar order; undated articles are not
   *     counted
   * @param speakers the entities quoted in most matching articles, by article count, at most ten
   */
  public record FacetCounts(
      List<EntityCount> entities, Map<EntityType, Long> types, Map<String, Long> sources, Map<YearMonth, Long> months,
      List<EntityCount> speakers) {

    static final FacetCounts NONE = new FacetCounts(List.of(), Map.of(), Map.of(), Map.of(), List.of());

    public FacetCounts {
      entities = List.copyOf(entities);
      speakers = List.copyOf(speakers);
      types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
      sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
      months = Collections.unmodifiableMap(new LinkedHashMap<>(months));
    }
  }
}
