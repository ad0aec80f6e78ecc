package dev.dossier.core;

import java.util.Objects;

/**
 * An error with a code from the {@link ErrorCode catalogue} and a one-line message that names the
 * input and the reason.
 */
public class DossierException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public DossierException(ErrorCode code, String message) {
    this(code, message, null);
  }

  public DossierException(ErrorCode code, String message, Throwable cause) {
    super(Rejection.oneLine(message), cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  public ErrorCode code() {
    return code;
  }

  /** The message followed by the code, as shown to users: {@code ... [E301]}. */
  public String userMessage() {
    return getMessage() + " [" + code.code() + "]";
  }
}
