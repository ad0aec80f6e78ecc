package dev.dossier.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The standard rules on real-world-style boilerplate, written for these tests in the phrasings news
 * sites use, and on real sentences that start the same way and must stay.
 */
class StandardRulesTest {

  /** A line and the rule that must remove it. */
  static Stream<Arguments> boilerplate() {
    return Stream.of(
        // link-spam: teasers, "read more" links, bare URLs
        arguments("More news: Apple may spark upgrade rush with new iPhones, tight pricing", "teaser-label"),
        arguments("Also read: Kremlin denies report of extracted informant", "teaser-label"),
        arguments("READ MORE: Senate panel schedules hearing on intelligence leaks", "teaser-label"),
        arguments("Related: Markets close mixed as oil slips", "teaser-label"),
        arguments("RELATED | Five things to know about the summit", "teaser-label"),
        arguments("Recommended » Why the Fed may hold rates steady", "teaser-label"),
        arguments("See also - The long road to a trade deal", "teaser-label"),
        arguments("Don't miss: Storm leaves thousands without power", "teaser-label"),
        arguments("Trending: Stocks rally after jobs report", "teaser-label"),
        arguments("WATCH: Officials brief reporters on the extraction", "teaser-label"),
        arguments("You may also like: Ten cities with the cheapest rent", "teaser-label"),
        arguments("[ Read Related Article: Inside the agency's hunt for moles ]", "teaser-label"),
        arguments("► Most read: How the informant was moved out", "teaser-label"),
        arguments("Read more", "teaser-standalone"),
        arguments("Continue reading", "teaser-standalone"),
        arguments("↓ Continue reading below ↓", "teaser-standalone"),
        arguments("RELATED COVERAGE", "teaser-standalone"),
        arguments("Read more »", "teaser-standalone"),
        arguments("\u2014 Scroll down to read more \u2014", "teaser-standalone"),
        arguments("Click here to read the full report", "click-here"),
        arguments("Click HERE for more stories like this", "click-here"),
        arguments("Watch the full video here:", "read-it-here"),
        arguments("Read the full statement below", "read-it-here"),
        arguments("https://www.dailyledger.example/world/2019/09/10/spy", "bare-url"),
        arguments("www.capitolwire.example", "bare-url"),
        arguments("pic.twitter.com/0AbCdEfGh1", "bare-url"),
        // share-prompt: share, follow, subscribe and comment prompts, share widgets
        arguments("Share this article", "share-call"),
        arguments("3.4k SHARES Facebook Twitter", "share-widget"),
        arguments("FacebookTwitterPinterestEmail", "share-widget"),
        arguments("Share on Facebook Share on Twitter", "share-widget"),
        arguments("1,204 1,204 Retweets 3,377 3,377 likes", "share-widget"),
        arguments("Tweet this", "share-call"),
        arguments("Please share this story with your friends!", "share-call"),
        arguments("Get the word out and share this post on social media.", "share-this-post"),
        arguments("Don't forget to like and share our page!", "share-this-post"),
        arguments("Be sure to follow the Ledger on Instagram.", "please-act"),
        arguments("Sharing is caring!", "sharing-is-caring"),
        arguments("Find us on Facebook and Instagram", "follow-us"),
        arguments("Also follow us for daily updates.", "follow-us"),
        arguments("Like us on Facebook", "share-this-post"),
        arguments("You can follow Jordan Morgan on Twitter @jmorgan", "follow-author"),
        arguments("Follow", "follow-button"),
        arguments("Sign up for our daily newsletter", "subscribe-prompt"),
        arguments("Get the Morning Ledger delivered to your inbox every weekday.", "subscribe-prompt"),
        arguments("The best of our journalism, in your inbox: sign up to our newsletter", "newsletter-box"),
        arguments("Subscribe", "subscribe-button"),
        arguments("12 Comments", "comment-count"),
        arguments("Leave a comment", "comment-link"),
        arguments("Join the conversation", "comment-link"),
        arguments("What do you think? Let us know in the comments below.", "comment-prompt"),
        arguments("So, what do you think?", "reader-question"),
        arguments("Like this: Like Loading...", "like-loading"),
        arguments("Print this page", "share-call"),
        arguments("Email to a friend", "widget-label"),
        arguments("Add to Favorites", "widget-label"),
        arguments("Copy link", "widget-label"),
        arguments("Listen to this article", "widget-label"),
        // boilerplate: notices, credits, markers, tags, datelines of the page, page chrome
        arguments("Copyright © 2019 The Daily Ledger. All rights reserved.", "copyright"),
        arguments("© 2018 Capitol Wire Media Group", "copyright"),
        arguments("This material may not be published, broadcast, rewritten or redistributed.", "distribution-notice"),
        arguments("The views expressed in this column are those of the author and do not necessarily reflect those of this publication.", "opinion-disclaimer"),
        arguments("*Reprinted with permission", "republication-notice"),
        arguments("This article originally appeared on The Conversation.", "republication-notice"),
        arguments("This is a developing story and will be updated.", "developing-story"),
        arguments("Photo: Pool/Getty Images", "photo-credit"),
        arguments("Featured image via Wikimedia Commons", "photo-credit"),
        arguments("(Photo courtesy of the family.)", "photo-credit"),
        arguments("Image source: Reuters", "photo-credit"),
        arguments("Jane Doe/AP Photo", "agency-credit"),
        arguments("(Kim Lee/AFP via Getty Images)", "agency-credit"),
        arguments("REUTERS/Ann Lee", "agency-credit"),
        arguments("Reuters", "agency-credit"),
        arguments("Advertisement", "advertisement"),
        arguments("Advertisement - Story continues below", "advertisement"),
        arguments("Story continues below advertisement", "advertisement"),
        arguments("Sponsored content", "advertisement"),
        arguments("Tags: CIA, Russia, Espionage", "tag-line"),
        arguments("Filed under: World, Europe", "tag-line"),
        arguments("This entry was posted in World and tagged CIA, Russia.", "tag-line"),
        arguments("Posted in Politics, World News", "posted-line"),
        arguments("Posted by Jordan Morgan on September 10, 2019", "posted-line"),
        arguments("Posted on September 10, 2019 by Jordan Morgan", "posted-line"),
        arguments("By Jordan Morgan, Security Correspondent", "byline"),
        arguments("By Ann Lee and Tom Ng", "byline"),
        arguments("Authors:", "byline-label"),
        arguments("Updated 3:45 PM ET, Tue September 10, 2019", "date-stamp"),
        arguments("Published: 10 September 2019", "date-stamp"),
        arguments("September 10, 2019", "date-stamp"),
        arguments("(Reporting by Jordan Morgan; Editing by Ann Lee)", "contributor-credit"),
        arguments("Ann Lee in London contributed to this report.", "contributor-credit"),
        arguments("JUST WATCHED Summit highlights Replay More Videos ... MUST WATCH Summit highlights 01:45", "video-player"),
        arguments("Play Video", "video-player"),
        arguments("Media playback is unsupported on your device", "media-label"),
        arguments("Image caption", "media-label"),
        arguments("Skip to main content", "page-chrome"),
        arguments("Back to top", "page-chrome"),
        arguments("We use cookies to give you the best experience on our website.", "cookie-notice"),
        arguments("Home » World » Europe", "breadcrumb"));
  }

