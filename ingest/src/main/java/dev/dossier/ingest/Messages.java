package dev.dossier.ingest;

/** One-line descriptions of exceptions for rejection details. */
final class Messages {

  private Messages() {}

  /** The exception's message, or its type if it has none. */
  static String describe(Throwable e) {
    String message = e.getMessage();
    String type = e.getClass().getSimpleName();
    return message == null || message.isBlank() ? type : type + ": " + message;
  }
}
