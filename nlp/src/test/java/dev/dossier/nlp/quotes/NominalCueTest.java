package dev.dossier.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stances and speech carried by a noun, on sentences of the Mueller report (public domain, bundled
 * as the demo corpus): after a support verb ("made false statements about", "raised questions
 * about") the noun and its preposition are part of the cue, and what the stance is about is the
 * content; a noun the nominal cue model accepts ("the President's request to …") is a cue of its
 * own, with its possessor as the source and what it governs as the content.
 */
class NominalCueTest {

  private static List<Quote> quotes(String text) {
    return QuotesOf.text(text);
  }

  @Test
  void process_supportVerbWithNounAndPreposition_contentIsWhatTheNounIsAbout() {
    String text = "During the 2016 campaign, the media raised questions about a possible connection between the Trump Campaign and Russia.";

    List<Quote> quotes = quotes(text);
    assertThat(quotes).anySatisfy(q -> {
      assertThat(q.cueText()).isEqualTo("raised questions about");
      assertThat(q.speaker().span().of(text)).isEqualTo("the media");
      assertThat(q.text()).startsWith("a possible connection between the Trump Campaign and Russia");
    });
  }

  @Test
  void process_supportVerbWithNumberedNoun_nounInTheCueNotTheContent() {
    String text = "First, Flynn made two false statements about his conversations with Russian Ambassador Kislyak in late December 2016.";

    List<Quote> quotes = quotes(text);
    assertThat(quotes).noneMatch(q -> q.text().startsWith("two false statements"));
    assertThat(quotes).anySatisfy(q -> {
      assertThat(q.cueText()).isEqualTo("made two false statements about");
      assertThat(q.speaker().span().of(text)).isEqualTo("Flynn");
      assertThat(q.text()).startsWith("his conversations with Russian Ambassador Kislyak");
    });
  }

  @Test
  void process_possessorsNounWithInfinitive_nounIsTheCueAndThePossessorTheSpeaker() {
    String text = "In other respects, McGahn could not comply with the President's request to dispute the story.";

    List<Quote> quotes = quotes(text);
    assertThat(quotes).anySatisfy(q -> {
      assertThat(q.cueText()).isEqualTo("request");
      assertThat(q.speaker().span().of(text)).isEqualTo("the President");
      assertThat(q.text()).isEqualTo("to dispute the story");
    });
  }

  @Test
  void process_possessivePronounsNounWithInfinitive_pronounIsTheSpeaker() {
    String text = "McGahn ultimately did not quit and the President did not follow up with McGahn on his request to have the Special Counsel removed.";

    List<Quote> quotes = quotes(text);
    assertThat(quotes).anySatisfy(q -> {
      assertThat(q.cueText()).isEqualTo("request");
      assertThat(q.speaker().span().of(text)).isEqualTo("his");
      assertThat(q.text()).isEqualTo("to have the Special Counsel removed");
    });
  }

  @Test
  void process_nounWithThatClause_clauseIsTheContentAndTheAdjectivesPartOfTheCue() {
    String text = "And McGahn refused to recede from his recollections about events surrounding the President's direction to have the Special "
        + "Counsel removed, despite the President's multiple demands that he do so.";

    List<Quote> quotes = quotes(text);
    assertThat(quotes).anySatisfy(q -> {
      assertThat(q.cueText()).isEqualTo("multiple demands");
      assertThat(q.speaker().span().of(text)).isEqualTo("the President");
      assertThat(q.text()).isEqualTo("that he do so");
    });
  }

  @Test
  void process_nounOfAVerbsObject_verbsSubjectIsTheSpeaker() {
    String text = "Following the meeting, he took his translator's notes, fueling concerns that he may have again shared sensitive information.";

    List<Quote> quotes = quotes(text);
    assertThat(quotes).anySatisfy(q -> {
      assertThat(q.cueText()).isEqualTo("concerns");
      assertThat(q.text()).isEqualTo("that he may have again shared sensitive information");
    });
  }
}
