package dev.dossier.core;

/**
 * The catalogue of errors Dossier reports, each with a stable code so that a message in a log or a
 * user's report can be searched for. Messages built from these always name the input and the
 * reason: see {@link Rejection} and {@link DossierException}.
 *
 * <p>Codes never change meaning; retired codes are not reused.
 */
public enum ErrorCode {
  // 1xx: one input (a file, a line, a record) is rejected; the rest of the batch goes on.
  UNREADABLE_INPUT("E101", "cannot read input"),
  UNKNOWN_FORMAT("E102", "unknown input format"),
  INVALID_UTF8("E103", "invalid UTF-8"),
  MALFORMED_JSON("E104", "malformed JSON"),
  EMPTY_ARTICLE("E105", "empty article"),
  NO_MAIN_CONTENT("E106", "HTML without main content"),
  TRUNCATED_WARC("E107", "truncated WARC record"),
  UNPARSEABLE_DATE("E108", "unparseable date"),
  MISSING_FIELD("E109", "missing field"),
  INPUT_NOT_FOUND("E110", "no such file or directory"),
  ARTICLE_FAILED("E111", "analysis failed"),

  // 2xx: a pipeline is built wrong or a stage broke its contract.
  STAGE_INPUT_MISSING("E201", "a stage reads a layer no earlier stage writes"),
  LAYER_WRITTEN_TWICE("E202", "two stages write the same layer"),
  STAGE_OUTPUT_MISSING("E203", "a stage did not write a layer it declares"),
  EMPTY_PIPELINE("E204", "a pipeline needs at least one stage"),

  // 3xx: the store.
  STORE_UNAVAILABLE("E301", "cannot open the data folder"),
  STORE_LOCKED("E302", "the data folder is in use by another process"),
  STORE_FAILED("E303", "the store could not commit a batch"),

  // 4xx: usage.
  BAD_ARGUMENT("E401", "bad argument"),
  NOT_FOUND("E402", "not found"),
  NO_MODELS("E403", "NLP models are missing from the classpath"),

  // 5xx: the server.
  UNAUTHORIZED("E501", "a write needs the access token"),
  TOO_LARGE("E502", "the request is too large"),
  UNSUPPORTED_REQUEST("E503", "the request is not in a form the endpoint accepts"),
  SERVER_FAILED("E504", "the server could not answer");

  private final String code;
  private final String summary;

  ErrorCode(String code, String summary) {
    this.code = code;
    this.summary = summary;
  }

  /** The stable code, such as {@code E104}. */
  public String code() {
    return code;
  }

  /** A short reason, such as "malformed JSON". */
  public String summary() {
    return summary;
  }
}
