package dev.dossier.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.ReusedPassage;
import dev.dossier.engine.Engine;
import dev.dossier.engine.EntityReport;
import dev.dossier.engine.Exporter;
import dev.dossier.engine.Recycling;
import dev.dossier.ingest.IngestOptions;
import dev.dossier.server.jobs.IngestJobs;
import dev.dossier.server.jobs.JobStatus;
import dev.dossier.store.EntityGraph;
import dev.dossier.store.EntityProfile;
import dev.dossier.store.EventInstance;
import dev.dossier.store.EventQuery;
import dev.dossier.store.IngestLogEntry;
import dev.dossier.store.QuoteQuery;
import dev.dossier.store.SearchQuery;
import dev.dossier.store.TimelineQuery;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import dev.dossier.store.SearchResult;
import dev.dossier.store.StoredArticle;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The REST API under {@value #BASE}. Every route here is documented in {@code openapi.json}
 * beside this class, and a test compares the two.
 *
 * <p>Handlers only read parameters, call the engine and write JSON ({@link ApiJson}); they hold no
 * state but the ingest jobs. Adding a resource (quotes, events, stories, sanctions) is one handler
 * here, one writer in {@link ApiJson} and its path in {@code openapi.json}.
 */
public final class ApiRoutes {

  public static final String BASE = "/api/v1";

  /** Graph neighbourhoods hold at most this many neighbours, so a hub cannot flood the browser. */
  public static final int MAX_NEIGHBOURS = 100;

  /** How many of an entity's events, the latest first, its profile lists. */
  public static final int PROFILE_EVENTS = 20;

  /** The most articles one export streams. */
  public static final int MAX_EXPORT = 10_000;

  private final Engine engine;
  private final IngestJobs jobs;
  private final long maxUploadBytes;
  private final CurationRoutes curations;

  public ApiRoutes(Engine engine, IngestJobs jobs, long maxUploadBytes) {
    this.engine = engine;
    this.jobs = jobs;
    this.maxUploadBytes = maxUploadBytes;
    this.curations = new CurationRoutes(engine);
  }

  public void register(RoutesConfig routes) {
    routes.get(BASE + "/openapi.json", this::openApi);
    routes.get(BASE + "/articles", this::searchArticles);
    routes.get(BASE + "/articles/{id}", this::article);
    routes.get(BASE + "/export/articles", this::exportArticles);
    routes.get(BASE + "/entities", this::entities);
    routes.get(BASE + "/entities/{id}", this::entity);
    routes.get(BASE + "/entities/{id}/graph", this::neighbourhood);
    routes.get(BASE + "/graph", this::overviewGraph);
    routes.get(BASE + "/timeline", this::timeline);
    routes.get(BASE + "/events", this::events);
    // <id>, not {id}: instance ids hold slashes (consult/white-house/-/2017-05-01), and encoded
    // slashes in a path are refused by the HTTP layer.
    routes.get(BASE + "/events/<id>", this::event);
    routes.get(BASE + "/stats", this::stats);
    routes.get(BASE + "/log", this::log);
    routes.post(BASE + "/ingest", this::ingest);
    routes.get(BASE + "/jobs", this::jobs);
    routes.get(BASE + "/jobs/{id}", this::job);
    routes.get(BASE + "/quotes", this::quotes);
    routes.get(BASE + "/sanctions", this::sanctions);
    routes.get(BASE + "/stories", this::stories);
    routes.get(BASE + "/stories/{id}", this::story);
    routes.get(BASE + "/articles/{id}/reuse", this::reuse);
    routes.get(BASE + "/export/entities", this::exportEntities);
    curations.register(routes);
  }

  private void openApi(Context ctx) {
    try (InputStream document = ApiRoutes.class.getResourceAsStream("openapi.json")) {
      if (document == null) {
        throw new IllegalStateException("openapi.json is missing from the server's resources");
      }
      ctx.contentType("application/json").result(document.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void searchArticles(Context ctx) {
    SearchQuery query = Requests.search(new Params(ctx));
    json(ctx, ApiJson.searchResult(engine.search(query), query.limit(), query.offset()));
  }

  private void article(Context ctx) {
    ObjectNode json = articleJson(engine, stored(engine, ctx.pathParam("id")));
    instanceCounts(engine, (ArrayNode) json.get("events"));
    json(ctx, json);
  }

  /**
   * Adds to each of an article's events how many sentences and articles report its instance; an
   * event merged into no instance is reported by its own sentence alone.
   */
  static void instanceCounts(Engine engine, ArrayNode events) {
    Map<String, Optional<EventInstance>> instances = new HashMap<>();
    for (JsonNode node : events) {
      Optional<EventInstance> instance = instances.computeIfAbsent(node.get("id").asText(), engine::event);
      ((ObjectNode) node).put("mentions", instance.map(EventInstance::mentions).orElse(1)).put("articles", instance.map(EventInstance::articles).orElse(1));
    }
  }

  /** The stored article with this id, or 404. */
  static StoredArticle stored(Engine engine, String id) {
    return engine.article(id).orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'"));
  }

  /** An article's JSON: the analyze contract with its quotes, sanctions, reuse, story and quality. */
  static ObjectNode articleJson(Engine engine, StoredArticle stored) {
    return ApiJson.article(stored, engine.document(stored.id()).orElseThrow(), engine.recycling(stored));
  }

  /**
   * Every article a search matches (up to {@code limit}, default 1,000, at most {@value
   * #MAX_EXPORT}), as JSONL in the output contract of {@code dossier analyze}, streamed.
   */
  private void exportArticles(Context ctx) throws IOException {
    SearchQuery matching = Requests.search(new Params(ctx), 1000, MAX_EXPORT);
    // An export starts at the best match, whatever page of results its link came from.
    SearchQuery query = matching.withPage(Math.max(1, matching.limit()), 0);
    List<String> ids = engine.search(query).hits().stream().map(SearchResult.Hit::id).toList();
    ctx.contentType("application/x-ndjson; charset=utf-8");
    // A fixed name: nothing from the request or the store goes into a header.
    ctx.header("Content-Disposition", "attachment; filename=\"dossier-export.jsonl\"");
    try (Writer out = new BufferedWriter(new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8))) {
      for (String id : ids) {
        Optional<StoredArticle> article = engine.article(id);
        if (article.isPresent()) {
          out.write(articleJson(engine, article.get()).toString());
          out.write('\n');
        }
      }
    }
  }

  private void entities(Context ctx) {
    Params params = new Params(ctx);
    int limit = params.integer("limit", 50, 1, Requests.MAX_LIMIT);
    int offset = params.integer("offset", 0, 0, Requests.MAX_OFFSET);
    json(ctx, ApiJson.entities(engine.entities(params.text("q"), params.type("type"), limit, offset), limit, offset));
  }

  private void entity(Context ctx) {
    String id = ctx.pathParam("id");
    EntityProfile profile = engine.entityById(id).orElseThrow(() -> ApiException.notFound("no entity with id '" + id + "'"));
    json(ctx, entityJson(engine, profile));
  }

  /** An entity's profile as {@code GET /entities/{id}} answers it: with its report and its latest events. */
  static ObjectNode entityJson(Engine engine, EntityProfile profile) {
    ObjectNode json = ApiJson.entityProfile(profile, report(engine, profile.id()));
    json.set("events", EventsJson.instances(engine.events(new EventQuery(profile.id(), null, null, null, true, PROFILE_EVENTS, 0))));
    return json;
  }

  /** The engine's full report of the entity with exactly this id, or {@code null}. */
  public static EntityReport report(Engine engine, String id) {
    return engine.entityReports(id).stream().filter(report -> report.profile().id().equals(id)).findFirst().orElse(null);
  }

  private void neighbourhood(Context ctx) {
    String id = ctx.pathParam("id");
    Params params = new Params(ctx);
    EntityGraph graph = engine.neighbourhood(id, params.type("type"), params.integer("limit", 25, 1, MAX_NEIGHBOURS));
    if (graph.nodes().isEmpty()) {
      throw ApiException.notFound("no entity with id '" + id + "'");
    }
    json(ctx, ApiJson.graph(graph));
  }

  private void overviewGraph(Context ctx) {
    Params params = new Params(ctx);
    json(ctx, ApiJson.graph(engine.overviewGraph(params.type("type"), params.integer("limit", 40, 1, MAX_NEIGHBOURS))));
  }

  private void timeline(Context ctx) {
    TimelineQuery query = Requests.timeline(new Params(ctx));
    if (query.entityId() != null && engine.entityById(query.entityId()).isEmpty()) {
      throw ApiException.notFound("no entity with id '" + query.entityId() + "'");
    }
    ObjectNode json = ApiJson.timeline(engine.timeline(query), query.limit(), query.offset());
    EventQuery events = new EventQuery(query.entityId(), new Params(ctx).eventType("type"), query.from(), query.to(), false, query.limit(), query.offset());
    json.set("events", EventsJson.instances(engine.events(events)));
    json(ctx, json);
  }

  private void events(Context ctx) {
    EventQuery query = Requests.events(new Params(ctx), false);
    if (query.entity() != null && engine.entityById(query.entity()).isEmpty() && engine.entity(query.entity()).isEmpty()) {
      throw ApiException.notFound("no entity with id or name '" + query.entity() + "'");
    }
    json(ctx, EventsJson.page(engine.events(query), query.limit(), query.offset()));
  }

  private void event(Context ctx) {
    String id = ctx.pathParam("id");
    EventInstance instance = engine.event(id).orElseThrow(() -> ApiException.notFound("no event with id '" + id + "'"));
    int limit = new Params(ctx).integer("limit", 100, 1, Requests.MAX_EVENTS);
    json(ctx, EventsJson.withMentions(instance, engine.eventMentions(id, limit)));
  }

  private void stats(Context ctx) {
    json(ctx, ApiJson.stats(engine.stats()));
  }

  private void log(Context ctx) {
    Params params = new Params(ctx);
    String status = params.text("status");
    IngestLogEntry.Status wanted;
    try {
      wanted = status == null ? null : IngestLogEntry.Status.valueOf(status.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("parameter 'status' must be INGESTED, UPDATED, UNCHANGED or REJECTED, was '" + status + "'");
    }
    ObjectNode json = ApiJson.mapper().createObjectNode();
    ArrayNode entries = json.putArray("entries");
    engine.ingestLog(wanted, params.integer("limit", 100, 1, 1000)).forEach(entry -> entries.add(ApiJson.logEntry(entry)));
    json(ctx, json);
  }

  private void ingest(Context ctx) {
    JobStatus job = submit(ctx, jobs, maxUploadBytes);
    ctx.status(202).header("Location", BASE + "/jobs/" + job.id());
    json(ctx, JobJson.job(job));
  }

  /**
   * Queues the files of a multipart upload (field {@code file}, repeatable) with the optional
   * fields {@code source} and {@code published} as defaults; shared with the web app's form.
   */
  public static JobStatus submit(Context ctx, IngestJobs jobs, long maxUploadBytes) {
    if (!ctx.isMultipartFormData()) {
      throw new ApiException(415, ErrorCode.UNSUPPORTED_REQUEST, "upload files as multipart/form-data in the field 'file'");
    }
    List<UploadedFile> files = ctx.uploadedFiles("file");
    String published = ctx.formParam("published");
    IngestOptions options;
    try {
      options = new IngestOptions(
          published == null || published.isBlank() ? null : LocalDate.parse(published.strip()), ctx.formParam("source"));
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("field 'published' must be a date YYYY-MM-DD, was '" + published + "'");
    }
    List<IngestJobs.Upload> uploads = files.stream().map(file -> new IngestJobs.Upload(file.filename(), file.content())).toList();
    return jobs.submit(uploads, options, maxUploadBytes);
  }

  private void jobs(Context ctx) {
    ObjectNode json = ApiJson.mapper().createObjectNode();
    ArrayNode list = json.putArray("jobs");
    jobs.jobs().forEach(job -> list.add(JobJson.job(job)));
    json(ctx, json);
  }

  private void job(Context ctx) {
    String id = ctx.pathParam("id");
    json(ctx, JobJson.job(jobs.job(id).orElseThrow(() -> ApiException.notFound("no ingest job with id '" + id + "'"))));
  }

  private void quotes(Context ctx) {
    QuoteQuery query = Requests.quotes(new Params(ctx));
    json(ctx, ApiJson.quotes(engine.quotes(query), query.limit()));
  }

  private void sanctions(Context ctx) {
    Params params = new Params(ctx);
    int limit = params.integer("limit", 100, 1, 1000);
    int offset = params.integer("offset", 0, 0, Requests.MAX_OFFSET);
    json(ctx, ApiJson.sanctions(engine.sanctionsList(), engine.sanctions(params.text("entity")), limit, offset));
  }

  private void stories(Context ctx) {
    Params params = new Params(ctx);
    int limit = params.integer("limit", 50, 1, Requests.MAX_STORIES);
    json(ctx, StoryJson.stories(engine.stories(params.date("from"), params.date("to"), limit), limit));
  }

  private void story(Context ctx) {
    String id = ctx.pathParam("id");
    json(ctx, StoryJson.story(engine.story(id).orElseThrow(() -> ApiException.notFound("no story with id '" + id + "'"))));
  }

  private void reuse(Context ctx) {
    StoredArticle stored = stored(engine, ctx.pathParam("id"));
    Recycling recycling = engine.recycling(stored);
    List<StoredArticle> sources = recycling.reuse().stream().map(ReusedPassage::sourceArticle).distinct()
        .map(engine::article).flatMap(Optional::stream).toList();
    json(ctx, StoryJson.reuse(engine.document(stored.id()).orElseThrow(), recycling, sources));
  }

  /**
   * The resolved entities in an exchange format. The format is one of a fixed set and the file
   * name is fixed per format: nothing from the request reaches a path or a header.
   */
  private void exportEntities(Context ctx) throws IOException {
    String name = new Params(ctx).text("format");
    if (name == null) {
      throw ApiException.badRequest("parameter 'format' is required: graphml, ftm, csv or csv-edges");
    }
    Exporter.Format format;
    try {
      format = Exporter.Format.parse(name);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("parameter 'format': " + e.getMessage());
    }
    String[] typeAndFile = switch (format) {
      case GRAPHML -> new String[] {"application/graphml+xml; charset=utf-8", "dossier-entities.graphml"};
      case FTM -> new String[] {"application/x-ndjson; charset=utf-8", "dossier-entities.ftm.json"};
      case CSV -> new String[] {"text/csv; charset=utf-8", "dossier-entities.csv"};
      case CSV_EDGES -> new String[] {"text/csv; charset=utf-8", "dossier-co-mentions.csv"};
    };
    ctx.contentType(typeAndFile[0]);
    ctx.header("Content-Disposition", "attachment; filename=\"" + typeAndFile[1] + "\"");
    try (Writer out = new BufferedWriter(new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8))) {
      engine.export(format, out);
    }
  }

  private static void json(Context ctx, ObjectNode body) {
    ctx.contentType("application/json").result(body.toString());
  }
}
