package dev.dossier.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.core.Doc;
import dev.dossier.core.EntityType;
import dev.dossier.core.Quote;
import dev.dossier.core.Removal;
import dev.dossier.core.SanctionsHit;
import dev.dossier.core.Span;
import dev.dossier.core.Speaker;
import dev.dossier.engine.DocJson;
import dev.dossier.engine.EntityReport;
import dev.dossier.engine.Recycling;
import dev.dossier.store.EntityGraph;
import dev.dossier.store.EntityProfile;
import dev.dossier.store.EntitySummary;
import dev.dossier.store.IngestLogEntry;
import dev.dossier.store.SanctionsRow;
import dev.dossier.store.SearchResult;
import dev.dossier.store.Snippet;
import dev.dossier.store.Stats;
import dev.dossier.store.StoredArticle;
import dev.dossier.store.StoredQuote;
import dev.dossier.store.TimelineEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The JSON bodies of the REST API, written field by field so that the names are a contract
 * ({@code /api/v1/openapi.json} documents each one) and do not move when a Java record changes.
 * Offsets are half-open {@code [start, end)} UTF-16 offsets, as everywhere in Dossier. Thread-safe.
 */
public final class ApiJson {

  private static final ObjectMapper MAPPER = DocJson.mapper();

  private ApiJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** {@code {code, message}}: the body of every error. */
  public static ObjectNode error(String code, String message) {
    return MAPPER.createObjectNode().put("code", code).put("message", message);
  }

