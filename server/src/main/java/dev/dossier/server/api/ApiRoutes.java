package dev.dossier.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.core.ErrorCode;
import dev.dossier.engine.Engine;
import dev.dossier.ingest.IngestOptions;
import dev.dossier.server.jobs.IngestJobs;
import dev.dossier.server.jobs.JobStatus;
import dev.dossier.store.EntityGraph;
import dev.dossier.store.IngestLogEntry;
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
import java.util.List;
import java.util.Locale;

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

  /** The most articles one export streams. */
  public static final int MAX_EXPORT = 10_000;

  private final Engine engine;
  private final IngestJobs jobs;
  private final long maxUploadBytes;

  public ApiRoutes(Engine engine, IngestJobs jobs, long maxUploadBytes) {
    this.engine = engine;
    this.jobs = jobs;
    this.maxUploadBytes = maxUploadBytes;
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
    routes.get(BASE + "/stats", this::stats);
    routes.get(BASE + "/log", this::log);
    routes.post(BASE + "/ingest", this::ingest);
    routes.get(BASE + "/jobs", this::jobs);
    routes.get(BASE + "/jobs/{id}", this::job);
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
    String id = ctx.pathParam("id");
    json(ctx, ApiJson.article(engine.article(id).orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'"))));
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
          out.write(ApiJson.article(article.get()).toString());
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
    json(ctx, ApiJson.entityProfile(engine.entityById(id).orElseThrow(() -> ApiException.notFound("no entity with id '" + id + "'"))));
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
    json(ctx, ApiJson.timeline(engine.timeline(query), query.limit(), query.offset()));
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

  private static void json(Context ctx, ObjectNode body) {
    ctx.contentType("application/json").result(body.toString());
  }
}
