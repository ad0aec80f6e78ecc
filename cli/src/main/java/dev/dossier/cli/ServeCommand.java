package dev.dossier.cli;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.engine.Engine;
import dev.dossier.server.DossierServer;
import dev.dossier.server.ServerOptions;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the web app and the REST API (/api/v1) on the store until stopped with Ctrl-C.",
      "Listens on 127.0.0.1 only unless --host says otherwise. Requests that write (uploads, corrections) need the access token,",
      "made on the first start and kept in DIR/server-token."
    })
final class ServeCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = ServerOptions.LOCALHOST,
      description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 opens it to the network).")
  String host;

  @Option(names = "--max-upload-mb", defaultValue = "256", description = "Largest upload accepted, in MB (default: ${DEFAULT-VALUE}).")
  long maxUploadMb;

  private final Terminal terminal;

  ServeCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws InterruptedException {
    ServerOptions options;
    try {
      options = new ServerOptions(host, port, ServerOptions.DEFAULT_MAX_REQUEST_BYTES, maxUploadMb << 20);
    } catch (IllegalArgumentException e) {
      throw new DossierException(ErrorCode.BAD_ARGUMENT, e.getMessage());
    }
    long started = System.nanoTime();
    Engine engine = Engine.open(data.dataDir);
    DossierServer server;
    try {
      server = DossierServer.start(engine, options);
    } catch (RuntimeException e) {
      engine.close();
      if (e instanceof DossierException) {
        throw e;
      }
      throw new DossierException(ErrorCode.BAD_ARGUMENT, "cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      engine.close();
      stopped.countDown();
    }, "dossier-serve-shutdown"));
    var out = terminal.out();
    out.println(String.format(Locale.ROOT, "%s %s in %.1f s, serving %s", terminal.bold("Dossier"), server.url(),
        (System.nanoTime() - started) / 1e9, engine.dataDir()));
    out.println("  web app:      " + server.url());
    out.println("  REST API:     " + server.url() + "api/v1/openapi.json");
    out.println("  access token: " + server.token().value() + "  (for uploads and corrections; also in " + server.token().file() + ")");
    if (!ServerOptions.LOCALHOST.equals(options.host()) && !"localhost".equals(options.host())) {
      out.println("  warning: listening on " + options.host() + ", reachable from other machines; anyone who can reach it can read the store.");
    }
    out.println("Press Ctrl-C to stop.");
    out.flush();
    stopped.await();
    return 0;
  }
}
