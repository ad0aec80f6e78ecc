package dev.dossier.ingest.html;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the element that holds the article.
 *
 * <p>Markup that says so wins: {@code itemprop=articleBody}, then the {@code <article>} with the
 * most paragraph text, then {@code <main>}. Otherwise, and whenever a scored block outside the
 * marked one holds more than twice its text, the block chosen is the best by a Readability-style
 * score: every paragraph of 25 or more characters scores 1, plus one per comma, plus one per 100
 * characters (at most 3), for its parent, and half that for its grandparent; a block's score is
 * then discounted by its link density. The winner is widened to its parent while the parent holds
 * clearly more paragraph text and few links, which gathers an article split across sibling blocks.
 *
 * <p>Page furniture ({@link BlockClassifier}) takes no part in scoring, unless the verdict is a weak
 * one and the block holds most of the page's text: then the "furniture" is the content's wrapper.
 */
final class ContentRootFinder {

  /** About two sentences: less than this is not an article. */
  static final int MIN_ROOT_TEXT = 140;

  static final int MIN_PARAGRAPH = 25;

  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote", "li", "h2", "h3", "h4", "td", "dd");
  private static final Set<String> SCORED = Set.of("p", "pre", "blockquote", "td");

  private ContentRootFinder() {}

  /** The content root under {@code body}, or {@code null} if the page has no paragraph text. */
  static Element find(Element body) {
    int bodyWeight = weight(body, null);
    if (bodyWeight == 0 || weight(body, body) == 0) {
      return null;
    }
    Element marked = marked(body, bodyWeight);
    Element scored = scored(body, bodyWeight);
    if (marked == null) {
      return scored != null ? scored : body;
    }
    if (scored != null && !isInside(scored, marked) && !isInside(marked, scored)
        && weight(scored, body) > 2 * weight(marked, body)) {
      return scored;
    }
    return marked;
  }

  private static Element marked(Element body, int bodyWeight) {
    for (String query : new String[] {"[itemprop=articleBody]", "article", "main, [role=main]"}) {
      Element best = null;
      int bestWeight = 0;
      for (Element candidate : body.select(query)) {
        int candidateWeight = weight(candidate, body);
        if (candidateWeight > bestWeight) {
          best = candidate;
          bestWeight = candidateWeight;
        }
      }
      if (best != null && bestWeight >= Math.min(MIN_ROOT_TEXT, bodyWeight)) {
        return best;
      }
    }
    return null;
  }

  private static Element scored(Element body, int bodyWeight) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    score(body, body, bodyWeight, scores);
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double score = entry.getValue() * (1 - linkDensity(entry.getKey()));
      if (score > bestScore) {
        best = entry.getKey();
        bestScore = score;
      }
    }
    if (best == null) {
      return null;
    }
    int bestWeight = weight(best, body);
    for (Element parent = best.parent(); parent != null && parent != body.parent(); parent = parent.parent()) {
      int parentWeight = weight(parent, body);
      if (parentWeight < bestWeight * 1.25 || linkDensity(parent) > 0.35) {
        break;
      }
      best = parent;
      bestWeight = parentWeight;
    }
    return best;
  }

  private static void score(Element element, Element body, int bodyWeight, Map<Element, Double> scores) {
    for (Element child : element.children()) {
      if (isFurniture(child, body, bodyWeight)) {
        continue;
      }
      String tag = child.normalName();
      int ownText = SCORED.contains(tag) ? child.text().length() : directTextLength(child);
      if (ownText >= MIN_PARAGRAPH) {
        double points = 1 + commas(child) + Math.min(ownText / 100, 3);
        Element scoredFor = SCORED.contains(tag) ? child.parent() : child;
        scores.merge(scoredFor, points, Double::sum);
        if (scoredFor.parent() != null) {
          scores.merge(scoredFor.parent(), points / 2, Double::sum);
        }
      }
      if (!SCORED.contains(tag)) {
        score(child, body, bodyWeight, scores);
      }
    }
  }

  /**
   * Characters of paragraph text under {@code element}: paragraphs of at least {@link
   * #MIN_PARAGRAPH} characters that are mostly not links, plus loose text of that length, leaving
   * out furniture (judged against {@code scope}'s text; {@code null} means judge against this
   * element).
   */
  static int weight(Element element, Element scope) {
    return weight(element, scope, -1);
  }

  private static int weight(Element element, Element scope, int scopeWeight) {
    int total = directTextLength(element) >= MIN_PARAGRAPH ? directTextLength(element) : 0;
    for (Element child : element.children()) {
      BlockClassifier.Verdict verdict = scope == null ? null : BlockClassifier.classify(child);
      if (verdict != null) {
        if (verdict.strong()) {
          continue;
        }
        if (scopeWeight < 0) {
          scopeWeight = weight(scope, null, -1);
        }
        if (!holdsMostOf(child, scopeWeight)) {
          continue;
        }
      }
      if (PARAGRAPHS.contains(child.normalName())) {
        int length = child.text().length();
        if (length >= MIN_PARAGRAPH && linkDensity(child) < 0.5) {
          total += length;
        }
      } else {
        total += weight(child, scope, scopeWeight);
      }
    }
    return total;
  }

  /** Furniture that holds at least 60% of its scope's text is the content's wrapper, not furniture. */
  static boolean holdsMostOf(Element element, int scopeWeight) {
    return scopeWeight > 0 && weight(element, null, -1) >= 0.6 * scopeWeight;
  }

  private static boolean isFurniture(Element element, Element body, int bodyWeight) {
    BlockClassifier.Verdict verdict = BlockClassifier.classify(element);
    return verdict != null && (verdict.strong() || !holdsMostOf(element, bodyWeight));
  }

  /** The share of an element's text that sits inside links. */
  static double linkDensity(Element element) {
    int length = element.text().length();
    if (length == 0) {
      return 0;
    }
    int linked = 0;
    Elements links = element.select("a[href]");
    for (Element link : links) {
      linked += link.text().length();
    }
    return Math.min(1.0, (double) linked / length);
  }

  private static int directTextLength(Element element) {
    int length = 0;
    for (Node node : element.childNodes()) {
      if (node instanceof TextNode text) {
        length += text.text().strip().length();
      }
    }
    return length;
  }

  private static int commas(Element element) {
    String text = element.text();
    int commas = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ',') {
        commas++;
      }
    }
    return commas;
  }

  private static boolean isInside(Element inner, Element outer) {
    for (Element at = inner; at != null; at = at.parent()) {
      if (at == outer) {
        return true;
      }
    }
    return false;
  }
}
