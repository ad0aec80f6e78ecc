package dev.dossier.eval.events;

import dev.dossier.core.Event;
import dev.dossier.core.EventActor;
import dev.dossier.core.EventType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores Dossier's events against PETRARCH2's unit-test records.
 *
 * <p>The rule. Every event Dossier finds in a sentence counts, since PETRARCH codes every event of
 * a sentence. <b>Types</b>: the multiset of the sentence's predicted PLOVER types against the gold
 * codes' types (by the CAMEO-to-PLOVER table); gold events whose code has no type are left out and
 * counted apart. <b>Triples</b>: a predicted event matches a gold one of the same type whose source
 * and target codes match, one to one. Dossier's actors are coded with {@link ActorDictionary}; a
 * coded actor matches a gold code that contains its code ({@code GON} matches {@code GONGOV}); a
 * gold actor that is missing or unknown ({@code None}, {@code ---}) matches anything, and an actor
 * Dossier does not find or cannot code matches only such a gold actor. <b>CAMEO roots</b>: the same triples on the two-digit CAMEO root instead of the type.
 */
final class PetrarchScorer {

  private final ActorDictionary dictionary;
  private int records;
  private int untyped;
  private int typeCorrect;
  private int typePredicted;
  private int typeGold;
  private int tripleCorrect;
  private int rootCorrect;
  private int triplePredicted;
  private int tripleGold;
  private int dyadCorrect;
  private int actorsCoded;
  private int actorsFound;
  private final List<String> misses = new ArrayList<>();

  PetrarchScorer(ActorDictionary dictionary, CameoPloverTable types) {
    this.dictionary = dictionary;
  }

  void add(GoldRecord gold, String text, List<Event> events) {
    records++;
    List<GoldRecord.Triple> typed = gold.events().stream().filter(t -> t.type() != null).toList();
    untyped += gold.events().size() - typed.size();
    Map<EventType, Integer> goldTypes = new HashMap<>();
    typed.forEach(t -> goldTypes.merge(t.type(), 1, Integer::sum));
    typeGold += typed.size();
    typePredicted += events.size();
    Map<EventType, Integer> remaining = new HashMap<>(goldTypes);
    for (Event event : events) {
      Integer left = remaining.get(event.type());
      if (left != null && left > 0) {
        remaining.put(event.type(), left - 1);
        typeCorrect++;
      }
    }
    tripleGold += typed.size();
    triplePredicted += events.size();
    boolean[] used = new boolean[typed.size()];
    boolean[] usedRoot = new boolean[gold.events().size()];
    boolean[] usedDyad = new boolean[gold.events().size()];
    int matched = 0;
    List<String> predicted = new ArrayList<>();
    for (Event event : events) {
      String source = code(event.source(), text);
      String target = code(event.target(), text);
      predicted.add((source == null ? "-" : source) + "|" + (target == null ? "-" : target) + "|" + event.cameo() + "/" + event.type());
      for (int g = 0; g < typed.size(); g++) {
        GoldRecord.Triple triple = typed.get(g);
        if (!used[g] && triple.type() == event.type() && matches(triple.source(), source) && matches(triple.target(), target)) {
          used[g] = true;
          matched++;
          break;
        }
      }
      for (int g = 0; g < gold.events().size(); g++) {
        GoldRecord.Triple triple = gold.events().get(g);
        if (!usedDyad[g] && matches(triple.source(), source) && matches(triple.target(), target)) {
          usedDyad[g] = true;
          dyadCorrect++;
          break;
        }
      }
      for (int g = 0; g < gold.events().size(); g++) {
        GoldRecord.Triple triple = gold.events().get(g);
        if (!usedRoot[g] && triple.cameo() != null && event.cameo() != null && triple.cameo().length() >= 2
            && triple.cameo().substring(0, 2).equals(event.cameo().substring(0, 2)) && matches(triple.source(), source) && matches(triple.target(), target)) {
          usedRoot[g] = true;
          rootCorrect++;
          break;
        }
      }
    }
    tripleCorrect += matched;
    if (matched < typed.size() && misses.size() < 400) {
      misses.add(gold.id() + " gold " + gold.label() + " got " + (predicted.isEmpty() ? "nothing" : String.join(";", predicted)) + " | " + text);
    }
  }

  private String code(EventActor actor, String text) {
    if (actor == null) {
      return null;
    }
    actorsFound++;
    String code = dictionary.code(actor.span().of(text));
    if (code == null) {
      code = dictionary.code(actor.name());
    }
    if (code != null) {
      actorsCoded++;
    }
    return code;
  }

  private static boolean matches(GoldRecord.Actor gold, String predicted) {
    if (gold == null) {
      return true;
    }
    if (predicted == null) {
      return false;
    }
    return gold.code().contains(predicted.length() > 3 ? predicted.substring(0, 3) : predicted);
  }

  PetrarchResult result() {
    return new PetrarchResult(records, tripleGold + untyped, untyped, new Score(typeCorrect, typePredicted, typeGold),
        new Score(tripleCorrect, triplePredicted, tripleGold), new Score(rootCorrect, triplePredicted, tripleGold + untyped),
        new Score(dyadCorrect, triplePredicted, tripleGold + untyped),
        actorsFound == 0 ? 0 : (double) actorsCoded / actorsFound, misses);
  }
}
