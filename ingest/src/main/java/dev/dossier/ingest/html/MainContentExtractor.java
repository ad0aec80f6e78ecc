package dev.dossier.ingest.html;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Extracts a news page's article from its HTML: the paragraphs of the story without the page
 * around it.
 *
 * <h2>Design</h2>
 *
 * <p>Three passes over the parsed page:
 *
 * <ol>
 *   <li><b>Metadata</b> is read first ({@link PageMetadata}), while {@code <script>} JSON-LD and
 *       {@code <head>} are still there.
 *   <li><b>Non-text</b> (scripts, styles, iframes, media, form controls) is dropped from the whole
 *       page; it carries no words.
 *   <li><b>The content root</b> is found (see {@code ContentRootFinder}: marked-up article first,
 *       else the best-scoring block by paragraph text and link density) and its paragraphs are
 *       written out: {@code p}, {@code h2}–{@code h6}, {@code li}, {@code blockquote}, {@code pre}
 *       and loose text, separated by empty lines.
 * </ol>
 *
 * <p>Furniture inside the root (share bars, comment sections, related-link lists, newsletter boxes,
 * cookie banners, ads, figures) is left out and returned as removals with a reason and the offset
 * where it stood, so a viewer can show it in place. It is recognised by tag, ARIA role, hiding,
 * class and id hints, and link density. Page chrome outside the root is simply not part of the
 * article and is not recorded.
 *
 * <p>The text keeps the page's characters; Unicode and whitespace normalisation and line-level
 * boilerplate removal are the {@link dev.dossier.ingest.clean.Cleaner}'s job, which takes these
 * removals along.
 *
 * <p>An extractor holds no state: it is thread-safe, and one instance can serve every thread.
 */
public final class MainContentExtractor {

  private static final Set<String> NON_TEXT = Set.of(
      "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video", "audio",
      "source", "track", "picture", "img", "map", "input", "select", "option", "textarea", "button", "link", "meta");

  private static final String NON_TEXT_QUERY = String.join(", ", NON_TEXT);

  /** A sentence end: end marks, then closing quotes or brackets, then a space or the end. */
  private static final Pattern SENTENCE_END = Pattern.compile("[\\p{L}\\p{N}\"')\\]][.!?]+[\"')\\]]*(?=\\s|$)");

  /**
   * Deeper pages are refused: the passes over the tree recurse, and no news page nests anywhere
   * near this deep (browsers flatten such markup too).
   */
  public static final int MAX_DEPTH = 1000;

  private static final int MIN_WORDS = 12;
  private static final int MIN_SENTENCES = 2;

  /** A long run of words without end marks (a transcript, a list) is content all the same. */
  private static final int WORDS_WITHOUT_SENTENCES = 50;

  /**
   * Extracts the main content of a page.
   *
   * @param html the page, already decoded to characters
   * @param baseUrl the page's address, used to make links absolute; may be {@code null}
   * @return the content, never {@code null}; its text is empty if the page has no paragraph text
   * @throws NullPointerException if {@code html} is null
   * @throws IllegalArgumentException if the page's elements nest deeper than {@link #MAX_DEPTH}
   */
  public MainContent extract(String html, String baseUrl) {
    Objects.requireNonNull(html, "html");
    Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    int depth = depth(doc);
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("elements nest " + depth + " levels deep; at most " + MAX_DEPTH + " are read");
    }
    PageMetadata metadata = PageMetadataReader.read(doc);
    Element body = doc.body();
    body.select(NON_TEXT_QUERY).remove();
    Element root = ContentRootFinder.find(body);
    if (root == null) {
      return new MainContent("", List.of(), metadata);
    }
    ParagraphWriter writer = ParagraphWriter.writeRoot(root);
    return new MainContent(writer.text(), writer.removals(), metadata);
  }

  private static int depth(Document doc) {
    int[] deepest = {0};
    NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), doc);
    return deepest[0];
  }

  /**
   * Whether a text is enough to count as an article: at least twelve words and two sentences (or
   * fifty words without sentence marks). A page of navigation, or a lone caption, is not.
   */
  public static boolean isSubstantial(String text) {
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return false;
    }
    int words = stripped.split("\\s+").length;
    if (words < MIN_WORDS) {
      return false;
    }
    int sentences = 0;
    Matcher matcher = SENTENCE_END.matcher(stripped);
    while (matcher.find() && sentences < MIN_SENTENCES) {
      sentences++;
    }
    return sentences >= MIN_SENTENCES || words >= WORDS_WITHOUT_SENTENCES;
  }
}
