package dev.dossier.nlp.events;

import dev.dossier.core.Doc;
import dev.dossier.core.Event;
import dev.dossier.core.Layer;
import dev.dossier.core.Layers;
import dev.dossier.core.Sentence;
import dev.dossier.core.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds who did what to whom in an article, when and where, and according to whom: typed events
 * read on the dependency parse of each sentence that may hold one.
 *
 * <h2>How</h2>
 *
 * <ol>
 *   <li>{@link Triggers} skips the sentences with no word of the bundled event lexicon ({@code
 *       lexicon.txt}: verbs, nouns and adjectives with their CAMEO codes, after the CAMEO codebook),
 *       so the parser runs only where an event may be; a sentence of more than {@link
 *       #MAX_TOKENS} tokens (a table, a list) is not parsed.
 *   <li>{@link DependencyTree} parses the rest with CoreNLP's neural dependency parser (Universal
 *       Dependencies), loaded once per process.
 *   <li>{@link ActionFinder} codes each trigger, combined with the frame that governs it ("agreed
 *       to", "threatened to", "refused to", "demanded that"), the light verb that carries it
 *       ("imposed sanctions") or the verb that stops it ("lifted the curfew"), and with its modality
 *       ("will meet" is an intent to meet).
 *   <li>{@link EventBuilder} reads each action's source and target as {@link ActorReader} sees
 *       them (the article's entities, agent words such as "officials" or "troops", countries from
 *       demonyms), the date the dates layer gives it, the place, negation, hedging, and
 *       attribution from the quotes layer ("CNN reported", "according to officials") or the
 *       reporting verb; a statement event (a denial, an accusation) is tied to the quote whose cue
 *       it is.
 * </ol>
 *
 * <p>Reads {@link Layers#TOKENS}, {@link Layers#SENTENCES}, {@link Layers#ENTITIES}, {@link
 * Layers#DATES} and {@link Layers#QUOTES}; writes {@link Layers#EVENTS} in text order with ids
 * {@code e1}, {@code e2}, ... Actors refer to entities by in-article id. Thread-safe: the parser
 * is shared, everything else is made per document.
 */
public final class EventStage implements Stage {

  /** Sentences longer than this are tables or lists, not prose, and are not parsed. */
  static final int MAX_TOKENS = 90;

  @Override
  public String name() {
    return "events";
  }

  @Override
  public int version() {
    return 2;
  }

  @Override
  public Set<Layer<?>> reads() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ENTITIES, Layers.DATES, Layers.QUOTES);
  }

  @Override
  public Set<Layer<?>> writes() {
    return Set.of(Layers.EVENTS);
  }

  @Override
  public Doc process(Doc doc) {
    DocIndex index = new DocIndex(doc);
    ActorReader actors = new ActorReader(index);
    Triggers triggers = new Triggers(actors, index);
    EventBuilder builder = new EventBuilder(index, actors);
    List<Event> events = new ArrayList<>();
    for (Sentence sentence : doc.get(Layers.SENTENCES)) {
      if (sentence.tokenCount() < 3 || sentence.tokenCount() > MAX_TOKENS || !triggers.mayHoldEvent(index.tokens, sentence.firstToken(), sentence.endToken())) {
        continue;
      }
      DependencyTree tree = DependencyTree.parse(index.tokens, sentence);
      ActionFinder finder = new ActionFinder(tree, triggers);
      events.addAll(builder.build(tree, finder, finder.find(), sentence));
    }
    events.sort(Comparator.comparing(Event::span));
    List<Event> numbered = new ArrayList<>(events.size());
    for (Event event : events) {
      numbered.add(event.withId("e" + (numbered.size() + 1)));
    }
    return doc.with(Layers.EVENTS, numbered, producer());
  }
}
