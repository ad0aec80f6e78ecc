package dev.dossier.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Article;
import dev.dossier.core.Doc;
import dev.dossier.core.Event;
import dev.dossier.core.EventActor;
import dev.dossier.core.EventType;
import dev.dossier.core.Layers;
import dev.dossier.core.Pipeline;
import dev.dossier.core.Quote;
import dev.dossier.nlp.NlpPipeline;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The events stage on real text: sentences of the seed articles and of the Mueller report (public
 * domain, ../shared/corpus/mueller_report, lines rejoined). None comes from an evaluation set.
 */
class EventStageTest {

  private static final Pipeline PIPELINE = NlpPipeline.standard();
  private static final LocalDate PUBLISHED = LocalDate.of(2018, 2, 2);

  private static Doc analyse(String text) {
    return PIPELINE.process(new Article("test", null, "", PUBLISHED, null, text, List.of(), "test", "hash"));
  }

  private static Optional<Event> first(Doc doc, EventType type) {
    return doc.get(Layers.EVENTS).stream().filter(event -> event.type() == type).findFirst();
  }

  private static String name(EventActor actor) {
    return actor == null ? null : actor.name();
  }

  @Test
  void process_sanctionsOnCountryWithDate_sanctionFromPresidentToCountryOnThatDay() {
    Doc doc = analyse("On December 29, 2016, then-President Obama imposed sanctions on Russia for having interfered in the election.");

    Event event = first(doc, EventType.SANCTION).orElseThrow();
    assertThat(event.cameo()).startsWith("16");
    assertThat(name(event.source())).isEqualTo("Obama");
    assertThat(event.source().sector()).isEqualTo("GOV");
    assertThat(name(event.target())).isEqualTo("Russia");
    assertThat(event.target().country()).isEqualTo("Russia");
    assertThat(event.date()).isEqualTo("2016-12-29");
    assertThat(event.dateSpan().of(doc.text())).contains("December 29, 2016");
    assertThat(event.negated()).isFalse();
    assertThat(event.hedged()).isFalse();
    assertThat(event.main()).isTrue();
    assertThat(event.sentence().of(doc.text())).startsWith("On December 29, 2016").endsWith("election.");
    assertThat(event.span().of(doc.text())).as("the light verb carries the event noun").isEqualTo("sanctions");
  }

  @Test
  void process_callThenRequest_consultByPhoneAndRequestToCountry() {
    Doc doc = analyse("Incoming National Security Advisor Michael Flynn called Russian Ambassador Sergey Kislyak and asked Russia not to escalate the situation.");

    Event call = first(doc, EventType.CONSULT).orElseThrow();
    assertThat(call.mode()).isEqualTo("phone");
    assertThat(name(call.target())).isEqualTo("Sergey Kislyak");
    assertThat(call.target().country()).isEqualTo("Russia");
    assertThat(call.quote()).as("a phone call is no statement").isNull();
    Event request = first(doc, EventType.REQUEST).orElseThrow();
    assertThat(name(request.target())).isEqualTo("Russia");
    assertThat(request.source().span()).isEqualTo(call.source().span());
  }

  @Test
  void process_unnamedActorsOfCountryAndSector_countryAndSectorFromTheWords() {
    Doc doc = analyse("Russian spy chief met U.S. officials in United States last week.");

    Event event = first(doc, EventType.CONSULT).orElseThrow();
    assertThat(event.source().country()).isEqualTo("Russia");
    assertThat(event.source().sector()).isEqualTo("INTEL");
    assertThat(event.target().country()).isEqualTo("United States");
    assertThat(event.target().sector()).isEqualTo("GOV");
    assertThat(event.date()).as("'last week' against publication on 2018-02-02").isEqualTo("2018-W04");
  }

  @Test
  void process_hackingByIntelligenceUnit_coercionOfTheCommittee() {
    Doc doc = analyse("Starting in April 2016, the GRU hacked into the computer networks of the Democratic Congressional Campaign Committee.");

    Event event = doc.get(Layers.EVENTS).getFirst();
    assertThat(event.type()).isEqualTo(EventType.COERCE);
    assertThat(event.mode()).isEqualTo("cyber");
    assertThat(name(event.source())).isEqualTo("GRU");
    assertThat(name(event.target())).isEqualTo("Democratic Congressional Campaign Committee");
    assertThat(event.date()).isEqualTo("2016-04");
  }

