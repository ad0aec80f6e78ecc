package dev.dossier.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Article;
import dev.dossier.core.Doc;
import dev.dossier.core.Event;
import dev.dossier.core.EventActor;
import dev.dossier.core.EventType;
import dev.dossier.core.Layers;
import dev.dossier.core.Pipeline;
import dev.dossier.nlp.NlpPipeline;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who did what to whom: the argument rules of the events stage on real sentences of the seed
 * articles and of the Mueller report (public domain, ../shared/corpus/mueller_report, lines
 * rejoined). None comes from an evaluation set.
 */
class EventArgumentsTest {

  private static final Pipeline PIPELINE = NlpPipeline.standard();

  private static Doc analyse(String text) {
    return PIPELINE.process(new Article("test", null, "", LocalDate.of(2019, 9, 10), null, text, List.of(), "test", "hash"));
  }

  private static List<Event> events(Doc doc, EventType type) {
    return doc.get(Layers.EVENTS).stream().filter(event -> event.type() == type).toList();
  }

  private static String text(Doc doc, EventActor actor) {
    return actor == null ? null : actor.span().of(doc.text());
  }

  @Test
  void process_refusalThenParticipleClause_targetIsWhomTheRefusedActAddresses() {
    // Mueller report, vol. II, quoting the New York Times (the ellipsis of the quotation dropped).
    Doc doc = analyse("After receiving the president's order to fire Mr. Mueller, the White House counsel refused to ask the Justice Department "
        + "to dismiss the special counsel, saying he would quit instead.");

    Event refusal = events(doc, EventType.REJECT).getFirst();
    assertThat(refusal.main()).isTrue();
    assertThat(text(doc, refusal.source())).isEqualTo("White House counsel");
    assertThat(text(doc, refusal.target())).as("not 'he' of the clause after the comma").isEqualTo("Justice Department");
  }

  @Test
  void process_eventNamingNoActor_noEvent() {
    // Seed 000 and seed 004: a meeting referred back to, and battles in a figure of speech.
    Doc doc = analyse("Following the meeting, he took his translator's notes, fueling concerns that he may have again shared sensitive information. "
        + "News of Naryshkin's secret visit poured fresh fuel on the battles pitting the Trump administration and its Republican defenders "
        + "against Democrats over investigations into Moscow's alleged 2016 election interference.");

    assertThat(doc.get(Layers.EVENTS)).isNotEmpty().allMatch(event -> event.source() != null || event.target() != null);
    assertThat(events(doc, EventType.ASSAULT)).as("'the battles pitting ...' name no side that fought").isEmpty();
    Event visit = events(doc, EventType.CONSULT).getFirst();
    assertThat(visit.source().name()).contains("Naryshkin");
    assertThat(visit.main()).isTrue();
  }

  @Test
  void process_survivedNerveAgentAttack_survivorIsTargetAndTheAgentNoActor() {
    // Seed 000, two of its sentences in their order.
    Doc doc = analyse("Last year, Russian operatives travelled to England and used a nerve agent in an assassination attempt against a former Russian "
        + "military intelligence officer, Sergei Skripal, who had spied for the British. He survived the nerve agent attack but his current whereabouts are unknown.");

    List<Event> assaults = events(doc, EventType.ASSAULT);
    assertThat(assaults).hasSize(2);
    Event attempt = assaults.getFirst();
    assertThat(text(doc, attempt.source())).as("the light verb 'used' carries the attempt after 'in'").isEqualTo("Russian operatives");
    assertThat(attempt.source().country()).isEqualTo("Russia");
    assertThat(attempt.target().name()).isEqualTo("Sergei Skripal");
    Event attack = assaults.get(1);
    assertThat(attack.source()).as("a nerve agent is a substance, not a spy").isNull();
    assertThat(text(doc, attack.target())).isEqualTo("He");
    assertThat(attack.target().name()).isEqualTo("Sergei Skripal");
  }

  @Test
  void process_tookPartInMeeting_meetingOfTheSubject() {
    // Seed 004.
    Doc doc = analyse("The publication could not establish whether Korobov took part in the meeting.");

    Event meeting = events(doc, EventType.CONSULT).getFirst();
    assertThat(meeting.source().name()).isEqualTo("Korobov");
    assertThat(doc.text().substring(meeting.span().start(), meeting.span().end())).isEqualTo("meeting");
  }

  @Test
  void process_participleWithoutSubject_subjectOfTheVerbItHangsFrom() {
    // Mueller report, vol. II.
    Doc doc = analyse("Flynn recalled getting upset at Spicer's comments in the press conference and calling Kushner to say he did not appreciate the comments.");

    Event call = events(doc, EventType.CONSULT).getFirst();
    assertThat(call.source().name()).isEqualTo("Flynn");
    assertThat(call.target().name()).isEqualTo("Kushner");
  }
}
