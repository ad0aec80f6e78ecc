package dev.dossier.ingest.clean;

import static dev.dossier.ingest.clean.LinkSpamRules.LEAD;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code boilerplate} family: publishing furniture that is not part of the story. Copyright
 * and distribution notices, photo credits, advertisement markers, tag and category lines, page
 * date stamps, contributor credits, video-player and page-chrome labels, cookie notices.
 *
 * <p>Where a notice's first words could also open a real sentence ("Posted on Facebook, the
 * video…", "Published in 1987, the book…"), the rule checks what follows: a date for "posted
 * on", a capitalised name for "posted by", only date words after "Published".
 */
final class BoilerplateRules {

  private static final String AGENCY =
      "(?:getty(?: images)?(?: for [\\w .'-]+)?|ap(?: photo| images)?(?:/[\\w .'-]+)?|associated press|reuters?|afp"
          + "|epa(?:-efe)?|efe|shutterstock|istock(?:photo)?|alamy(?: stock photo)?|bloomberg|xinhua|tass|ria novosti"
          + "|sputnik|anadolu(?: agency)?|zuma(?: press| wire)?|nurphoto|sipa(?: usa)?|pa(?: images| wire| media)?|corbis"
          + "|wireimage|pool|upi|dpa|kyodo|yonhap|supplied|handout)";

  /** Last words an agency credit ends with: a cheap test before the full expression. */
  private static final Set<String> AGENCY_LAST_WORDS = Set.of(
      "getty", "images", "image", "ap", "photo", "press", "reuter", "reuters", "afp", "epa", "epa-efe", "efe",
      "shutterstock", "istock", "istockphoto", "alamy", "bloomberg", "xinhua", "tass", "novosti", "sputnik", "anadolu",
      "agency", "zuma", "wire", "nurphoto", "sipa", "usa", "pa", "media", "corbis", "wireimage", "pool", "upi", "dpa",
      "kyodo", "yonhap", "supplied", "handout");

