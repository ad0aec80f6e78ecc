package dev.dossier.server;

import dev.dossier.core.ErrorCode;
import dev.dossier.server.api.ApiException;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Set;

/**
 * What every request passes before a handler sees it: security headers on every response, a size
 * limit checked on the declared length before any body is read, and the access token on every
 * request that writes.
 *
 * <p>"Writes" are all methods but {@code GET}, {@code HEAD} and {@code OPTIONS}, whatever the path,
 * so an endpoint added later (curation's merge, split and rename) is protected without doing
 * anything. No write is reachable with a {@code GET}.
 *
 * <p>The Content-Security-Policy allows scripts, styles and connections from this server only and
 * nothing inline: an injected {@code <script>} or {@code onerror=} would not run even if escaping
 * failed. htmx is configured (in the page's {@code htmx-config} meta) not to evaluate anything.
 */
final class Security {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
          + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

  private static final Set<HandlerType> READS = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

  /** Paths that take uploads and so get the upload limit rather than the request limit. */
  static final Set<String> UPLOAD_PATHS = Set.of("/api/v1/ingest", "/ingest");

  private final AccessToken token;
  private final ServerOptions options;

  Security(AccessToken token, ServerOptions options) {
    this.token = token;
    this.options = options;
  }

  void before(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
    long limit = UPLOAD_PATHS.contains(ctx.path()) ? options.maxUploadBytes() : options.maxRequestBytes();
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      throw new ApiException(413, ErrorCode.TOO_LARGE, "the request body is " + declared + " bytes; this endpoint accepts at most " + limit);
    }
    if (!READS.contains(ctx.method()) && !authorised(ctx)) {
      throw new ApiException(401, ErrorCode.UNAUTHORIZED,
          "this request changes the store and needs the access token (header 'Authorization: Bearer TOKEN'); "
              + "it was printed when the server started and is stored in " + token.file());
    }
  }

  private boolean authorised(Context ctx) {
    String authorization = ctx.header("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return token.matches(authorization.substring(7));
    }
    String header = ctx.header("X-Dossier-Token");
    if (header != null) {
      return token.matches(header);
    }
    // The web app's forms send it as a field; reading it parses the form, within the limits above.
    // API clients must use a header, so an unauthenticated upload to the API is refused unread.
    return !ctx.path().startsWith("/api/") && (ctx.isMultipartFormData() || ctx.isFormUrlencoded()) && token.matches(ctx.formParam("token"));
  }
}
