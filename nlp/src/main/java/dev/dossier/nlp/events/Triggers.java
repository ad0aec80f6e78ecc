package dev.dossier.nlp.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the lexicon entry a token of a parsed sentence stands for: the first of its lemma's
 * entries, for its part of speech, whose conditions the parse meets. Stateless but for the
 * actor reader it asks whether an object is an actor.
 */
final class Triggers {

  /** Nouns that say an event is undertaken but not which: "mediation efforts", "a peace mission". */
  static final Set<String> FRAME_NOUNS =
      Set.of("effort", "mission", "operation", "campaign", "process", "plan", "program", "programme", "initiative", "bid", "move", "drive", "attempt", "deal", "package");

  private final Lexicon lexicon = Lexicon.instance();
  private final ActorReader actors;
  private final DocIndex index;

  Triggers(ActorReader actors, DocIndex index) {
    this.actors = actors;
    this.index = index;
  }

  /**
   * True if a sentence is worth parsing: it names an actor at all (one of the article's entities,
   * a proper noun, an agent word such as "officials", or "he", "she", "they"), and it holds a word
   * that may be an event by itself (an event entry, or a frame with a code of its own) whose
   * conditions on words can hold in it ("cut off" needs "off" somewhere, "share intelligence" the
   * word "intelligence"). Read on lemmas and tags alone, before any parse: the parser is the
   * stage's whole cost, so most sentences of business or sports news are never parsed.
   */
  boolean mayHoldEvent(List<dev.dossier.core.Token> tokens, int from, int to) {
    Set<String> words = new java.util.HashSet<>();
    boolean actor = false;
    for (int i = from; i < to; i++) {
      dev.dossier.core.Token token = tokens.get(i);
      String word = token.word().toLowerCase(Locale.ROOT);
      words.add(word);
      if (token.lemma() != null) {
        words.add(token.lemma().toLowerCase(Locale.ROOT));
      }
      actor = actor || index.mentionAt(i) != null || token.pos() != null && token.pos().startsWith("NNP") || PERSONAL.contains(word)
          || token.lemma() != null && Agents.instance().agent(token.lemma()) != null;
    }
    if (!actor) {
      return false;
    }
    for (int i = from; i < to; i++) {
      dev.dossier.core.Token token = tokens.get(i);
      Lexicon.Pos pos = posOf(token.pos());
      if (pos == null) {
        continue;
      }
      String lemma = token.lemma() == null ? token.word().toLowerCase(Locale.ROOT) : token.lemma().toLowerCase(Locale.ROOT);
      String key = pos == Lexicon.Pos.ADJECTIVE ? token.word().toLowerCase(Locale.ROOT) : lemma;
      for (Lexicon.Entry entry : lexicon.entries(key, pos)) {
        if (entry.cameo() != null && wordsAllow(entry, words)) {
          return true;
        }
      }
      if (pos == Lexicon.Pos.VERB && token.pos().equals("VBN")) {
        for (Lexicon.Entry entry : lexicon.entries(token.word().toLowerCase(Locale.ROOT), Lexicon.Pos.ADJECTIVE)) {
          if (entry.cameo() != null && wordsAllow(entry, words)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Pronouns that may name an actor the parse will find. */
  private static final Set<String> PERSONAL = Set.of("he", "she", "they");

  /** True if each of the entry's conditions on words names a word the sentence has (actors aside: any sentence passing here has one). */
  private static boolean wordsAllow(Lexicon.Entry entry, Set<String> words) {
    for (Lexicon.Condition condition : entry.conditions()) {
      switch (condition.kind()) {
        case "prt", "obj", "prep", "mod", "of" -> {
          boolean any = false;
          for (String value : condition.values()) {
            if (value.startsWith("@") || words.contains(value)) {
              any = true;
              break;
            }
          }
          if (!any) {
            return false;
          }
        }
        default -> {
          // Conditions on the parse (a clause, an infinitive, the voice) are checked after it.
        }
      }
    }
    return true;
  }

  private static Lexicon.Pos posOf(String tag) {
    if (tag == null) {
      return null;
    }
    if (tag.startsWith("VB")) {
      return Lexicon.Pos.VERB;
    }
    if (tag.equals("NN") || tag.equals("NNS")) {
      return Lexicon.Pos.NOUN;
    }
    if (tag.startsWith("JJ")) {
      return Lexicon.Pos.ADJECTIVE;
    }
    return null;
  }

  /** The entry token {@code i} stands for, or {@code null}. Words inside a name ("Ministry of Defence") are never triggers. */
  Lexicon.Entry match(DependencyTree tree, int i) {
    if (index.mentionAt(tree.offset + i) != null) {
      return null;
    }
    Lexicon.Pos pos = posOf(tree.pos[i]);
    if (pos == null) {
      return null;
    }
    if (pos == Lexicon.Pos.VERB && tree.child(i, "det") >= 0) {
      // "the wounded", "the accused": a participle used as a noun.
      return null;
    }
    if (pos == Lexicon.Pos.NOUN && tree.is(i, "compound") && tree.head[i] >= 0 && tree.isNoun(tree.head[i]) && !FRAME_NOUNS.contains(tree.lemma[tree.head[i]])) {
      // "aid groups", "protest movement": a noun that only qualifies another names no event.
      return null;
    }
    if (pos == Lexicon.Pos.VERB && (tree.pos[i].equals("VBN") || tree.pos[i].equals("VBD")) && (tree.child(i, "cop") >= 0 || tree.child(i, "aux:pass") >= 0)) {
      Lexicon.Entry adjective = first(tree, i, lexicon.entries(tree.lower[i], Lexicon.Pos.ADJECTIVE));
      if (adjective != null) {
        return adjective;
      }
    }
    if (pos == Lexicon.Pos.ADJECTIVE && tree.is(i, "amod")) {
      // "fake news", "ready forces": an attribute, not a predicate.
      return null;
    }
    String key = pos == Lexicon.Pos.ADJECTIVE ? tree.lower[i] : tree.lemma[i];
    return first(tree, i, lexicon.entries(key, pos));
  }

  private Lexicon.Entry first(DependencyTree tree, int i, List<Lexicon.Entry> entries) {
    for (Lexicon.Entry entry : entries) {
      if (holds(tree, i, entry)) {
        return entry;
      }
    }
    return null;
  }

  private boolean holds(DependencyTree tree, int i, Lexicon.Entry entry) {
    for (Lexicon.Condition condition : entry.conditions()) {
      if (!holds(tree, i, condition)) {
        return false;
      }
    }
    return true;
  }

  private boolean holds(DependencyTree tree, int i, Lexicon.Condition condition) {
    Set<String> values = condition.values();
    return switch (condition.kind()) {
      case "prt" -> {
        for (int c : tree.children(i)) {
          if ((tree.is(c, "compound:prt") || tree.is(c, "advmod") || tree.is(c, "obl") && tree.pos[c].equals("RP")) && values.contains(tree.lower[c])) {
            yield true;
          }
        }
        yield false;
      }
      case "obj" -> {
        int object = object(tree, i);
        yield object >= 0 && (values.contains(tree.lemma[object]) || values.contains(tree.lower[object])
            || values.contains("@actor") && actors.isActor(tree, object) || values.contains("@person") && actors.isActor(tree, object) && actors.isPerson(tree, object));
      }
      case "prep" -> {
        for (int c : tree.children(i)) {
          if ((tree.is(c, "obl") || tree.is(c, "nmod") || tree.is(c, "advcl") || tree.is(c, "acl")) && values.contains(caseOrMark(tree, c))
              || tree.is(c, "compound:prt") && values.contains(tree.lower[c])) {
            yield true;
          }
        }
        yield false;
      }
      case "mod" -> {
        for (int c : tree.children(i)) {
          if ((tree.is(c, "compound") || tree.is(c, "amod") || tree.is(c, "advmod") || tree.is(c, "nmod:npmod")) && (values.contains(tree.lemma[c]) || values.contains(tree.lower[c]))) {
            yield true;
          }
        }
        yield false;
      }
      case "of" -> {
        for (int c : tree.children(i)) {
          if (tree.is(c, "nmod") && tree.caseOf(c).equals("of") && values.contains(tree.lemma[c])) {
            yield true;
          }
        }
        yield false;
      }
      case "clause" -> tree.child(i, "ccomp") >= 0 || (tree.is(i, "ccomp") || tree.is(i, "parataxis")) && tree.head[i] >= 0 && tree.isVerb(tree.head[i]);
      case "xcomp" -> tree.child(i, "xcomp") >= 0;
      case "passive" -> tree.isPassive(i);
      case "active" -> !tree.isPassive(i);
      default -> false;
    };
  }

  /**
   * The dependents that a matched entry's conditions name as part of the trigger: its particle
   * ("cut off"), its modifier ("hunger strike") and its "of" word ("state of siege").
   */
  static List<Integer> parts(DependencyTree tree, int i, Lexicon.Entry entry) {
    List<Integer> parts = new java.util.ArrayList<>();
    for (Lexicon.Condition condition : entry.conditions()) {
      for (int c : tree.children(i)) {
        boolean part = switch (condition.kind()) {
          case "prt" -> (tree.is(c, "compound:prt") || tree.is(c, "advmod")) && condition.values().contains(tree.lower[c]);
          case "mod" -> (tree.is(c, "compound") || tree.is(c, "amod") || tree.is(c, "advmod")) && (condition.values().contains(tree.lemma[c]) || condition.values().contains(tree.lower[c]));
          case "of" -> tree.is(c, "nmod") && tree.caseOf(c).equals("of") && condition.values().contains(tree.lemma[c]);
          default -> false;
        };
        if (part) {
          parts.add(c);
        }
      }
    }
    return parts;
  }

  /** The object of a verb: its direct object, or for a passive its subject. */
  static int object(DependencyTree tree, int verb) {
    int object = tree.child(verb, "obj");
    if (object < 0 && tree.isPassive(verb)) {
      object = tree.child(verb, "nsubj:pass");
    }
    return object;
  }

  /** The preposition of a nominal, or the marker of a clause ("for" in "pushing for the US to support"). */
  static String caseOrMark(DependencyTree tree, int c) {
    String preposition = tree.caseOf(c);
    if (!preposition.isEmpty()) {
      return preposition;
    }
    int mark = tree.child(c, "mark");
    return mark >= 0 ? tree.lemma[mark] : "";
  }
}
