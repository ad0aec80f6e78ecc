package dev.dossier.server.web;

import dev.dossier.core.EntityType;
import dev.dossier.core.EventType;
import dev.dossier.core.Span;
import dev.dossier.engine.Engine;
import dev.dossier.engine.StoryReport;
import dev.dossier.server.api.ApiException;
import dev.dossier.server.api.ApiRoutes;
import dev.dossier.server.api.CurationRoutes;
import dev.dossier.server.api.Params;
import dev.dossier.server.api.Requests;
import dev.dossier.server.html.Urls;
import dev.dossier.server.jobs.IngestJobs;
import dev.dossier.server.jobs.JobStatus;
import dev.dossier.store.CurationEntry;
import dev.dossier.store.EntityGraph;
import dev.dossier.store.EntityProfile;
import dev.dossier.store.EventInstance;
import dev.dossier.store.EventQuery;
import dev.dossier.store.EntitySummary;
import dev.dossier.store.IngestLogEntry;
import dev.dossier.store.QuoteQuery;
import dev.dossier.store.SearchQuery;
import dev.dossier.store.StoredArticle;
import dev.dossier.store.TimelineQuery;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web app's pages, rendered on the server from the engine's answers. Each page has a plain URL
 * that can be bookmarked; htmx only swaps parts of a page in place, asking the same URLs with an
 * {@code HX-Request} header, which these handlers answer with the fragment alone.
 *
 * <p>The sections of the article and entity pages are lists ({@link ArticleSections}, {@link
 * EntitySections}): adding to a page is adding one {@link ArticleSection} or {@link EntitySection}.
 * The dossier's correction forms post here with the access token in a field and are answered
 * with a redirect (303), like the ingest form.
 */
public final class WebRoutes {

  private static final Pattern SPAN = Pattern.compile("(\\d{1,9})-(\\d{1,9})");

  private static final int HOME_TOP = 8;

  private final Engine engine;
  private final IngestJobs jobs;
  private final long maxUploadBytes;
  private final Path tokenFile;
  private final EntityPage entityPage;
  private final SanctionsSection sanctions;

  public WebRoutes(Engine engine, IngestJobs jobs, long maxUploadBytes, Path tokenFile) {
    this.engine = engine;
    this.jobs = jobs;
    this.maxUploadBytes = maxUploadBytes;
    this.tokenFile = tokenFile;
    this.entityPage = new EntityPage(EntitySections.standard(engine));
    this.sanctions = new SanctionsSection(engine);
  }

  public void register(RoutesConfig routes) {
    routes.get("/", this::home);
    routes.get("/search", this::search);
    routes.get("/articles/{id}", this::article);
    routes.get("/entities", this::entities);
    routes.get("/entities/{id}", this::entity);
    routes.get("/graph", this::graph);
    routes.get("/timeline", this::timeline);
    // <id>: event ids hold slashes, which stay unencoded in its URL (see Urls.event).
    routes.get("/events/<id>", this::event);
    routes.get("/stats", this::stats);
    routes.get("/ingest", this::ingestForm);
    routes.post("/ingest", this::ingest);
    routes.get("/jobs/{id}", this::job);
    routes.get("/jobs/{id}/progress", this::jobProgress);
    routes.get("/quotes", this::quotes);
    routes.get("/sanctions", this::sanctions);
    routes.get("/stories", this::stories);
    routes.get("/stories/{id}", this::story);
    routes.get("/curations", ctx -> ctx.html(CurationsPage.page(engine.curations())));
    for (CurationRoutes.Action action : CurationRoutes.Action.values()) {
      routes.post("/entities/{id}/" + action.path(), ctx -> curate(ctx, action));
    }
  }

  private void home(Context ctx) {
    Map<EntityType, List<EntitySummary>> top = new EnumMap<>(EntityType.class);
    for (EntityType type : EntityType.values()) {
      top.put(type, engine.entities(type, HOME_TOP));
    }
    ctx.html(HomePage.page(engine.stats(), engine.search(new SearchQuery("", List.of(), null, null, null, null, 8, 0)), top));
  }

  private void search(Context ctx) {
    SearchQuery query = Requests.search(new Params(ctx));
    var result = engine.search(query);
    boolean fragment = ctx.header("HX-Request") != null && ctx.header("HX-History-Restore-Request") == null;
    ctx.header("Vary", "HX-Request");
    ctx.html(fragment ? SearchPage.fragment(query, result) : SearchPage.page(query, result));
  }

