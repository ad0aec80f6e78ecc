package dev.dossier.server.api;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;

/**
 * A request that cannot be answered as asked, with the HTTP status to answer it with. Rendered as
 * {@code {"code": "E401", "message": "..."}} by the API and as an error page by the web app.
 */
public final class ApiException extends DossierException {

  private static final long serialVersionUID = 1L;

  private final int status;

  public ApiException(int status, ErrorCode code, String message) {
    super(code, message);
    this.status = status;
  }

  public int status() {
    return status;
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, ErrorCode.BAD_ARGUMENT, message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, ErrorCode.NOT_FOUND, message);
  }

  /** The HTTP status for an error from the engine: usage errors are the client's, the rest the server's. */
  public static int statusOf(DossierException error) {
    if (error instanceof ApiException api) {
      return api.status();
    }
    return switch (error.code()) {
      case BAD_ARGUMENT -> 400;
      case NOT_FOUND, INPUT_NOT_FOUND -> 404;
      case UNAUTHORIZED -> 401;
      case TOO_LARGE -> 413;
      case UNSUPPORTED_REQUEST -> 415;
      case STORE_LOCKED, STORE_UNAVAILABLE -> 503;
      default -> 500;
    };
  }
}
