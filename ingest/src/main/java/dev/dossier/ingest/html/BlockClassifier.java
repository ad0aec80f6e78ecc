package dev.dossier.ingest.html;

import dev.dossier.ingest.clean.Reasons;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Decides whether a block is page furniture, and why: by its tag (nav, aside, footer, form,
 * figure), its ARIA role, whether it is hidden, and hints in its class and id ("share-bar",
 * "cookie-consent", "most-read").
 *
 * <p>Only block elements are judged. An inline {@code <a class="tag">} inside a sentence is part
 * of the sentence, and removing it would leave a hole in the text.
 *
 * <p>A verdict is <em>strong</em> when it rests on the tag, the role, hiding, or a comment or
 * cookie-consent hint. Weaker verdicts rest on class names alone, and some sites wrap their whole
 * article in a {@code <div class="widget promo-enabled">}: callers let a weak verdict stand only
 * for a block that does not hold most of the text.
 */
final class BlockClassifier {

  /** Why a block is furniture, and whether that holds however much text the block has. */
  record Verdict(String reason, boolean strong) {}

  static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "li", "dl", "dt", "dd",
      "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
      "figure", "figcaption", "form", "fieldset", "address", "hr", "details", "summary", "center", "caption", "dialog",
      "menu");

  /** Single class/id tokens and what they announce. */
  private static final Map<String, String> TOKENS = table(
      row(Reasons.COMMENTS, "comment", "comments", "commentlist", "disqus", "discussion", "respond", "replies"),
      row(Reasons.BOILERPLATE, "cookie", "cookies", "consent", "gdpr", "cmp", "onetrust", "didomi", "cookiebanner"),
      row(Reasons.SHARE_PROMPT, "share", "shares", "sharing", "sharebar", "sharetools", "social", "socials", "addthis",
          "sharethis", "shareaholic", "newsletter", "newsletters", "subscribe", "subscription", "signup", "optin",
          "mailinglist", "paywall", "follow"),
      row(Reasons.LINK_SPAM, "related", "recommended", "recommendations", "recommendation", "recirc", "recirculation",
          "trending", "popular", "outbrain", "taboola", "suggested", "suggestions", "mostread", "mostpopular",
          "readmore", "readnext", "morestories", "morenews", "upnext"),
      row(Reasons.BOILERPLATE, "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit",
          "adsense", "dfp", "gpt", "sponsor", "sponsored", "sponsors", "promo", "promoted", "promotion", "footer",
          "tags", "topics", "keywords", "categories"),
      row(Reasons.NAVIGATION, "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "masthead",
          "sidebar", "pagination", "pager", "toolbar", "skiplink"),
      row(Reasons.CAPTION, "caption", "credit", "credits"));

  /** Hints that are never a content wrapper's name. */
  private static final Set<String> STRONG_TOKENS = Set.of(
      "comment", "comments", "commentlist", "disqus", "discussion", "respond", "replies", "cookie", "cookies", "consent",
      "gdpr", "cmp", "onetrust", "didomi", "cookiebanner");

  /** Two-token hints ("most-read"), where either token alone says too little. */
  private static final Map<String, String> PAIRS = table(
      row(Reasons.LINK_SPAM, "read-more", "read-next", "most-read", "most-popular", "most-viewed", "more-stories",
          "more-news", "also-read", "you-may", "you-might", "further-reading", "next-article", "up-next", "more-from",
          "more-on", "related-content"),
      row(Reasons.SHARE_PROMPT, "sign-up", "follow-us"),
      row(Reasons.NAVIGATION, "site-header", "site-footer", "skip-link", "site-nav"),
      row(Reasons.BOILERPLATE, "sr-only", "visually-hidden", "screen-reader"));

  /** Strongest first: a "related-comments" box is about comments. */
  private static final List<String> PRIORITY = List.of(
      Reasons.COMMENTS, Reasons.SHARE_PROMPT, Reasons.LINK_SPAM, Reasons.BOILERPLATE, Reasons.NAVIGATION, Reasons.CAPTION);

  private static final Pattern TOKEN_SPLIT = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  private BlockClassifier() {}

  /** Why this block is furniture, or {@code null} if it is not. */
  static Verdict classify(Element element) {
    String tag = element.normalName();
    if (!BLOCKS.contains(tag)) {
      return null;
    }
    String byTag = byTag(element, tag);
    if (byTag != null) {
      return new Verdict(byTag, true);
    }
    String byRole = byRole(element.attr("role").toLowerCase(Locale.ROOT).strip());
    if (byRole != null) {
      return new Verdict(byRole, true);
    }
    if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden")) || HIDDEN_STYLE.matcher(element.attr("style")).find()) {
      return new Verdict(Reasons.BOILERPLATE, true);
    }
    List<String> tokens = tokens(element.className() + " " + element.id());
    String reason = byHints(tokens);
    if (reason == null) {
      return null;
    }
    boolean strong = false;
    for (String token : tokens) {
      strong |= STRONG_TOKENS.contains(token);
    }
    return new Verdict(reason, strong);
  }

  private static String byTag(Element element, String tag) {
    return switch (tag) {
      case "nav", "menu" -> Reasons.NAVIGATION;
      case "aside" -> ContentRootFinder.linkDensity(element) >= 0.5 ? Reasons.LINK_SPAM : Reasons.BOILERPLATE;
      case "form" -> element.selectFirst("input[type=email]") != null ? Reasons.SHARE_PROMPT : Reasons.BOILERPLATE;
      case "footer", "dialog" -> Reasons.BOILERPLATE;
      case "figure", "figcaption" -> Reasons.CAPTION;
      default -> null;
    };
  }

  private static String byRole(String role) {
    return switch (role) {
      case "navigation", "menu", "menubar", "search" -> Reasons.NAVIGATION;
      case "banner", "contentinfo", "complementary", "dialog", "alertdialog" -> Reasons.BOILERPLATE;
      default -> null;
    };
  }

  /** The reason class and id hints give, or {@code null}: {@code "c-share__bar"} gives share-prompt. */
  static String byHints(String classAndId) {
    return byHints(tokens(classAndId));
  }

  private static List<String> tokens(String classAndId) {
    List<String> tokens = new ArrayList<>();
    for (String token : TOKEN_SPLIT.split(classAndId)) {
      if (!token.isEmpty()) {
        tokens.add(token.toLowerCase(Locale.ROOT));
      }
    }
    return tokens;
  }

  private static String byHints(List<String> tokens) {
    String best = null;
    for (int i = 0; i < tokens.size(); i++) {
      best = stronger(best, TOKENS.get(tokens.get(i)));
      if (i + 1 < tokens.size()) {
        best = stronger(best, PAIRS.get(tokens.get(i) + "-" + tokens.get(i + 1)));
      }
    }
    return best;
  }

  private static String stronger(String current, String candidate) {
    if (candidate == null) {
      return current;
    }
    if (current == null) {
      return candidate;
    }
    return PRIORITY.indexOf(candidate) < PRIORITY.indexOf(current) ? candidate : current;
  }

  private static String[] row(String reason, String... keys) {
    String[] row = new String[keys.length + 1];
    row[0] = reason;
    System.arraycopy(keys, 0, row, 1, keys.length);
    return row;
  }

  /** A lookup from each key of each row to the row's reason (its first element). */
  private static Map<String, String> table(String[]... rows) {
    Map<String, String> table = new HashMap<>();
    for (String[] row : rows) {
      for (int i = 1; i < row.length; i++) {
        table.put(row[i], row[0]);
      }
    }
    return Map.copyOf(table);
  }
}
