package dev.dossier.server;

/**
 * How the server listens and what it accepts.
 *
 * @param host the address to bind; {@value #LOCALHOST} unless the user asks otherwise, so a
 *     laptop's workbench is not open to its network by default
 * @param port the port, or 0 for any free one (tests)
 * @param maxRequestBytes the largest request body outside uploads
 * @param maxUploadBytes the largest upload to {@code POST /api/v1/ingest}
 */
public record ServerOptions(String host, int port, long maxRequestBytes, long maxUploadBytes) {

  public static final String LOCALHOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;
  public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 256L << 20;

  /**
   * @throws IllegalArgumentException for a port outside 0–65535 or a limit below one byte
   */
  public ServerOptions {
    if (host == null || host.isBlank()) {
      host = LOCALHOST;
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535, was " + port);
    }
    if (maxRequestBytes < 1 || maxUploadBytes < 1) {
      throw new IllegalArgumentException("request limits must be positive");
    }
  }

  /** Localhost on the given port with the default limits. */
  public static ServerOptions onPort(int port) {
    return new ServerOptions(LOCALHOST, port, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_UPLOAD_BYTES);
  }
}
