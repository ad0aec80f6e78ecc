package dev.dossier.server.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Optional;

/**
 * URLs for the pages and the API, built from parts that are percent-encoded, and the check that
 * {@link Html} applies to every URL attribute.
 *
 * <p>A URL is safe when it is a path on this server ({@code /...} but not {@code //...}, which
 * would leave it), a fragment ({@code #...}), or an absolute {@code http}/{@code https} URL that
 * parses. {@code javascript:}, {@code data:} and the like never are.
 */
public final class Urls {

  private Urls() {}

  /** A path segment, percent-encoded: entity ids hold colons, article ids anything. */
  public static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  public static String article(String id) {
    return "/articles/" + segment(id);
  }

  public static String entity(String id) {
    return "/entities/" + segment(id);
  }

  /**
   * An event instance's page. Its id holds slashes ({@code consult/white-house/-/2017-05-01}),
   * which stay path separators (the route takes the rest of the path) since an encoded slash is
   * refused by the HTTP layer; each piece between them is encoded.
   */
  public static String event(String id) {
    return "/events/" + eventPath(id);
  }

  /** An event id as the rest of a path: each piece between slashes percent-encoded. */
  public static String eventPath(String id) {
    return Arrays.stream(id.split("/", -1)).map(Urls::segment).collect(Collectors.joining("/"));
  }

  /** A story's page; its id is {@code story:N}. */
  public static String story(String id) {
    return "/stories/" + segment(id);
  }

  /** A path with a query string of name, value pairs; {@code null} or blank values are left out. */
  public static String withQuery(String path, String... parameters) {
    if (parameters.length % 2 != 0) {
      throw new IllegalArgumentException("query parameters come in name, value pairs");
    }
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < parameters.length; i += 2) {
      String value = parameters[i + 1];
      if (value != null && !value.isBlank()) {
        pairs.add(URLEncoder.encode(parameters[i], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
    return pairs.isEmpty() ? path : path + "?" + String.join("&", pairs);
  }

  /** True if {@code url} may go into a link or a source attribute. */
  public static boolean isSafe(String url) {
    if (url.startsWith("#")) {
      return true;
    }
    if (url.startsWith("/")) {
      return !url.startsWith("//") && !url.startsWith("/\\") && url.chars().noneMatch(c -> c < 0x20);
    }
    return external(url).isPresent();
  }

  /**
   * An article's own URL if it may be linked: absolute, {@code http} or {@code https}, with a host,
   * and free of control characters. Anything else (a {@code javascript:} URL in a feed) is shown
   * as text, never linked.
   */
  public static Optional<String> external(String url) {
    if (url == null || url.isBlank() || url.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return Optional.of(uri.toASCIIString());
      }
    } catch (URISyntaxException e) {
      // Not a URL: shown as text.
    }
    return Optional.empty();
  }
}
