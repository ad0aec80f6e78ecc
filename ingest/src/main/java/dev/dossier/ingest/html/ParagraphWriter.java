package dev.dossier.ingest.html;

import dev.dossier.core.Removal;
import dev.dossier.ingest.clean.Reasons;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes the paragraphs under a content root as text, one paragraph per block, and records the
 * furniture it leaves out as {@link Removal}s at the offset where each block stood.
 *
 * <p>Whitespace inside a paragraph collapses as a browser would collapse it; {@code <br>} is kept
 * as a line break and two of them end the paragraph; {@code <pre>} keeps its lines. The root's
 * {@code <h1>} is the headline, which the article already carries as its title, so it is not
 * written again.
 */
final class ParagraphWriter {

  private static final Set<String> LINK_LIST_CONTAINERS = Set.of("ul", "ol", "div", "section", "table", "dl");

  /** Fewer links than this is a sentence with links in it, not a list of them. */
  private static final int MIN_LIST_LINKS = 3;

  private final StringBuilder out = new StringBuilder();
  private final StringBuilder paragraph = new StringBuilder();
  private final List<Removal> removals = new ArrayList<>();
  private final String separator;
  private final int rootWeight;
  private final boolean removeFurniture;
  private boolean pendingSpace;

  private ParagraphWriter(String separator, int rootWeight, boolean removeFurniture) {
    this.separator = separator;
    this.rootWeight = rootWeight;
    this.removeFurniture = removeFurniture;
  }

  /** Writes the content under {@code root}, leaving out furniture. */
  static ParagraphWriter writeRoot(Element root) {
    ParagraphWriter writer = new ParagraphWriter("\n\n", ContentRootFinder.weight(root, null), true);
    writer.children(root);
    writer.flush();
    return writer;
  }

  /** A removed block's text, its paragraphs on separate lines. */
  static String render(Element block) {
    ParagraphWriter writer = new ParagraphWriter("\n", 0, false);
    writer.node(block);
    writer.flush();
    return writer.text();
  }

  String text() {
    return out.toString();
  }

  List<Removal> removals() {
    return removals;
  }

  private void children(Element element) {
    for (Node child : element.childNodes()) {
      node(child);
    }
  }

  private void node(Node node) {
    if (node instanceof TextNode text) {
      text(text.getWholeText());
      return;
    }
    if (!(node instanceof Element element)) {
      return;
    }
    String tag = element.normalName();
    if (removeFurniture) {
      String reason = furnitureReason(element, tag);
      if (reason != null) {
        flush();
        String removed = render(element);
        if (!removed.isBlank()) {
          removals.add(new Removal(removed, reason, out.length()));
        }
        return;
      }
    }
    switch (tag) {
      case "br" -> lineBreak();
      case "h1" -> {
        flush();
        if (!removeFurniture) {
          children(element);
          flush();
        }
      }
      case "pre" -> {
        flush();
        preformatted(element.wholeText());
        flush();
      }
      default -> {
        if (BlockClassifier.BLOCKS.contains(tag)) {
          flush();
          children(element);
          flush();
        } else {
          children(element);
        }
      }
    }
  }

  private String furnitureReason(Element element, String tag) {
    BlockClassifier.Verdict verdict = BlockClassifier.classify(element);
    if (verdict != null && (verdict.strong() || !ContentRootFinder.holdsMostOf(element, rootWeight))) {
      return verdict.reason();
    }
    if (LINK_LIST_CONTAINERS.contains(tag)
        && element.select("a[href]").size() >= MIN_LIST_LINKS
        && ContentRootFinder.linkDensity(element) >= 0.6
        && !ContentRootFinder.holdsMostOf(element, rootWeight)) {
      return Reasons.LINK_SPAM;
    }
    return null;
  }

  private void text(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
        pendingSpace = true;
        continue;
      }
      if (pendingSpace && paragraph.length() > 0 && paragraph.charAt(paragraph.length() - 1) != '\n') {
        paragraph.append(' ');
      }
      pendingSpace = false;
      paragraph.append(c);
    }
  }

  private void lineBreak() {
    pendingSpace = false;
    if (paragraph.length() == 0) {
      return;
    }
    if (paragraph.charAt(paragraph.length() - 1) == '\n') {
      flush();
    } else {
      paragraph.append('\n');
    }
  }

  private void preformatted(String text) {
    for (String line : text.split("\r?\n", -1)) {
      paragraph.append(line.stripTrailing()).append('\n');
    }
  }

  private void flush() {
    String written = paragraph.toString().replaceAll(" *\n *", "\n").strip();
    paragraph.setLength(0);
    pendingSpace = false;
    if (written.isEmpty()) {
      return;
    }
    if (out.length() > 0) {
      out.append(separator);
    }
    out.append(written);
  }
}