  /** Real sentences shaped like boilerplate. */
  static Stream<String> content() {
    return Stream.of(
        "Related to this, the minister said the talks would resume next week.",
        "More than 200 people were evacuated from the building on Monday.",
        "Watch officials said the fire was under control by noon.",
        "Watch out for falling debris, police warned.",
        "Read the room, one senator told colleagues before the vote.",
        "See also the minister's earlier remarks on the matter.",
        "Don't miss the point, she said: the deal is not done.",
        "Trending upward, the index closed at a record.",
        "Up next is the Senate, where the bill faces a tougher vote.",
        "Related coverage of the summit appears on page 4.",
        "Share prices fell 3 percent in early trading.",
        "Shares of the company rose after the announcement.",
        "848,200 shares.",
        "Email to the governor's office went unanswered, the spokesman said.",
        "Print media has been hit hardest by the downturn.",
        "Print, online and broadcast outlets all carried the story.",
        "Follow-up talks are scheduled for March.",
        "Like us, the French have struggled to contain the protests.",
        "Join us in building a better Ohio, the governor said in her speech.",
        "\"Follow us,\" the officer shouted at the crowd.",
        "\"Tell us what you know,\" the detective said.",
        "\"What do you think?\" she asked the panel.",
        "What do you think of the proposal, Mr. Pompeo asked.",
        "Subscribers will pay more under the new plan, which takes effect in May.",
        "Sign up rates for the program doubled, officials said.",
        "Get out and vote, the candidate told supporters in Ohio.",
        "Click and collect services grew during the pandemic.",
        "Comments by the minister drew criticism from the opposition.",
        "Comment is free, but facts are sacred, the editor wrote.",
        "Posted on Facebook, the video was viewed two million times.",
        "Posted by a user on Reddit, the photo drew thousands of comments.",
        "Posted in 2015, the video went viral.",
        "Published in 1987, the book sold two million copies.",
        "Published: 200 pages of new documents.",
        "Updated forecasts show the storm turning north on Friday.",
        "Filed under seal, the documents remain secret.",
        "By Monday, officials had evacuated the town.",
        "By the end of the year, the bank expects to hire 200 staff.",
        "By Christmas Eve, the shelves were empty.",
        "Copyright law was at the heart of the dispute.",
        "The names of the victims may not be published until relatives are informed.",
        "Video from the scene showed police detaining two men.",
        "Photographs taken by the drone showed the damage clearly.",
        "Advertising revenue fell for the third straight quarter.",
        "Advertisement revenues rose 4 percent.",
        "The story continues below the fold in the print edition.",
        "Tags on the luggage identified the owner.",
        "Home prices rose 5 percent last year.",
        "Home - the new film by the director - opens on Friday.",
        "Reuters reported that the talks had stalled.",
        "Getty Images said it would appeal the ruling.",
        "AP Photo editors chose the image from hundreds of frames.",
        "Twitter said it had suspended the accounts.",
        "Facebook and Twitter removed the posts.",
        "Play resumed after a rain delay of two hours.",
        "Menu prices rose at most restaurants.",
        "Search teams found the wreckage on Sunday.",
        "Close to 5,000 people attended the rally.",
        "May 2019 was the wettest on record.",
        "Sept 30",
        "04/09/87 03/09/87 04/09/87 03/09/87",
        "Record March 31",
        "Donald Trump with Russia's President Vladimir Putin at the Asia-Pacific Economic Cooperation leaders' summit in Vietnam on November 11, 2017.",
        "Sources: CNN, the Washington Post",
        "Officials urged colleagues to share the link with local councils.",
        "Voters will tell us how they really feel in November.");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("boilerplate")
  void firstMatch_boilerplateLine_removedByItsRule(String line, String ruleName) {
    assertThat(StandardRules.firstMatch(line)).as(line).hasValueSatisfying(rule -> assertThat(rule.name()).isEqualTo(ruleName));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("content")
  void firstMatch_contentSentence_kept(String line) {
    assertThat(StandardRules.firstMatch(line)).as(line).isEmpty();
  }

  @Test
  void all_everyRule_hasALineItRemovesInThisTest() {
    Set<String> exercised = boilerplate().map(arguments -> (String) arguments.get()[1]).collect(Collectors.toCollection(TreeSet::new));
    Set<String> registered = StandardRules.all().stream().map(Rule::name).collect(Collectors.toCollection(TreeSet::new));

    assertThat(exercised).isEqualTo(registered);
  }

  @Test
  void all_namesUniqueAndReasonsFromTheFourFamilies() {
    List<Rule> rules = StandardRules.all();

    assertThat(rules).extracting(Rule::name).doesNotHaveDuplicates();
    assertThat(rules).extracting(Rule::reason)
        .containsOnly(Reasons.LINK_SPAM, Reasons.SHARE_PROMPT, Reasons.BOILERPLATE);
  }

  @Test
  void boilerplate_atLeastFortyDistinctLinesAcrossFamilies() {
    assertThat(boilerplate().count()).isGreaterThanOrEqualTo(40);
    assertThat(boilerplate().map(arguments -> StandardRules.firstMatch((String) arguments.get()[0]).orElseThrow().reason()).distinct())
        .containsExactlyInAnyOrder(Reasons.LINK_SPAM, Reasons.SHARE_PROMPT, Reasons.BOILERPLATE);
  }

  @Test
  void matches_lineLongerThanRuleLimit_notRemoved() {
    String longTeaser = "Related: " + "word ".repeat(40);

    assertThat(StandardRules.firstMatch(longTeaser)).isEmpty();
  }
}