  @Test
  void process_negatedFinding_whatWasNotFoundIsNegated() {
    Doc doc = analyse("The investigation did not identify evidence that any U.S. persons conspired or coordinated with the Russian government.");

    Event event = first(doc, EventType.COOPERATE).orElseThrow();
    assertThat(event.negated()).isTrue();
    assertThat(event.source().country()).isEqualTo("United States");
    assertThat(name(event.target())).isEqualTo("Russian government");
    assertThat(event.target().country()).isEqualTo("Russia");
  }

  @Test
  void process_mayHaveShared_hedgedPastNotIntent() {
    // With the seed's sentence before it: alone, "he" names no one, and an event with no actor is none.
    Doc doc = analyse("News agencies, including NBC, began reporting around that time about Putin's involvement in the election sabotage and on the CIA's "
        + "possible sources for the assessment. Following the meeting, he took his translator's notes, fueling concerns that he may have again shared sensitive information.");

    Event event = first(doc, EventType.COOPERATE).orElseThrow();
    assertThat(event.cameo()).isEqualTo("064");
    assertThat(event.hedged()).isTrue();
    assertThat(doc.get(Layers.EVENTS)).noneMatch(e -> e.type() == EventType.AGREE);
  }

  @Test
  void process_spokespersonCallsReportFalse_rejectionOfTheReportTiedToTheQuote() {
    Doc doc = analyse("In a comment, a Central Intelligence Agency spokesperson said that CNN's narrative was false, whiole the White House went further, stressing: "
        + "\"CNN's reporting is not only incorrect, it has the potential to put lives in danger\".");

    List<Event> rejections = doc.get(Layers.EVENTS).stream().filter(e -> e.type() == EventType.REJECT).toList();
    assertThat(rejections).hasSize(2);
    Event agency = rejections.getFirst();
    assertThat(agency.source().sector()).isEqualTo("INTEL");
    assertThat(agency.source().name()).contains("Central Intelligence Agency");
    assertThat(name(agency.target())).isEqualTo("CNN's narrative");
    assertThat(agency.attribution()).isNotNull();
    Quote quote = doc.get(Layers.QUOTES).stream().filter(q -> q.span().equals(agency.attribution().quote())).findFirst().orElseThrow();
    assertThat(quote.text()).contains("CNN's narrative was false");
    Event whiteHouse = rejections.get(1);
    assertThat(name(whiteHouse.source())).isEqualTo("White House");
    assertThat(name(whiteHouse.target())).isEqualTo("CNN's reporting");
    assertThat(whiteHouse.negated()).as("'not only incorrect' is no denial of the rejection").isFalse();
  }

  @Test
  void process_denial_rejectWithTheDeniedActAsQuote() {
    Doc doc = analyse("Malloch denied ever communicating with Assange.");

    Event event = first(doc, EventType.REJECT).orElseThrow();
    assertThat(event.mode()).isEqualTo("deny");
    assertThat(name(event.source())).isEqualTo("Malloch");
    assertThat(event.source().entity()).isEqualTo("person:malloch");
    assertThat(event.quote()).isNotNull();
    assertThat(doc.get(Layers.QUOTES)).anyMatch(q -> q.span().equals(event.quote()));
  }

  @Test
  void process_participleBeforeNoun_noEvent() {
    Doc doc = analyse("It is so hard to develop sources like that in any denied area.");

    assertThat(doc.get(Layers.EVENTS)).isEmpty();
  }

  @Test
  void process_eventIds_numberedInTextOrderWithinTheirSentences() {
    Doc doc = analyse("On December 29, 2016, then-President Obama imposed sanctions on Russia for having interfered in the election. "
        + "Incoming National Security Advisor Michael Flynn called Russian Ambassador Sergey Kislyak and asked Russia not to escalate the situation.");

    List<Event> events = doc.get(Layers.EVENTS);
    assertThat(events).extracting(Event::id).startsWith("e1", "e2", "e3");
    for (Event event : events) {
      assertThat(event.sentence().contains(event.span())).isTrue();
      assertThat(event.sentence().end()).isLessThanOrEqualTo(doc.text().length());
    }
    assertThat(events.get(0).sentence()).isNotEqualTo(events.get(1).sentence());
  }
}
