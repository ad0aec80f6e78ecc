package dev.dossier.server;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret every write request must present: generated on the server's first start, stored in
 * the data folder as {@value #FILE_NAME} readable by its owner only, and read from there on every
 * later start, so scripts keep working across restarts.
 *
 * <p>Requests carry it as {@code Authorization: Bearer TOKEN} or {@code X-Dossier-Token: TOKEN};
 * the web app's forms carry it in a {@code token} field. It is never put in a cookie, so another
 * site cannot make a browser send it (no cross-site request forgery). Immutable and thread-safe.
 */
public final class AccessToken {

  public static final String FILE_NAME = "server-token";

  private static final int BYTES = 32;

  private final String value;
  private final Path file;

  private AccessToken(String value, Path file) {
    this.value = value;
    this.file = file;
  }

  /**
   * Reads the token from the data folder, creating it there if it does not exist.
   *
   * @throws DossierException {@link ErrorCode#STORE_UNAVAILABLE} if the file cannot be read or
   *     written, or holds no token
   */
  public static AccessToken loadOrCreate(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME);
    try {
      if (Files.notExists(file)) {
        Files.createDirectories(dataDir);
        byte[] random = new byte[BYTES];
        new SecureRandom().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
          create(file);
          Files.writeString(file, token + "\n", StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException raced) {
          // Another start created it first: use theirs.
        }
      }
      String token = Files.readString(file, StandardCharsets.US_ASCII).strip();
      if (token.length() < 16) {
        throw new DossierException(ErrorCode.STORE_UNAVAILABLE, file + " holds no access token; delete it to make a new one");
      }
      return new AccessToken(token, file);
    } catch (IOException e) {
      throw new DossierException(ErrorCode.STORE_UNAVAILABLE, "cannot read or create the access token " + file + ": " + e, e);
    }
  }

  private static void create(Path file) throws IOException {
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
    }
  }

  /** True if {@code presented} is the token; compares in constant time. */
  public boolean matches(String presented) {
    if (presented == null) {
      return false;
    }
    return MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII), presented.strip().getBytes(StandardCharsets.US_ASCII));
  }

  /** The token itself, to print for the user on start. */
  public String value() {
    return value;
  }

  /** Where it is stored. */
  public Path file() {
    return file;
  }

  @Override
  public String toString() {
    return "AccessToken[" + file + "]";
  }
}
