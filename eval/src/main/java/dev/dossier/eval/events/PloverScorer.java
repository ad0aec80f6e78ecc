package dev.dossier.eval.events;

import dev.dossier.core.Event;
import dev.dossier.core.EventActor;
import dev.dossier.core.EventType;
import dev.dossier.nlp.Countries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores Dossier's events against PLOVER gold records, one record at a time.
 *
 * <p>The rule. A PLOVER record codes one event per sentence, so Dossier's answer for a record is
 * its <b>main event</b>: the event the sentence's parse puts highest ({@link Event#main()}; the
 * first such one if several sentences have one). <b>Type accuracy</b> is the share of records whose
 * main event has the record's type (the 2016 type read as its 2021 successor; a record with no
 * event counts as wrong). Type precision is over the records with a main event, recall over all
 * records. <b>Triples</b>: the main event's (source, target, type) triples, one for each pair of
 * its actors, against the record's gold triples (see {@link PloverReader}); a predicted triple
 * matches a gold one when the types are equal and the sources match and the targets match. An
 * actor matches a gold actor when they share a content word ({@link ActorMatch}), or when Dossier
 * ties it to the country whose ISO 3166 alpha-3 code the gold actor carries (PLOVER codes actors
 * by country); a missing actor matches only a missing one. One to one, in order.
 */
final class PloverScorer {

  private int records;
  private int withEvent;
  private int typeCorrect;
  private int goldTriples;
  private int predictedTriples;
  private int matchedTriples;
  private int sourceCorrect;
  private int targetCorrect;
  private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
  private final Map<String, int[]> byType = new TreeMap<>();
  private final List<String> wrongTypes = new ArrayList<>();
  private final List<String> wrongActors = new ArrayList<>();

  void add(GoldRecord gold, String text, List<Event> events) {
    records++;
    Event main = events.stream().filter(Event::main).findFirst().orElse(null);
    String predicted = main == null ? "none" : main.type().name();
    confusion.computeIfAbsent(gold.type().name(), k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
    int[] counts = byType.computeIfAbsent(gold.type().name(), k -> new int[2]);
    counts[1]++;
    if (main != null) {
      withEvent++;
    }
    boolean typeRight = main != null && main.type() == gold.type();
    if (typeRight) {
      typeCorrect++;
      counts[0]++;
    } else {
      wrongTypes.add(gold.id() + " gold " + gold.label() + " got " + (main == null ? "no event" : main.type() + " " + main.cameo() + " '" + main.span().of(text) + "'")
          + " | " + text);
    }
    List<Event> mainEvents = main == null ? List.of() : events.stream().filter(e -> e.main() && e.span().equals(main.span())).toList();
    goldTriples += gold.events().size();
    predictedTriples += mainEvents.size();
    boolean[] used = new boolean[gold.events().size()];
    int matched = 0;
    boolean sourceRight = false;
    boolean targetRight = false;
    for (Event event : mainEvents) {
      for (int g = 0; g < gold.events().size(); g++) {
        GoldRecord.Triple triple = gold.events().get(g);
        boolean source = actorMatches(triple.source(), event.source(), text);
        boolean target = actorMatches(triple.target(), event.target(), text);
        sourceRight |= source;
        targetRight |= target;
        if (!used[g] && event.type() == triple.type() && source && target) {
          used[g] = true;
          matched++;
          break;
        }
      }
    }
    matchedTriples += matched;
    if (sourceRight) {
      sourceCorrect++;
    }
    if (targetRight) {
      targetCorrect++;
    }
    if (typeRight && matched < gold.events().size()) {
      wrongActors.add(gold.id() + " gold " + describe(gold.events()) + " got " + describe(mainEvents, text) + " | " + text);
    }
  }

  private static boolean actorMatches(GoldRecord.Actor gold, EventActor predicted, String text) {
    if (gold == null || predicted == null) {
      return gold == null && predicted == null;
    }
    if (ActorMatch.matches(gold.text(), predicted.span().of(text) + " " + predicted.name())) {
      return true;
    }
    // PLOVER codes actors by country (ISO 3166 alpha-3): an actor of the gold actor's country matches it.
    String country = predicted.country() == null ? null : Countries.instance().byName(predicted.country()).map(Countries.Country::alpha3).orElse(null);
    return country != null && country.equals(gold.code());
  }

  private static String describe(List<GoldRecord.Triple> triples) {
    return String.join("; ", triples.stream().map(t -> name(t.source()) + " -> " + name(t.target())).toList());
  }

  private static String name(GoldRecord.Actor actor) {
    return actor == null ? "-" : actor.text();
  }

  private static String describe(List<Event> events, String text) {
    if (events.isEmpty()) {
      return "nothing";
    }
    return String.join("; ", events.stream().map(e -> (e.source() == null ? "-" : e.source().span().of(text)) + " -> " + (e.target() == null ? "-" : e.target().span().of(text))).toList());
  }

  PloverResult result() {
    Map<String, Double> accuracyByType = new TreeMap<>();
    Map<String, Integer> recordsByType = new TreeMap<>();
    byType.forEach((type, counts) -> {
      accuracyByType.put(type, counts[1] == 0 ? 0 : (double) counts[0] / counts[1]);
      recordsByType.put(type, counts[1]);
    });
    return new PloverResult(
        records,
        records == 0 ? 0 : (double) typeCorrect / records,
        new Score(typeCorrect, withEvent, records),
        new Score(matchedTriples, predictedTriples, goldTriples),
        records == 0 ? 0 : (double) sourceCorrect / records,
        records == 0 ? 0 : (double) targetCorrect / records,
        accuracyByType,
        recordsByType,
        confusion,
        wrongTypes,
        wrongActors);
  }

  static EventType type(String name) {
    return EventType.parse(name);
  }
}
