package dev.dossier.nlp.events;

import dev.dossier.core.Entity;
import dev.dossier.core.EntityType;
import dev.dossier.core.EventActor;
import dev.dossier.core.Quote;
import dev.dossier.core.Span;
import dev.dossier.nlp.Countries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the actor a noun phrase names, from its head token in a sentence's parse: the phrase's
 * extent, the entity it is or belongs to, its country and its sector.
 *
 * <p>A phrase is an actor if it is or contains a name the article's entities hold, a personal
 * pronoun that can be resolved, an agent word ("officials", "troops", "the government"), or a
 * noun a country qualifies ("Iraqi towns"). Its name is the entity's canonical name when the head
 * is the entity ("Palestinian leader Yasser Arafat" is Yasser Arafat, of Palestine, sector GOV);
 * otherwise the phrase itself, with the entity it belongs to ("European Community foreign
 * ministers" belong to the European Community; "Russian operatives" to Russia, sector INTEL).
 * Not thread-safe: one per document.
 */
final class ActorReader {

  private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "flat", "amod", "nmod:poss", "nmod:npmod", "nummod:gov");
  private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "it", "they", "them", "we", "i");
  /** Words before "general" that make it part of a title ("Secretary General"), not an army rank. */
  private static final Set<String> TITLE_BEFORE_GENERAL = Set.of("secretary", "attorney", "consul", "director", "inspector", "solicitor", "auditor", "governor", "surgeon");
  /** How far back, in characters, a pronoun looks for its antecedent. */
  private static final int PRONOUN_WINDOW = 600;

  private final DocIndex index;
  private final Countries countries = Countries.instance();
  private final Agents agents = Agents.instance();

  ActorReader(DocIndex index) {
    this.index = index;
  }

  /** True if the token heads a phrase that names an actor. */
  boolean isActor(DependencyTree tree, int head) {
    if (head < 0) {
      return false;
    }
    if (tree.isPronoun(head)) {
      return PERSONAL.contains(tree.lower[head]);
    }
    if (index.inDate(tree.offset + head)) {
      return false;
    }
    if (index.mentionAt(tree.offset + head) == null && agentOf(tree, head) == null && Lexicon.instance().has(tree.lemma[head], Lexicon.Pos.NOUN)) {
      // An event noun is no actor, though one may be inside it: "North Korea's demand".
      return false;
    }
    if (!(tree.isNoun(head) || tree.pos[head].equals("CD") && index.mentionAt(tree.offset + head) != null || tree.isAdjective(head) && index.mentionAt(tree.offset + head) != null)) {
      return false;
    }
    if (index.mentionAt(tree.offset + head) != null || tree.isProperNoun(head) || agentOf(tree, head) != null) {
      return true;
    }
    for (int c : tree.children(head)) {
      if ((tree.is(c, "amod") || tree.is(c, "compound") || tree.is(c, "nmod:poss")) && (countryOf(tree, c) != null || index.mentionAt(tree.offset + c) != null)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The actor a phrase names, or {@code null} if it names none or is a pronoun that cannot be
   * resolved. {@code reporter} is the actor the sentence's reporting verb names, to which a
   * pronoun in what it reports may refer ("Iraq said it would allow").
   */
  EventActor read(DependencyTree tree, int head, EventActor reporter) {
    if (!isActor(tree, head)) {
      return null;
    }
    if (tree.isPronoun(head)) {
      return pronoun(tree, head, reporter);
    }
    List<Integer> phrase = new ArrayList<>();
    collect(tree, head, phrase, 0);
    int from = head;
    int to = head;
    for (int t : phrase) {
      from = Math.min(from, t);
      to = Math.max(to, t);
    }
    int appos = tree.child(head, "appos");
    DocIndex.EntityMention own = index.mentionAt(tree.offset + head);
    if (appos < 0 && own == null && agentOf(tree, head) != null && agentOf(tree, head).person()) {
      // "the party's leader Mahmoud Abbas": a name right after a title is the person it titles
      // (close apposition), which the parser may leave unattached.
      int dep = tree.child(head, "dep");
      appos = dep > head && tree.isProperNoun(dep) && startsRightAfter(tree, dep, head) ? dep : -1;
    }
    if (own == null && appos >= 0 && index.mentionAt(tree.offset + appos) != null
        && index.mentionAt(tree.offset + appos).entity().type() == EntityType.PERSON) {
      // "a former Russian military intelligence officer, Sergei Skripal": the person is the actor.
      own = index.mentionAt(tree.offset + appos);
      to = Math.max(to, own.lastToken() - tree.offset);
    }
    if (own == null) {
      own = nameInFlat(tree, head, phrase);
    } else if (appos >= 0 && own.entity().type() == EntityType.PERSON && appos > to) {
      // "Kenzo Oshima, the United Nations Emergency Relief Coordinator": the description names him too.
      List<Integer> description = new ArrayList<>();
      collect(tree, appos, description, 0);
      for (int t : description) {
        to = Math.max(to, t);
        Agents.Agent agent = agentOf(tree, t);
        if (agent != null) {
          phrase.add(t);
        }
      }
    }
    String sector = null;
    String country = null;
    String countryEntity = null;
    DocIndex.EntityMention affiliation = null;
    for (int t : phrase) {
      if (t != head || own == null) {
        Agents.Agent agent = agentOf(tree, t);
        if (agent != null) {
          sector = Agents.moreSpecific(sector, agent.sector());
        }
      }
      Countries.Country found = countryOf(tree, t);
      if (found != null && country == null) {
        country = found.name();
        DocIndex.EntityMention mention = index.mentionAt(tree.offset + t);
        countryEntity = mention == null ? null : mention.entity().id();
      }
      DocIndex.EntityMention mention = index.mentionAt(tree.offset + t);
      if (mention != null && mention != own && affiliation == null && mention.entity().type() != EntityType.MISC) {
        affiliation = mention;
      }
    }
    if (own != null) {
      sector = Agents.moreSpecific(sector, sectorOfName(own.entity().name()));
      Countries.Country itself = own.entity().type() == EntityType.LOCATION ? countries.byName(own.entity().name()).orElse(null) : null;
      if (itself != null) {
        country = itself.name();
        countryEntity = own.entity().id();
      }
      return new EventActor(own.entity().name(), own.entity().id(), country, countryEntity, sector, tree.span(from, to));
    }
    String entity = affiliation == null ? countryEntity : affiliation.entity().id();
    if (affiliation != null) {
      sector = Agents.moreSpecific(sector, sectorOfName(affiliation.entity().name()));
    }
    String name = index.doc.text().substring(tree.start[from], tree.end[to]).replace('\n', ' ');
    return new EventActor(name, entity, country, countryEntity, sector, tree.span(from, to));
  }

  /** True if a name's words ({@code compound}, {@code flat}) begin right after a token. */
  private static boolean startsRightAfter(DependencyTree tree, int name, int token) {
    for (int t = token + 1; t < name; t++) {
      if (tree.head[t] != name || !(tree.is(t, "compound") || tree.rel[t].startsWith("flat"))) {
        return false;
      }
    }
    return true;
  }

  /** A phrase's actor heads: itself and its conjuncts if it is an actor, else the nearest actor inside it. */
  List<Integer> actorHeads(DependencyTree tree, int head) {
    if (head < 0) {
      return List.of();
    }
    if (isActor(tree, head)) {
      return withConjuncts(tree, head);
    }
    int within = actorWithin(tree, head, 2);
    return within < 0 ? List.of() : withConjuncts(tree, within);
  }

  /** The head tokens of a phrase and its conjuncts: "Iran and Turkey" gives both. */
  List<Integer> withConjuncts(DependencyTree tree, int head) {
    List<Integer> heads = new ArrayList<>();
    heads.add(head);
    for (int conjunct : tree.conjuncts(head)) {
      if (isActor(tree, conjunct)) {
        heads.add(conjunct);
      }
    }
    return heads;
  }

  /**
   * The nearest actor inside a phrase that is none itself ("Turkey's efforts", "the withdrawal of
   * Serbian forces", "a U.S. request"), breadth first, not crossing into clauses; -1 if none.
   */
  int actorWithin(DependencyTree tree, int head, int depth) {
    return actorWithin(tree, head, depth, Set.of());
  }

  /** {@link #actorWithin(DependencyTree, int, int)}, passing over words whose lemma is excluded ("a mission of observers from the OSCE"). */
  int actorWithin(DependencyTree tree, int head, int depth, Set<String> excluded) {
    List<Integer> level = List.of(head);
    for (int d = 0; d < depth; d++) {
      List<Integer> next = new ArrayList<>();
      for (int node : level) {
        for (int c : tree.children(node)) {
          if (tree.is(c, "acl") || tree.is(c, "ccomp") || tree.is(c, "advcl") || tree.is(c, "parataxis") || tree.is(c, "appos")) {
            continue;
          }
          boolean place = (tree.is(c, "nmod") || tree.is(c, "obl")) && Set.of("in", "at", "near", "on", "during", "after", "before").contains(tree.caseOf(c));
          if (!place && (tree.is(c, "nmod") || tree.is(c, "compound") || tree.is(c, "amod") || tree.is(c, "obl") || tree.is(c, "conj"))) {
            if (isActor(tree, c) && !excluded.contains(tree.lemma[c]) && !excluded.contains(tree.lower[c])) {
              return c;
            }
            next.add(c);
          }
        }
      }
      level = next;
    }
    return -1;
  }

  private void collect(DependencyTree tree, int node, List<Integer> phrase, int depth) {
    phrase.add(node);
    if (depth > 4) {
      return;
    }
    for (int c : tree.children(node)) {
      String relation = tree.rel[c];
      if (PHRASE_RELATIONS.contains(relation) || relation.startsWith("flat") || relation.startsWith("compound") && !relation.equals("compound:prt")
          || relation.equals("case") && tree.pos[c].equals("POS")
          || relation.equals("nmod") && depth == 0 && tree.caseOf(c).equals("of") && (tree.isProperNoun(c) || tree.isProperNoun(node) || agentOf(tree, node) != null)
          || relation.equals("nmod") && depth == 0 && (tree.caseOf(c).equals("from") || tree.caseOf(c).equals("in")) && agentOf(tree, node) != null
              && index.mentionAt(tree.offset + node) == null && index.mentionAt(tree.offset + c) != null) {
        if (relation.equals("nmod")) {
          phrase.add(tree.child(c, "case"));
        }
        collect(tree, c, phrase, depth + 1);
      }
    }
    phrase.removeIf(t -> t < 0);
  }

  /** A person's name among the flat or compound words of a phrase whose head is a title ("President Soares" parsed with the title as head). */
  private DocIndex.EntityMention nameInFlat(DependencyTree tree, int head, List<Integer> phrase) {
    for (int t : phrase) {
      DocIndex.EntityMention mention = index.mentionAt(tree.offset + t);
      if (mention != null && mention.entity().type() == EntityType.PERSON && (tree.is(t, "flat") || tree.is(t, "compound")) && tree.head[t] == head
          && agentOf(tree, head) != null && agents.agent(tree.lemma[head]).person()) {
        return mention;
      }
    }
    return null;
  }

  private EventActor pronoun(DependencyTree tree, int head, EventActor reporter) {
    String word = tree.lower[head];
    Span span = tree.span(head, head);
    Quote quote = index.quoteWithSpeakerAt(span);
    if (quote != null && quote.speaker().entity() != null) {
      Entity entity = index.entity(quote.speaker().entity());
      if (entity != null) {
        return new EventActor(entity.name(), entity.id(), countryOfEntity(entity), entity.type() == EntityType.LOCATION ? entity.id() : null, null, span);
      }
    }
    if (reporter != null && fits(word, reporter)) {
      return new EventActor(reporter.name(), reporter.entity(), reporter.country(), reporter.countryEntity(), reporter.sector(), span);
    }
    if (word.equals("we") || word.equals("i")) {
      return null;
    }
    DocIndex.EntityMention antecedent = index.antecedent(tree.start[head], word, PRONOUN_WINDOW);
    if (antecedent == null) {
      return null;
    }
    Entity entity = antecedent.entity();
    return new EventActor(entity.name(), entity.id(), countryOfEntity(entity), entity.type() == EntityType.LOCATION ? entity.id() : null, null, span);
  }

  /** True if a pronoun may refer to the reporting actor: "he" to a person, "it" to a body, "they" to either, "we" and "I" to the speaker. */
  private boolean fits(String pronoun, EventActor reporter) {
    boolean person = reporter.entity() != null && index.entity(reporter.entity()) != null && index.entity(reporter.entity()).type() == EntityType.PERSON
        && reporter.name().equals(index.entity(reporter.entity()).name());
    return switch (pronoun) {
      case "he", "him", "she", "her" -> person;
      case "it" -> !person;
      default -> true;
    };
  }

  private String countryOfEntity(Entity entity) {
    return entity.type() == EntityType.LOCATION ? countries.byName(entity.name()).map(Countries.Country::name).orElse(null) : null;
  }

  /** The country a word names or qualifies by: "Russian", "Russia", "U.S.". */
  Countries.Country countryOf(DependencyTree tree, int t) {
    if (!(tree.isAdjective(t) || tree.isProperNoun(t))) {
      return null;
    }
    Countries.Country country = countries.byDemonym(tree.word[t]).orElse(null);
    if (country == null && tree.isProperNoun(t)) {
      DocIndex.EntityMention mention = index.mentionAt(tree.offset + t);
      String name = mention != null ? mention.mention().text() : tree.word[t];
      country = countries.byName(name).orElse(null);
      if (country == null && mention != null) {
        country = countries.byDemonym(mention.mention().text()).orElse(null);
      }
    }
    return country;
  }

  /** The agent a token's word names, leaving out "general" in a title ("Secretary General"). */
  private Agents.Agent agentOf(DependencyTree tree, int t) {
    Agents.Agent agent = agents.agent(tree.lemma[t]);
    if (agent == null) {
      agent = agents.agent(tree.lower[t]);
    }
    if (agent != null && tree.lower[t].equals("general") && t > 0 && TITLE_BEFORE_GENERAL.contains(tree.lower[t - 1])) {
      return null;
    }
    if (agent != null && agent.thing()) {
      for (int c : tree.children(t)) {
        if (tree.is(c, "compound") && tree.pos[c].startsWith("NN") && !tree.isProperNoun(c) && agents.agent(tree.lemma[c]) == null
            && index.mentionAt(tree.offset + c) == null) {
          // "the nerve agent attack": a common noun before the word makes it a substance, not a spy.
          return null;
        }
      }
    }
    return agent;
  }

  /** The most specific sector the words of an entity's name say ("Central Intelligence Agency" is INTEL). */
  private String sectorOfName(String name) {
    String sector = null;
    for (String word : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      Agents.Agent agent = agents.agent(word);
      if (agent != null && !agent.person() && !word.equals("agency") && !word.equals("office")) {
        sector = Agents.moreSpecific(sector, agent.sector());
      }
    }
    return sector;
  }

  /** True if the actor is a person, by its entity or its head word. */
  boolean isPerson(DependencyTree tree, int head) {
    DocIndex.EntityMention mention = index.mentionAt(tree.offset + head);
    if (mention != null) {
      return mention.entity().type() == EntityType.PERSON;
    }
    if (tree.isPronoun(head)) {
      return Set.of("he", "she", "him", "her").contains(tree.lower[head]);
    }
    Agents.Agent agent = agentOf(tree, head);
    return agent != null && agent.person();
  }
}