  private static final Pattern AGENCY_CREDIT = Pattern.compile(
      "\\(?\\s*(?:[^()/|:!?]{1,60}?\\s*/\\s*)*(?:[^()/|:!?]{1,60}?\\s+(?:via|for)\\s+)?" + AGENCY
          + "(?:\\s*/\\s*[\\p{L} .'’-]{1,40})?\\s*\\)?\\.?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern DISTRIBUTION_VERB =
      Pattern.compile("\\b(?:published|broadcast|rewritten|redistributed|reproduced|distributed|copied|transmitted)\\b");

  private static final Pattern POSTED = Pattern.compile(
      LEAD + "(?:originally )?posted (by|on|at|in) (.+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern STAMP_LABEL = Pattern.compile(
      LEAD + "(?:(?:last |first )?(?:published|updated|modified|posted)|publish(?:ed)? date|date)\\s*(?:on|at)?\\s*:?\\s*(.*)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern DATE_WORD = Pattern.compile(
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
          + "|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?"
          + "|sat(?:urday)?|sun(?:day)?|a\\.?m\\.?|p\\.?m\\.?|et|est|edt|ct|cst|cdt|mt|pt|pst|pdt|gmt|utc|bst|cet|cest"
          + "|ist|aest|at|on|updated|published|\\d{1,4}(?:st|nd|rd|th)?|\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:am|pm)?"
          + "|\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}|\\d{4}-\\d{2}-\\d{2}t[\\d:.+z-]+)",
      Pattern.CASE_INSENSITIVE);

  private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*";

  /** Case-sensitive on purpose: a byline's names are capitalised. */
  private static final Pattern BYLINE = Pattern.compile(
      "(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by)\\s+(" + NAME + ")(?:\\s+" + NAME + "){0,3}"
          + "(?:\\s*(?:,|\\band\\b|&|\\|)\\s*" + NAME + "(?:\\s+(?:" + NAME + "|of|for|at|in))*)*\\s*\\.?");

  /** Capitalised words that start sentences after "By", not names. */
  private static final Set<String> NOT_NAMES = Set.of(
      "the", "then", "this", "that", "these", "those", "now", "contrast", "comparison", "law", "far", "late", "early",
      "noon", "midnight", "morning", "evening", "night", "tonight", "today", "tomorrow", "yesterday", "christmas",
      "easter", "election", "default", "design", "definition", "nature", "all", "some", "most", "many", "their",
      "his", "her", "its", "our", "your", "my", "a", "an");

  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

  private static final Pattern MONTH_NAME = Pattern.compile(
      "(?i)\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
          + "|nov(?:ember)?|dec(?:ember)?)\\b");

  private static final Pattern BREADCRUMB_START = Pattern.compile("(?i)[\\s\\W]*home\\s*([»›>/|•·\\ufffd])\\s*.+");

  private BoilerplateRules() {}

  static List<Rule> rules() {
    return List.of(
        Rule.containing(
            "copyright",
            Reasons.BOILERPLATE,
            40,
            "^" + LEAD + "(?:copyright\\s*(?:©|\\(c\\)|\\d{4}|by\\b|notice\\b)|©|\\(c\\)\\s*(?:\\d{4}|copyright))"
                + "|\\ball rights reserved\\b")
            .requiring("copyright", "©", "(c)", "rights reserved"),
        Rule.when("distribution-notice", Reasons.BOILERPLATE, 40, BoilerplateRules::isDistributionNotice).requiring("may not be"),
        Rule.matching(
            "opinion-disclaimer",
            Reasons.BOILERPLATE,
            60,
            LEAD + "(?:the )?(?:views|opinions) expressed (?:in|here|by|on|above)\\b.*\\b(?:those of|authors?|necessarily|do not)\\b.*")
            .requiring("expressed"),
        Rule.matching(
            "republication-notice",
            Reasons.BOILERPLATE,
            30,
            LEAD + "(?:(?:reprinted|republished|reposted|reproduced) (?:with|by) (?:kind )?permission\\b.*"
                + "|(?:this|the) (?:article|story|post|piece|column|report) (?:was )?(?:originally|first) (?:appeared|published|ran|posted)\\b.*"
                + "|(?:originally|first) (?:appeared|published) (?:on|in|at)\\b.*)")
            .requiring("print", "publish", "post", "produced", "appeared", "ran"),
        Rule.matching(
            "developing-story",
            Reasons.BOILERPLATE,
            25,
            LEAD + "(?:this (?:is a (?:breaking|developing)(?: news)? story|story is developing|(?:story|article) (?:will|may) be updated)\\b.*"
                + "|(?:developing story|breaking news)[\\W]*)")
            .requiring("develop", "breaking", "updated"),
        Rule.matching(
            "photo-credit",
            Reasons.BOILERPLATE,
            20,
            LEAD + "(?:featured |top |header |main |lead |file |cover |hero )?(?:image|photo|photograph|picture|pic|illustration"
                + "|graphic|screenshot|screengrab|screen capture)s?\\s*(?:credit|credits|source)?\\s*(?::|\\bby\\b|\\bvia\\b"
                + "|\\bcourtesy\\b|\\bcredit\\b|©|\\|).*"
                + "|" + LEAD + "(?:featured|top|header) (?:image|photo) (?:from|of)\\b.*"
                + "|" + LEAD + "(?:photo |image |picture )?credits?\\s*:.*")
            .requiring("image", "photo", "picture", " pic", "illustration", "graphic", "screen", "credit"),
        Rule.when("agency-credit", Reasons.BOILERPLATE, 12, BoilerplateRules::isAgencyCredit),
        Rule.matching(
            "media-label",
            Reasons.BOILERPLATE,
            15,
            LEAD + "(?:(?:image|media|video) (?:copyright|playback|source)\\b.*|(?:image|photo) caption[\\W]*"
                + "|media playback is (?:not supported|unsupported)\\b.*|your browser does not support\\b.*)")
            .requiring("image", "media", "video", "photo", "browser"),
        Rule.matching(
            "advertisement",
            Reasons.BOILERPLATE,
            8,
            LEAD + "(?:advertisement|advertising|advert|ads?|sponsored(?: content| post| links?| stories)?"
                + "|paid (?:content|post|partner(?: content)?)|promoted(?: content| stories| links?)?|partner content"
                + "|sponsor(?:ed)? message)(?:\\s*[-–—:|]\\s*(?:(?:the )?(?:story|article|content|text) continues? below"
                + "|scroll (?:down )?to continue(?: reading)?|continue reading below))?[\\W]*"
                + "|" + LEAD + "(?:(?:the )?(?:story|article|text|content|post|report) (?:continues?|continued)"
                + " (?:below(?: (?:the |this )?(?:ad|advert|advertisement))?|after (?:this |the )?(?:ad(?:vertisement)?|break|video))"
                + "|continue reading (?:below|after (?:the )?ad(?:vertisement)?))[\\W]*"
                + "|(?:.*\\s)?skip ads?\\W*")
            .requiring(" ad", "advert", "sponsor", "paid", "promot", "partner", "continue", "skip ad"),
        Rule.matching(
            "tag-line",
            Reasons.BOILERPLATE,
            40,
            LEAD + "(?:tags?|tagged(?: with| in| as)?|topics?|categor(?:y|ies)|keywords|filed under|related topics|more about"
                + "|posted in|sections?)\\s*:.*|" + LEAD + "filed under\\s+[^.!?]*"
                + "|" + LEAD + "this (?:entry|post|article) was posted (?:in|on|by)\\b.*")
            .requiring(" tag", " topic", " categor", " keyword", " filed", " more about", " posted", " section", " this "),
        Rule.when("posted-line", Reasons.BOILERPLATE, 25, BoilerplateRules::isPostedLine),
        Rule.matching(
            "byline-label", Reasons.BOILERPLATE, 3, LEAD + "(?:authors?|by|written by|words by|reporters?|contributors?)\\s*:?[\\W]*"),
        Rule.when("byline", Reasons.BOILERPLATE, 10, BoilerplateRules::isByline).requiring(" by "),
        Rule.when("date-stamp", Reasons.BOILERPLATE, 14, BoilerplateRules::isDateStamp),
        Rule.containing(
            "contributor-credit",
            Reasons.BOILERPLATE,
            40,
            "^\\(\\s*(?:additional )?(?:reporting|writing|editing|compiled|produced|research) by\\b.*\\)\\.?$"
                + "|^(?:additional )?(?:reporting|writing|editing) by [^.;]+(?:;\\s*(?:additional )?(?:reporting|writing|editing) by [^.;]+)+\\.?$"
                + "|\\bcontributed (?:reporting )?(?:to|for) (?:this|the) (?:report|story|article)\\.?\\)?$")
            .requiring(" by ", "contributed"),
        Rule.containing(
            "video-player",
            Reasons.BOILERPLATE,
            60,
            "\\breplay more videos\\b|^" + LEAD + "(?:play|replay|pause|mute|unmute)(?: video| now| again)?[\\W]*$"
                + "|^" + LEAD + "(?:watch|see) (?:the )?(?:latest|more) videos? (?:at|on)\\b")
            .requiring("play", "pause", "mute", "video"),
        Rule.matching(
            "page-chrome",
            Reasons.BOILERPLATE,
            5,
            LEAD + "(?:close(?: dialog| window| this| ad| x)?|skip to (?:main )?(?:content|navigation|article)|back to top"
                + "|return to top|scroll to top|jump to (?:navigation|content|main content)|open menu|toggle navigation"
                + "|main menu|menu|search|loading|please wait|advertise with us|privacy policy|terms of (?:use|service)"
                + "|cookie (?:policy|settings|preferences)|contact us|about us|accept(?: all)? cookies|manage cookies)[\\W]*"),
        Rule.containing(
            "cookie-notice",
            Reasons.BOILERPLATE,
            60,
            "\\b(?:we use cookies|this (?:site|website) uses cookies|by (?:continuing to (?:use|browse)|using) (?:this|our)"
                + " (?:site|website))\\b")
            .requiring("cookies", "site"),
        Rule.when("breadcrumb", Reasons.BOILERPLATE, 30, BoilerplateRules::isBreadcrumb));
  }

  /**
   * "Jane Doe/AP Photo", "(Kim Lee/AFP via Getty Images)", "AP Photo/Mel Evans", "REUTERS/Ann Lee",
   * a lone "Reuters" sign-off. Only lines whose first or last word could belong to a credit reach
   * the expression.
   */
  private static boolean isAgencyCredit(String line) {
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == ')' || line.charAt(end - 1) == '.' || line.charAt(end - 1) == ' ')) {
      end--;
    }
    int start = end;
    while (start > 0 && " /(".indexOf(line.charAt(start - 1)) < 0) {
      start--;
    }
    String lastWord = line.substring(start, end).toLowerCase(Locale.ROOT);
    int firstEnd = 0;
    int firstStart = line.startsWith("(") ? 1 : 0;
    firstEnd = firstStart;
    while (firstEnd < line.length() && " /".indexOf(line.charAt(firstEnd)) < 0) {
      firstEnd++;
    }
    String firstWord = line.substring(firstStart, firstEnd).toLowerCase(Locale.ROOT);
    boolean plausible = AGENCY_LAST_WORDS.contains(lastWord)
        || AGENCY_LAST_WORDS.contains(firstWord)
        || line.toLowerCase(Locale.ROOT).contains("getty images for ");
    return plausible && AGENCY_CREDIT.matcher(line).matches();
  }

  /** "May not be published, broadcast, rewritten or redistributed": at least two such verbs. */
  private static boolean isDistributionNotice(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    if (!lower.contains("may not be")) {
      return false;
    }
    Matcher matcher = DISTRIBUTION_VERB.matcher(lower);
    int verbs = 0;
    while (matcher.find()) {
      verbs++;
    }
    return verbs >= 2;
  }

  /**
   * "Posted by Jane Doe on …", "Posted on 19 Sep 2016", "Posted in Politics, News": checks what
   * follows so that "Posted on Facebook, the video…" stays.
   */
  private static boolean isPostedLine(String line) {
    Matcher matcher = POSTED.matcher(line);
    if (!matcher.matches()) {
      return false;
    }
    String preposition = matcher.group(1).toLowerCase(Locale.ROOT);
    String rest = matcher.group(2).strip();
    return switch (preposition) {
      case "by" -> !rest.isEmpty() && (Character.isUpperCase(rest.codePointAt(0)) || rest.charAt(0) == '@');
      case "in" -> isCategoryList(rest);
      default -> {
        String first = rest.split("[\\s,]+", 2)[0];
        yield DATE_WORD.matcher(first).matches() && !first.equalsIgnoreCase("at") && !first.equalsIgnoreCase("on");
      }
    };
  }

  /** "Politics, News" or "News | US": short capitalised items without digits. */
  private static boolean isCategoryList(String text) {
    for (String item : text.split("\\s*(?:[,|/]|\\band\\b|//)\\s*")) {
      String trimmed = item.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (Words.count(trimmed) > 3 || !Character.isUpperCase(trimmed.codePointAt(0)) || trimmed.matches(".*\\d.*")) {
        return false;
      }
    }
    return true;
  }

  /**
   * A line made only of a publishing label and date words: "Updated 3:45 PM ET, Tue September 20,
   * 2016", or a bare "June 15, 2016". Without a label it takes exactly one month name and a year,
   * so that table rows such as "04/09/87 03/09/87" and "Sept 30" stay.
   */
  private static boolean isDateStamp(String line) {
    if (!hasDigit(line)) {
      return false;
    }
    Matcher label = STAMP_LABEL.matcher(line);
    boolean labelled = label.matches();
    String rest = labelled ? label.group(1) : line;
    if (!hasDigit(rest)) {
      return false;
    }
    if (!labelled && (MONTH_NAME.matcher(rest).results().count() != 1 || !YEAR.matcher(rest).find())) {
      return false;
    }
    for (String token : rest.split("[\\s,|·/–—-]+")) {
      if (!token.isEmpty() && !DATE_WORD.matcher(token.replaceAll("[.()]+$", "")).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * "By Jordan Morgan, Security Correspondent", "By Ann Lee and Tom Ng": a capitalised name after
   * "By", then only more names or a capitalised job title. "By Monday, officials said…" stays: its
   * name is a day, and what follows is in lower case.
   */
  private static boolean isByline(String line) {
    Matcher matcher = BYLINE.matcher(line);
    if (!matcher.matches()) {
      return false;
    }
    String firstName = matcher.group(1).toLowerCase(Locale.ROOT);
    return !DATE_WORD.matcher(firstName).matches() && !NOT_NAMES.contains(firstName);
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** "Home » News » Politics": the word Home and at least two separators of one kind. */
  private static boolean isBreadcrumb(String line) {
    Matcher matcher = BREADCRUMB_START.matcher(line);
    if (!matcher.matches()) {
      return false;
    }
    String separator = matcher.group(1);
    int count = 0;
    for (int at = line.indexOf(separator); at >= 0; at = line.indexOf(separator, at + separator.length())) {
      count++;
    }
    return count >= 2;
  }
}
