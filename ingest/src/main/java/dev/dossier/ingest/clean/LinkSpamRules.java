package dev.dossier.ingest.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code link-spam} family: teasers for other articles, "read more" links and bare URLs.
 *
 * <p>A teaser has a recognisable shape: a label from a closed list, a separator, and a
 * headline-like remainder ("More news: Apple may spark upgrade rush"), or the label standing alone
 * ("Read more", "RELATED"). Requiring that shape, rather than a label at the start of a line, is
 * what keeps "Related to this, the minister said…" and "More than 200 people…" in the text.
 */
final class LinkSpamRules {

  /** Bullets, arrows and brackets that sites put before a teaser. */
  static final String LEAD = "[\\s*•·\\-–—»›>→↓▶►◆■▪\\[(]*";

  /** Punctuation, arrows and brackets that may follow a standalone label. */
  static final String TRAIL = "[\\s\\p{P}\\p{S}]*";

  static final String LABEL =
      "(?:more news|more stories|more headlines|more from [\\w.' -]{1,30}?|more on (?:this|that)(?: story| topic)?|more"
          + "|also read|read also|also see|see also|read more|read next|read"
          + "|related(?: articles?| stories| story| coverage| news| content| reading| posts?| links?| videos?| topics?)?"
          + "|read related(?: articles?| stories| story)?"
          + "|recommended(?: for you| reading| stories| articles| videos)?|suggested(?: reading| articles| stories)?"
          + "|don'?t miss|do not miss|trending(?: now| stories| news| today)?|popular(?: now| stories| today)?"
          + "|most (?:read|popular|viewed|shared|watched)|top stories|editor'?s (?:picks?|choice)|further reading"
          + "|watch(?: now| more| this| the video| next)?|video|listen"
          + "|you may also like|you might also like|you may like|you might like|you may also be interested in"
          + "|also on [\\w.' -]{1,30}?|up next|must read|must watch|click to (?:read|watch))";

  /** A colon, pipe or chevron, or a dash or arrow with spaces around it. */
  static final String SEPARATOR = "(?:\\s*[:|»›•·]+|\\s+(?:--?|–|—|>>?|→)(?=\\s))\\s*";

  private static final Pattern TEASER = Pattern.compile(
      LEAD + LABEL + SEPARATOR + "(.+?)[\\])]?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Two sentences inside the remainder: a lower-case word, an end mark, a capital. */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("\\p{Ll}{2,}[.!?]\\s+\\p{Lu}");

  private LinkSpamRules() {}

  static List<Rule> rules() {
    return List.of(
        Rule.when("teaser-label", Reasons.LINK_SPAM, 30, LinkSpamRules::isTeaser)
            .requiring(":", "|", "»", "›", "•", "·", " -", "–", "—", ">", "→"),
        Rule.matching(
            "teaser-standalone",
            Reasons.LINK_SPAM,
            8,
            LEAD
                + "(?:"
                + LABEL
                + "|read more(?: about this| about| here| below| on this)?"
                + "|read (?:the )?(?:full|whole|complete|entire|original) (?:story|article|report|post|piece|text|statement)"
                + "|continue reading(?: the (?:main )?story| below| here| on the next page)?|keep reading"
                + "|scroll down(?: to (?:read more|continue(?: reading)?|comment))?|see more(?: here)?|show more"
                + "|load more(?: stories| articles)?|view (?:more|all)(?: stories| articles| news)?|more videos"
                + "|more (?:headlines|stories) from [\\w.' -]{1,30})"
                + TRAIL)
            .requiring("more", "read", "related", "also", "recommended", "suggested", "miss", "trending", "popular", "top",
                "pick", "choice", "watch", "video", "listen", "like", "interested", "next", "continue", "scroll", "see",
                "show", "load", "view"),
        Rule.matching(
            "click-here",
            Reasons.LINK_SPAM,
            25,
            LEAD + "(?:please\\s+)?(?:click|tap)\\s+(?:here|this link|the link|on the link|below|the button|to\\b).*")
            .requiring("click", "tap"),
        Rule.matching(
            "read-it-here",
            Reasons.LINK_SPAM,
            20,
            LEAD
                + "(?:read|see|watch|view|find|get|listen to)\\s+(?:it|them|this|more|the (?:[\\w'-]+\\s+){0,3}?"
                + "(?:story|article|report|piece|post|statement|interview|transcript|video|clip|coverage|details"
                + "|letter|document|segment|speech|thread|tweet|footage|release))\\s+(?:here|below|at|on|in full|via)\\b.*")
            .requiring("here", "below", " at ", " on ", "in full", " via "),
        Rule.matching(
            "bare-url",
            Reasons.LINK_SPAM,
            8,
            "[\\s\\[(<]*(?:(?:https?://|www\\.)\\S+|pic\\.twitter\\.com/\\S+"
                + "|[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|org|net|gov|edu|info|news|co\\.uk|io|tk|us|uk|de|fr|ly|me|tv)(?:/\\S*)?)"
                + "(?:[\\s,;|]+(?:(?:https?://|www\\.)\\S+|pic\\.twitter\\.com/\\S+))*[\\s\\])>.,;]*")
            .requiring("http", "www.", "pic.twitter", ".com", ".org", ".net", ".gov", ".edu", ".info", ".news", ".uk", ".io",
                ".tk", ".us", ".de", ".fr", ".ly", ".me", ".tv"));
  }

  /** Label, separator, and a remainder that reads like one headline rather than prose. */
  private static boolean isTeaser(String line) {
    Matcher matcher = TEASER.matcher(line);
    if (!matcher.matches()) {
      return false;
    }
    String remainder = matcher.group(1);
    int words = Words.count(remainder);
    return words >= 1 && words <= 25 && !SENTENCE_BREAK.matcher(remainder).find();
  }
}
