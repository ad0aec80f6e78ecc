package dev.dossier.server;

import dev.dossier.engine.Engine;
import dev.dossier.server.api.ApiRoutes;
import dev.dossier.server.jobs.IngestJobs;
import dev.dossier.server.web.WebRoutes;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Dossier's web server: the REST API under {@code /api/v1} and the web app beside it, both on one
 * {@link Engine}, which is the only thing they call.
 *
 * <p>Built on Javalin as its authors intend: routes are registered by plain code in {@link
 * ApiRoutes} and {@link WebRoutes}, with no annotations and no scanning. Every response carries the
 * security headers of {@link Security}; every write needs the {@link AccessToken}; every failure
 * is answered by {@link ErrorHandling}.
 *
 * <p>The server does not own the engine: close the server, then the engine. Thread-safe; Jetty
 * answers requests on its own threads, and the engine's queries are thread-safe.
 */
public final class DossierServer implements AutoCloseable {

  private final Javalin app;
  private final IngestJobs jobs;
  private final AccessToken token;
  private final ServerOptions options;

  private DossierServer(Javalin app, IngestJobs jobs, AccessToken token, ServerOptions options) {
    this.app = app;
    this.jobs = jobs;
    this.token = token;
    this.options = options;
  }

  /**
   * Starts serving the engine's store.
   *
   * @throws dev.dossier.core.DossierException {@code STORE_UNAVAILABLE} if the access token cannot
   *     be read or created in the data folder
   * @throws io.javalin.util.JavalinBindException if the port is taken
   */
  public static DossierServer start(Engine engine, ServerOptions options) {
    AccessToken token = AccessToken.loadOrCreate(engine.dataDir());
    IngestJobs jobs = new IngestJobs(engine, engine.dataDir().resolve("uploads"), Clock.systemUTC());
    Security security = new Security(token, options);
    ApiRoutes api = new ApiRoutes(engine, jobs, options.maxUploadBytes());
    WebRoutes web = new WebRoutes(engine, jobs, options.maxUploadBytes(), token.file());
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.jetty.host = options.host();
              config.jetty.port = options.port();
              config.http.maxRequestSize = options.maxRequestBytes();
              config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), SizeUnit.BYTES);
              config.jetty.multipartConfig.maxTotalRequestSize(options.maxUploadBytes(), SizeUnit.BYTES);
              config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
              config.router.ignoreTrailingSlashes = true;
              config.staticFiles.enableWebjars();
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/static";
                    files.directory = "/dev/dossier/server/static";
                    files.location = Location.CLASSPATH;
                    files.headers = Map.of("Cache-Control", "max-age=3600");
                  });
              config.routes.before(security::before);
              ErrorHandling.register(config.routes);
              api.register(config.routes);
              web.register(config.routes);
            });
    app.start();
    return new DossierServer(app, jobs, token, options);
  }

  /** The port it listens on: the one asked for, or the one chosen for port 0. */
  public int port() {
    return app.port();
  }

  /** The address to open in a browser. */
  public String url() {
    String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return "http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + port() + "/";
  }

  public AccessToken token() {
    return token;
  }

  /** Every route registered, as {@code METHOD path}: for the test that keeps the OpenAPI document true. */
  public List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        // A path parameter that may hold slashes (<id>) is written {id}, as OpenAPI writes any.
        .map(parsed -> parsed.endpoint.method.name() + " " + parsed.endpoint.path.replaceAll("<([a-z]+)>", "{$1}"))
        .toList();
  }

  /**
   * Stops listening and stops the ingest jobs: a running one is interrupted, and every batch it
   * committed is kept (the store commits batch by batch).
   */
  @Override
  public void close() {
    app.stop();
    jobs.close();
  }
}