  /** An article; {@code ?span=START-END} marks a passage of its text, which the page scrolls to. */
  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    StoredArticle stored = engine.article(id).orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'"));
    Span highlight = span(new Params(ctx).text("span"), stored.article().text().length());
    ArticleFindings findings = new ArticleFindings(engine, stored);
    ctx.html(new ArticlePage(ArticleSections.standard(findings)).render(findings, highlight));
  }

  /** A span given as {@code START-END}, or 400; one beyond the text is ignored. */
  private static Span span(String value, int length) {
    if (value == null) {
      return null;
    }
    Matcher matcher = SPAN.matcher(value);
    if (!matcher.matches()) {
      throw ApiException.badRequest("parameter 'span' must be START-END (character offsets), was '" + value + "'");
    }
    try {
      int start = Integer.parseInt(matcher.group(1));
      int end = Integer.parseInt(matcher.group(2));
      return start <= end && end <= length ? new Span(start, end) : null;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("parameter 'span' has an offset too large: '" + value + "'");
    }
  }

  private void quotes(Context ctx) {
    QuoteQuery query = Requests.quotes(new Params(ctx));
    ctx.html(QuotesPage.page(query, engine.quotes(query)));
  }

  private void sanctions(Context ctx) {
    ctx.html(SanctionsPage.page(engine.sanctionsList(), engine.sanctions(null), sanctions));
  }

  private void stories(Context ctx) {
    Params params = new Params(ctx);
    LocalDate from = params.date("from");
    LocalDate to = params.date("to");
    int limit = params.integer("limit", 50, 1, Requests.MAX_STORIES);
    ctx.html(StoriesPage.list(from, to, limit, engine.stories(from, to, limit)));
  }

  private void story(Context ctx) {
    String id = ctx.pathParam("id");
    StoryReport report = engine.story(id).orElseThrow(() -> ApiException.notFound("no story with id '" + id + "'"));
    ctx.html(StoriesPage.story(report, articleId -> engine.article(articleId).map(a -> a.article().title()).filter(t -> !t.isBlank()).orElse(articleId)));
  }

  /** A correction from the dossier's forms; then the entity it leaves, or the audit log after a delete. */
  private void curate(Context ctx, CurationRoutes.Action action) {
    CurationEntry entry = CurationRoutes.apply(engine, action, ctx.pathParam("id"), ctx);
    String result = CurationRoutes.resultingEntity(entry);
    ctx.redirect(result == null ? "/curations#curation-" + entry.seq() : Urls.entity(result), HttpStatus.SEE_OTHER);
  }

  private void entities(Context ctx) {
    Params params = new Params(ctx);
    String text = params.text("q");
    EntityType type = params.type("type");
    int offset = params.integer("offset", 0, 0, Requests.MAX_OFFSET);
    ctx.html(EntitiesPage.page(text, type, offset, engine.entities(text, type, EntitiesPage.PAGE, offset)));
  }

  private void entity(Context ctx) {
    String id = ctx.pathParam("id");
    EntityProfile profile = engine.entityById(id).orElse(null);
    if (profile == null) {
      // A name typed into the URL: go to the entity it denotes, the most mentioned if several.
      ctx.redirect(Urls.entity(byName(id)));
      return;
    }
    ctx.html(entityPage.render(profile));
  }

  private void graph(Context ctx) {
    Params params = new Params(ctx);
    String centre = params.text("entity");
    EntityType type = params.type("type");
    EntityGraph graph;
    if (centre == null) {
      graph = engine.overviewGraph(type, 40);
    } else {
      graph = engine.neighbourhood(centre, type, 25);
      if (graph.nodes().isEmpty()) {
        String id = byName(centre);
        ctx.redirect(Urls.withQuery("/graph", "entity", id, "type", type == null ? null : type.name()));
        return;
      }
    }
    ctx.html(GraphPage.page(graph, centre, type, GraphPage.source(centre, type)));
  }

  private void timeline(Context ctx) {
    Params params = new Params(ctx);
    TimelineQuery query = Requests.timeline(params);
    EventType type = params.eventType("type");
    EntityProfile entity = null;
    if (query.entityId() != null) {
      entity = engine.entityById(query.entityId()).orElse(null);
      if (entity == null) {
        String id = byName(query.entityId());
        ctx.redirect(Urls.withQuery("/timeline", "entity", id, "type", type == null ? null : type.name(), "from", iso(query.from()), "to", iso(query.to())));
        return;
      }
    }
    List<EventInstance> events = engine.events(new EventQuery(query.entityId(), type, query.from(), query.to(), false, query.limit(), query.offset()));
    ctx.html(TimelinePage.page(query, type, entity, events, engine.timeline(query)));
  }

  /** An event instance with every sentence that reports it; {@code ?limit=} caps the reports shown. */
  private void event(Context ctx) {
    String id = ctx.pathParam("id");
    EventInstance instance = engine.event(id).orElseThrow(() -> ApiException.notFound("no event with id '" + id + "'"));
    int limit = new Params(ctx).integer("limit", 100, 1, Requests.MAX_EVENTS);
    ctx.html(EventPage.page(instance, engine.eventMentions(id, limit), limit));
  }

  /** The id of the entity a typed name denotes (the most mentioned, if several), or 404. */
  private String byName(String name) {
    List<EntityProfile> named = engine.entity(name);
    if (named.isEmpty()) {
      throw ApiException.notFound("no entity with id or name '" + name + "'");
    }
    return named.getFirst().id();
  }

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private void stats(Context ctx) {
    ctx.html(StatsPage.page(engine.stats(), engine.dataDir().toString(), engine.ingestLog(IngestLogEntry.Status.REJECTED, 20)));
  }

  private void ingestForm(Context ctx) {
    ctx.html(IngestPage.form(jobs.jobs(), tokenFile.toString()));
  }

  private void ingest(Context ctx) {
    JobStatus job = ApiRoutes.submit(ctx, jobs, maxUploadBytes);
    ctx.redirect("/jobs/" + Urls.segment(job.id()), HttpStatus.SEE_OTHER);
  }

  private void job(Context ctx) {
    ctx.html(IngestPage.job(job(ctx.pathParam("id"))));
  }

  private void jobProgress(Context ctx) {
    ctx.html(IngestPage.progressFragment(job(ctx.pathParam("id"))));
  }

  private JobStatus job(String id) {
    return jobs.job(id).orElseThrow(() -> ApiException.notFound("no ingest job with id '" + id + "'"));
  }
}