  public static ObjectNode searchResult(SearchResult result, int limit, int offset) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("total", result.total()).put("limit", limit).put("offset", offset);
    ArrayNode hits = json.putArray("hits");
    for (SearchResult.Hit hit : result.hits()) {
      ObjectNode node = hits.addObject();
      node.put("id", hit.id()).put("title", hit.title()).put("published", iso(hit.published())).put("source", hit.source()).put("score", hit.score());
      node.set("titleHighlights", spans(hit.titleHighlights()));
      node.set("snippet", snippet(hit.snippet()));
    }
    ObjectNode facets = json.putObject("facets");
    ArrayNode entities = facets.putArray("entities");
    for (SearchResult.EntityCount count : result.facets().entities()) {
      entities.addObject().put("id", count.id()).put("name", count.name()).put("type", count.type().name()).put("count", count.count());
    }
    ArrayNode types = facets.putArray("types");
    result.facets().types().forEach((type, count) -> types.addObject().put("type", type.name()).put("count", count));
    ArrayNode sources = facets.putArray("sources");
    result.facets().sources().forEach((source, count) -> sources.addObject().put("source", source).put("count", count));
    ArrayNode months = facets.putArray("months");
    result.facets().months().forEach((month, count) -> months.addObject().put("month", month.toString()).put("count", count));
    ArrayNode warnings = json.putArray("warnings");
    result.warnings().forEach(warnings::add);
    return json;
  }

  /**
   * The stored article in the output contract of {@code dossier analyze} ({@link DocJson}) with
   * what the cross-document step found (reuse, story, quality), plus each removal's {@code at}
   * (where in the text it stood) and the stage that wrote each layer.
   *
   * @param doc the article as a document ({@code Engine.document}): entities, links, sanctions, dates, quotes
   */
  public static ObjectNode article(StoredArticle stored, Doc doc, Recycling recycling) {
    ObjectNode json = DocJson.toJson(doc, recycling);
    ArrayNode removed = (ArrayNode) json.get("removed");
    List<Removal> removals = stored.article().removed();
    for (int i = 0; i < removals.size(); i++) {
      ((ObjectNode) removed.get(i)).put("at", removals.get(i).at());
    }
    ObjectNode producers = json.putObject("producers");
    stored.producers().forEach((layer, producer) -> producers.put(layer, producer.toString()));
    return json;
  }

  public static ObjectNode entitySummary(EntitySummary entity) {
    return MAPPER.createObjectNode()
        .put("id", entity.id())
        .put("name", entity.name())
        .put("type", entity.type().name())
        .put("articles", entity.articles())
        .put("mentions", entity.mentions());
  }

  public static ObjectNode entities(List<EntitySummary> entities, int limit, int offset) {
    ObjectNode json = MAPPER.createObjectNode().put("limit", limit).put("offset", offset);
    ArrayNode list = json.putArray("entities");
    entities.forEach(entity -> list.add(entitySummary(entity)));
    return json;
  }

  /**
   * An entity's profile with what resolution knows of it: its knowledge-base id and relations, its
   * mentions per month and its sanctions hits with their evidence.
   */
  public static ObjectNode entityProfile(EntityProfile profile, EntityReport report) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("id", profile.id()).put("name", profile.name()).put("type", profile.type().name());
    ArrayNode aliases = json.putArray("aliases");
    profile.aliases().forEach(aliases::add);
    json.put("articles", profile.articles()).put("mentions", profile.mentions());
    json.put("firstSeen", iso(profile.firstSeen())).put("lastSeen", iso(profile.lastSeen()));
    ArrayNode coMentioned = json.putArray("coMentioned");
    for (EntityProfile.CoMention other : profile.coMentioned()) {
      coMentioned.addObject().put("id", other.id()).put("name", other.name()).put("type", other.type().name()).put("sharedArticles", other.sharedArticles());
    }
    ArrayNode recent = json.putArray("recentArticles");
    for (EntityProfile.ArticleRef article : profile.recentArticles()) {
      recent.addObject().put("id", article.id()).put("title", article.title()).put("published", iso(article.published()));
    }
    json.put("kb", report == null ? null : report.kbId());
    ArrayNode related = json.putArray("related");
    ObjectNode perMonth = json.putObject("mentionsPerMonth");
    ArrayNode sanctions = json.putArray("sanctions");
    if (report != null) {
      report.related().forEach(related::add);
      report.mentionsPerMonth().forEach(perMonth::put);
      report.sanctions().forEach(row -> sanctions.add(sanctionsHit(row)));
    }
    return json;
  }

  /** A sanctions hit: the list entry, how sure, the sentence that is its evidence and its article. */
  public static ObjectNode sanctionsHit(SanctionsRow row) {
    SanctionsHit hit = row.hit();
    ObjectNode json = MAPPER.createObjectNode();
    json.putObject("entity").put("id", row.entityId()).put("name", row.entityName());
    json.put("list", hit.list()).put("entry", hit.entry()).put("name", hit.name());
    ArrayNode programs = json.putArray("programs");
    hit.programs().forEach(programs::add);
    json.put("score", hit.score()).put("evidence", hit.evidence());
    ArrayNode reasons = json.putArray("reasons");
    hit.reasons().forEach(reasons::add);
    json.putObject("article").put("id", row.articleId()).put("title", row.title()).put("published", iso(row.published()));
    return json;
  }

  /** Sanctions hits, the surest first, a page of them. */
  public static ObjectNode sanctions(String list, List<SanctionsRow> rows, int limit, int offset) {
    ObjectNode json = MAPPER.createObjectNode().put("list", list).put("total", rows.size()).put("limit", limit).put("offset", offset);
    ArrayNode hits = json.putArray("hits");
    rows.stream().skip(offset).limit(limit).forEach(row -> hits.add(sanctionsHit(row)));
    return json;
  }

  /**
   * A stored quote: the contract's quote fields ({@link DocJson}) with the speaker's resolved
   * entity id, and the article it stands in. Offsets point into that article's text.
   */
  public static ObjectNode quote(StoredQuote stored) {
    Quote quote = stored.quote();
    ObjectNode json = MAPPER.createObjectNode();
    json.putObject("article").put("id", stored.articleId()).put("title", stored.title()).put("published", iso(stored.published()));
    json.put("text", quote.text()).put("start", quote.span().start()).put("end", quote.span().end()).put("kind", quote.kind().label());
    json.set("parts", spans(quote.parts()));
    Speaker speaker = quote.speaker();
    if (speaker == null) {
      json.putNull("speaker");
    } else {
      json.putObject("speaker").put("name", speaker.name()).put("entity", speaker.entity()).put("anonymous", speaker.anonymous())
          .put("description", speaker.description()).put("start", speaker.span().start()).put("end", speaker.span().end());
    }
    json.put("cue", quote.cueText());
    if (quote.cue() != null) {
      json.put("cueStart", quote.cue().start()).put("cueEnd", quote.cue().end());
    }
    json.put("addressee", quote.addressee());
    return json;
  }

  public static ObjectNode quotes(List<StoredQuote> quotes, int limit) {
    ObjectNode json = MAPPER.createObjectNode().put("limit", limit);
    ArrayNode list = json.putArray("quotes");
    quotes.forEach(quote -> list.add(quote(quote)));
    return json;
  }

  public static ObjectNode graph(EntityGraph graph) {
    ObjectNode json = MAPPER.createObjectNode();
    ArrayNode nodes = json.putArray("nodes");
    for (EntityGraph.Node node : graph.nodes()) {
      nodes.addObject().put("id", node.id()).put("name", node.name()).put("type", node.type().name()).put("articles", node.articles()).put("mentions", node.mentions());
    }
    ArrayNode edges = json.putArray("edges");
    for (EntityGraph.Edge edge : graph.edges()) {
      edges.addObject().put("source", edge.source()).put("target", edge.target()).put("sharedArticles", edge.sharedArticles());
    }
    return json;
  }

  public static ObjectNode timeline(List<TimelineEntry> entries, int limit, int offset) {
    ObjectNode json = MAPPER.createObjectNode().put("limit", limit).put("offset", offset);
    ArrayNode list = json.putArray("entries");
    for (TimelineEntry entry : entries) {
      ObjectNode node = list.addObject();
      node.put("day", iso(entry.day())).put("value", entry.value()).put("text", entry.text());
      node.putObject("article").put("id", entry.articleId()).put("title", entry.title()).put("published", iso(entry.published()));
      node.set("context", snippet(entry.context()));
      node.set("dateInContext", span(entry.dateInContext()));
    }
    return json;
  }

  public static ObjectNode stats(Stats stats) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("articles", stats.articles()).put("indexedArticles", stats.indexedArticles());
    json.put("entities", stats.entities());
    ObjectNode byType = json.putObject("entitiesByType");
    stats.entitiesByType().forEach((type, count) -> byType.put(type.name(), count));
    json.put("mentions", stats.mentions()).put("dates", stats.dates());
    counts(json.putObject("removalsByReason"), stats.removalsByReason());
    ObjectNode log = json.putObject("logByStatus");
    stats.logByStatus().forEach((status, count) -> log.put(status.name(), count));
    counts(json.putObject("rejectionsByCode"), stats.rejectionsByCode());
    counts(json.putObject("sources"), stats.sources());
    json.put("firstPublished", iso(stats.firstPublished())).put("lastPublished", iso(stats.lastPublished()));
    json.put("lastBatch", stats.lastBatch()).put("indexBytes", stats.indexBytes()).put("databaseBytes", stats.databaseBytes());
    return json;
  }

  public static ObjectNode logEntry(IngestLogEntry entry) {
    return MAPPER.createObjectNode()
        .put("input", entry.input())
        .put("articleId", entry.articleId())
        .put("status", entry.status().name())
        .put("code", entry.code())
        .put("message", entry.message())
        .put("at", entry.at().toString());
  }

  /** The entity types, for clients building filters. */
  public static ArrayNode types() {
    ArrayNode types = MAPPER.createArrayNode();
    for (EntityType type : EntityType.values()) {
      types.add(type.name());
    }
    return types;
  }

  static ObjectNode snippet(Snippet snippet) {
    ObjectNode json = MAPPER.createObjectNode().put("text", snippet.text());
    json.set("highlights", spans(snippet.highlights()));
    return json;
  }

  static ArrayNode spans(List<Span> spans) {
    ArrayNode array = MAPPER.createArrayNode();
    spans.forEach(span -> array.add(span(span)));
    return array;
  }

  static ObjectNode span(Span span) {
    return MAPPER.createObjectNode().put("start", span.start()).put("end", span.end());
  }

  private static void counts(ObjectNode into, Map<String, Long> counts) {
    counts.forEach(into::put);
  }

  static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
