package dev.dossier.server;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.server.api.ApiException;
import dev.dossier.server.api.ApiJson;
import dev.dossier.server.web.ErrorPage;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into an answer: {@code {"code", "message"}} JSON under {@code /api/}, an
 * error page elsewhere. Engine errors keep their codes; a failure nobody foresaw is logged with its
 * stack trace and answered with {@code E504} and no internals.
 */
final class ErrorHandling {

  private static final Logger LOG = Logger.getLogger(ErrorHandling.class.getName());

  private ErrorHandling() {}

  static void register(RoutesConfig routes) {
    routes.exception(DossierException.class, (error, ctx) -> answer(ctx, ApiException.statusOf(error), error.code().code(), error.getMessage()));
    routes.exception(HttpResponseException.class, (error, ctx) -> answer(ctx, error.getStatus(), codeOf(error.getStatus()).code(), message(error)));
    routes.exception(Exception.class, (error, ctx) -> {
      LOG.log(Level.WARNING, "unexpected failure answering " + ctx.method() + " " + ctx.path(), error);
      answer(ctx, 500, ErrorCode.SERVER_FAILED.code(), "the server failed to answer " + ctx.path() + "; its log has the details");
    });
    routes.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        answer(ctx, 404, ErrorCode.NOT_FOUND.code(), "no such page or endpoint: " + ctx.path());
      }
    });
  }

  private static String message(HttpResponseException error) {
    if (error.getStatus() == 413) {
      return "the request is larger than the server accepts";
    }
    return error.getMessage() == null || error.getMessage().isBlank() ? "the request could not be handled" : error.getMessage();
  }

  private static ErrorCode codeOf(int status) {
    return switch (status) {
      case 400 -> ErrorCode.BAD_ARGUMENT;
      case 401, 403 -> ErrorCode.UNAUTHORIZED;
      case 404 -> ErrorCode.NOT_FOUND;
      case 413 -> ErrorCode.TOO_LARGE;
      case 415 -> ErrorCode.UNSUPPORTED_REQUEST;
      default -> status < 500 ? ErrorCode.BAD_ARGUMENT : ErrorCode.SERVER_FAILED;
    };
  }

  static void answer(Context ctx, int status, String code, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.contentType("application/json").result(ApiJson.error(code, message).toString());
    } else {
      ctx.html(ErrorPage.render(status, code, message));
    }
  }
}
