package dev.dossier.server.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes HTML in which every piece of text and every attribute value is escaped: the only way to
 * put characters on the page is through {@link #text} and the attribute arguments, and both escape.
 * Nothing from an article, a title or an entity name can become markup.
 *
 * <p>Two more rules close the other doors. Attribute names must be plain lower-case names and
 * never {@code on...}, so no event handler can be written; URL-valued attributes ({@code href},
 * {@code src}, {@code action}, {@code hx-get}...) accept only the URLs {@link Urls} makes: paths
 * on this server, or {@code http(s)} links that it has checked. There is no raw-HTML method.
 *
 * <p>Tags are checked to be closed in order, which catches template mistakes in tests. Not
 * thread-safe: one per response.
 */
public final class Html {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Set<String> VOID = Set.of("br", "hr", "img", "input", "link", "meta", "source", "wbr", "rect", "line", "path", "circle");
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "hx-get", "hx-post", "data-src");

  private final StringBuilder out = new StringBuilder(8192);
  private final Deque<String> open = new ArrayDeque<>();

  /** Starts a document with its doctype. */
  public static Html document() {
    Html html = new Html();
    html.out.append("<!doctype html>\n");
    return html;
  }

  /** Starts a fragment, for htmx to swap into a page. */
  public static Html fragment() {
    return new Html();
  }

  /**
   * Opens an element. Attributes come as name, value pairs; a {@code null} value leaves the
   * attribute out, and an empty one writes a boolean attribute ({@code hidden}).
   *
   * @throws IllegalArgumentException for a bad tag or attribute name, an event-handler attribute,
   *     an odd number of attribute arguments, or a URL attribute that is not a {@link Urls} URL
   */
  public Html open(String tag, String... attributes) {
    if (VOID.contains(tag)) {
      throw new IllegalArgumentException("<" + tag + "> is a void element: use empty()");
    }
    start(tag, attributes);
    open.push(tag);
    return this;
  }

  /**
   * A void element ({@code <input>}, {@code <br>}, an SVG {@code <rect>}): no content, no close.
   * Written self-closed, which inside {@code <svg>} the parser needs and elsewhere ignores.
   */
  public Html empty(String tag, String... attributes) {
    if (!VOID.contains(tag)) {
      throw new IllegalArgumentException("<" + tag + "> is not a void element");
    }
    start(tag, attributes);
    out.setLength(out.length() - 1);
    out.append(" />");
    return this;
  }

  /** Closes the innermost open element, which must be {@code tag}. */
  public Html close(String tag) {
    String expected = open.poll();
    if (!tag.equals(expected)) {
      throw new IllegalStateException("closing <" + tag + "> but the open element is <" + expected + ">");
    }
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element holding only text: {@code <tag attrs>escaped text</tag>}. */
  public Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** Escaped text; {@code null} writes nothing. */
  public Html text(String text) {
    if (text != null) {
      escape(text, out);
    }
    return this;
  }

  /** Escaped text of {@code text.substring(start, end)}, without copying. */
  public Html text(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      escape(text.charAt(i), out);
    }
    return this;
  }

  /** The page so far; every element must be closed. */
  public String render() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed elements: " + open);
    }
    return out.toString();
  }

  private void start(String tag, String... attributes) {
    if (!NAME.matcher(tag).matches()) {
      throw new IllegalArgumentException("bad tag name: " + tag);
    }
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs; got " + attributes.length + " strings for <" + tag + ">");
    }
    out.append('<').append(tag);
    for (int i = 0; i < attributes.length; i += 2) {
      String name = attributes[i];
      String value = attributes[i + 1];
      if (!NAME.matcher(name).matches() || name.toLowerCase(Locale.ROOT).startsWith("on")) {
        throw new IllegalArgumentException("attribute not allowed: " + name);
      }
      if (value == null) {
        continue;
      }
      if (URL_ATTRIBUTES.contains(name) && !Urls.isSafe(value)) {
        throw new IllegalArgumentException("unsafe URL in " + name + ": " + value);
      }
      out.append(' ').append(name);
      if (!value.isEmpty()) {
        out.append("=\"");
        escape(value, out);
        out.append('"');
      }
    }
    out.append('>');
  }

  /** Escapes the five characters that can end text or an attribute value. */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    escape(text, escaped);
    return escaped.toString();
  }

  private static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      escape(text.charAt(i), out);
    }
  }

  private static void escape(char c, StringBuilder out) {
    switch (c) {
      case '&' -> out.append("&amp;");
      case '<' -> out.append("&lt;");
      case '>' -> out.append("&gt;");
      case '"' -> out.append("&quot;");
      case '\'' -> out.append("&#39;");
      // A stray NUL is dropped rather than left for the browser to replace.
      case '\0' -> { }
      default -> out.append(c);
    }
  }
}
