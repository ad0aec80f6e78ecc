package dev.dossier.ingest.clean;

import static dev.dossier.ingest.clean.LinkSpamRules.LEAD;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The {@code share-prompt} family: calls to share, follow, subscribe or comment, and the rows of
 * share buttons that survive text extraction ("5.2k SHARES Facebook Twitter").
 *
 * <p>Prompts are imperatives addressed to the reader, so the rules anchor them at the start of a
 * short line. The few rules that look anywhere in a line skip lines holding a double quote:
 * "tell us what you think" inside a quotation is reported speech, not a prompt.
 */
final class SharePromptRules {

  /** Words a share-button row is made of; a row must also hold one of {@link #SHARE_ANCHORS}. */
  private static final Set<String> SHARE_VOCABULARY = Set.of(
      "share", "shares", "sharing", "sharethis", "tweet", "tweets", "retweet", "retweets", "like", "likes",
      "facebook", "twitter", "x", "pinterest", "reddit", "linkedin", "linked", "in", "whatsapp", "whats", "app",
      "telegram", "email", "e", "mail", "print", "google", "plus", "stumbleupon", "stumble", "upon", "digg",
      "tumblr", "pocket", "delicious", "flipboard", "messenger", "sms", "copy", "link", "embed", "comment",
      "comments", "on", "this", "the", "story", "article", "post", "page", "via", "save", "bookmark",
      "instagram", "youtube", "threads", "bluesky", "mastodon", "k", "m");

  /** Networks: one of these makes a row of share words a widget. */
  private static final Set<String> NETWORKS = Set.of(
      "facebook", "twitter", "pinterest", "reddit", "linkedin", "whatsapp", "telegram", "stumbleupon", "digg", "tumblr",
      "flipboard", "instagram", "retweets");

  /** Without a network, a row needs two of these, or one alone: "848,200 shares." is a fragment of prose. */
  private static final Set<String> SHARE_WORDS = Set.of("share", "shares", "sharing", "sharethis", "tweet", "tweets");

  private static final Predicate<String> NEWSLETTER_ACTION =
      unquoted("\\b(?:sign up|subscribe|inbox|delivered|enter your|get our|our free)\\b");

  /** Cheap first test for share widgets: the stems every widget row holds one of. */
  private static final String[] WIDGET_STEMS = {
    "shar", "tweet", "facebook", "twitter", "pinterest", "reddit", "linkedin", "whatsapp", "telegram", "instagram", "tumblr",
    "digg", "flipboard", "stumbleupon"
  };

  private static final Pattern CAMEL_BOUNDARY = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
  private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}.,]+");
  private static final Pattern COUNT = Pattern.compile("[\\d][\\d.,]*[km]?|[.,]+");

  private SharePromptRules() {}

  static List<Rule> rules() {
    return List.of(
        Rule.when("share-widget", Reasons.SHARE_PROMPT, 40, SharePromptRules::isShareWidget).requiring(WIDGET_STEMS),
        Rule.matching(
            "share-call",
            Reasons.SHARE_PROMPT,
            30,
            LEAD + "(?:please\\s+|so\\s+|now\\s+|and\\s+)?(?:share|re-?tweet|tweet|e-?mail|print|forward|pin)\\b"
                + "(?:\\s+(?:this|it|these|on|via|with|now|if|to your)\\b.*|\\s*[!.:]*)")
            .requiring("share", "tweet", "mail", "print", "forward", "pin"),
        Rule.when(
            "share-this-post",
            Reasons.SHARE_PROMPT,
            25,
            unquoted(
                "\\b(?:share (?:this|our) (?:post|article|story|page|video|news|link)"
                    + "|share (?:it|this) (?:on|with|via) (?:facebook|twitter|x|social media|your friends|friends|family|everyone)"
                    + "|please share|(?:like|follow) (?:us|our page) on (?:facebook|twitter|x|instagram))\\b"))
            .requiring("share", "like us", "follow us", "like our", "follow our"),
        Rule.matching(
            "please-act",
            Reasons.SHARE_PROMPT,
            40,
            LEAD + "(?:please|don'?t forget to|be sure to|make sure (?:to|you)|remember to|feel free to|help us by)\\s+"
                + "(?:share|like|follow|subscribe|tweet|comment|sign up|spread the word|join)\\b.*")
            .requiring("please", "forget", "sure", "remember", "free to", "help us"),
        Rule.matching(
            "sharing-is-caring", Reasons.SHARE_PROMPT, 6, LEAD + "(?:sharing is caring|spread the word|pass it on)[\\W]*"),
        Rule.when(
            "follow-us",
            Reasons.SHARE_PROMPT,
            30,
            unquoted("^" + LEAD + "(?:(?:please\\s+|also\\s+)?(?:follow|like|find|connect with|add)\\s+(?:us|me|our\\s+\\w+(?:\\s+\\w+)?)"
                + "(?:\\s+(?:on|at|for|and|to)\\b.*|\\W*$)"
                + "|join (?:us|me) on\\b.*|join our (?:newsletter|mailing list|community|channel|group|telegram|whatsapp)\\b.*)"))
            .requiring("follow", "like", "join", "find", "connect", "add"),
        Rule.matching(
            "follow-author",
            Reasons.SHARE_PROMPT,
            15,
            LEAD + "(?:you can\\s+)?follow\\s+(?:@\\w+|[\\w.'-]+(?:\\s+[\\w.'-]+){0,3})\\s+on\\s+"
                + "(?:twitter|x|facebook|instagram|threads|bluesky|mastodon|linkedin|tiktok|youtube|telegram)\\b.*")
            .requiring("follow"),
        Rule.matching("follow-button", Reasons.SHARE_PROMPT, 3, LEAD + "(?:follow|like)(?:\\s+(?:us|@\\w+|this page))?[\\W]*"),
        Rule.when(
            "subscribe-prompt",
            Reasons.SHARE_PROMPT,
            30,
            unquoted(
                "^" + LEAD + "(?:subscribe|sign\\s*up|sign me up|register|join|get|receive|enter your e-?mail)\\b.*"
                    + "\\b(?:newsletters?|e-?mails?|inbox|alerts|updates|digest|briefing|podcast|channel|free|playbook)\\b"))
            .requiring(" subscri", " sign", " register", " join", " get", " receive", " enter"),
        Rule.when(
            "newsletter-box",
            Reasons.SHARE_PROMPT,
            30,
            NEWSLETTER_ACTION)
            .requiring("newsletter"),
        Rule.matching(
            "subscribe-button",
            Reasons.SHARE_PROMPT,
            4,
            LEAD + "(?:subscribe|sign up|sign in|log in|register)(?:\\s+(?:now|today|here|for free|free))?[\\W]*"),
        Rule.matching(
            "comment-count", Reasons.SHARE_PROMPT, 3, LEAD + "(?:\\d+\\s+)?(?:comments?|replies|responses)(?:\\s*\\(\\d+\\))?[\\W]*"),
        Rule.matching(
            "comment-link",
            Reasons.SHARE_PROMPT,
            12,
            LEAD + "(?:leave|post|add|write|view|see|show|read|load|hide|join|jump to|skip to)\\s+"
                + "(?:a\\s+|all\\s+|the\\s+|your\\s+|our\\s+|\\d+\\s+)?(?:comments?|reply|replies|discussion|conversation)\\b.*")
            .requiring("comment", "repl", "discussion", "conversation"),
        Rule.when(
            "comment-prompt",
            Reasons.SHARE_PROMPT,
            40,
            unquoted(
                "\\b(?:let us know (?:what|in|below|your|if you|how you)|tell us (?:what you|in the|below|your)|sound off"
                    + "|share your (?:thoughts|views|opinions?|comments)|leave (?:us )?(?:a|your) comments?|comment below"
                    + "|comments? (?:section )?below|scroll down to comment|join the (?:discussion|conversation))\\b"))
            .requiring("let us know", "tell us", "sound off", "share your", "comment", "discussion", "conversation"),
        Rule.matching(
            "reader-question",
            Reasons.SHARE_PROMPT,
            25,
            LEAD + "(?:so,?\\s+)?what do you think(?:\\s+(?:about|of)\\s+(?:this|that|it|these|them|the \\w+))?\\?.*")
            .requiring("what do you think"),
        Rule.matching("like-loading", Reasons.SHARE_PROMPT, 8, "like this:.*|.*\\blike loading\\W*").requiring(" like"),
        Rule.matching(
            "widget-label",
            Reasons.SHARE_PROMPT,
            6,
            LEAD
                + "(?:print(?: this)?(?: article| page| story)?|e-?mail(?: this)?(?: article| page| story| to a friend)?"
                + "|share(?: this)?(?: article| page| story| post| video| on \\w+)?|tweet(?: this)?"
                + "|save(?: article| story| for later| this)?|bookmark(?: this)?(?: article| page)?"
                + "|add to (?:favou?rites|bookmarks|reading list)|copy (?:the )?link|link copied"
                + "|listen to (?:this|the) (?:article|story)|gift (?:this )?article|text size|font size"
                + "|reprints?(?: (?:&|and) permissions)?|opens in (?:a )?new (?:window|tab))[\\W]*"));
  }

  /**
   * A row of share buttons and counters, however the words were run together: only share
   * vocabulary and counts, with a network name, or two share words, or one share word alone.
   */
  private static boolean isShareWidget(String line) {
    String spaced = CAMEL_BOUNDARY.matcher(line).replaceAll(" ");
    boolean network = false;
    int shareWords = 0;
    int tokens = 0;
    for (String token : TOKEN_SPLIT.split(spaced)) {
      if (token.isEmpty()) {
        continue;
      }
      tokens++;
      if (COUNT.matcher(token).matches()) {
        continue;
      }
      String word = token.replaceAll("[.,]+$", "").toLowerCase(Locale.ROOT);
      if (!SHARE_VOCABULARY.contains(word)) {
        return false;
      }
      network |= NETWORKS.contains(word);
      shareWords += SHARE_WORDS.contains(word) ? 1 : 0;
    }
    return network || shareWords >= 2 || shareWords == 1 && tokens == 1;
  }

  /**
   * A test that finds {@code regex} anywhere in a line (anchor it with {@code ^} to test the
   * start), and never fires on a line holding a quotation.
   */
  static Predicate<String> unquoted(String regex) {
    Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return line -> line.indexOf('"') < 0 && pattern.matcher(line).find();
  }
}
