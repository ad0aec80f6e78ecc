package dev.dossier.nlp.quotes;

import dev.dossier.core.Entity;
import dev.dossier.core.EntityType;
import dev.dossier.core.Mention;
import dev.dossier.core.Span;
import dev.dossier.core.Speaker;
import dev.dossier.nlp.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the phrase that names a speaker into a {@link Speaker}, within one article.
 *
 * <ul>
 *   <li>A phrase whose head is a mention of an entity names that entity; the rest of the phrase
 *       is its description ("CIA Director" in "CIA Director Mike Pompeo").
 *   <li>A pronoun refers to the latest speaker of a fitting kind in the last few sentences, else
 *       to the latest entity of a fitting type mentioned outside quotes.
 *   <li>A definite description ("the agency", "the Russian embassy", "the president") refers to
 *       an entity whose name holds its head noun, to a person the article titles so ("President
 *       Donald Trump"), or to an earlier speaker so described; failing those it stays a
 *       description.
 *   <li>An unnamed source ("a former senior intelligence official", "officials", "a source
 *       familiar with the matter") is an anonymous speaker; a spokesperson of a named organisation
 *       speaks for it, so is linked to it.
 *   <li>A possessor names whom an office speaks for: "Coats' office" is linked to Coats.
 * </ul>
 *
 * <p>It remembers the speakers it resolved, so later pronouns and descriptions can refer to them:
 * resolve in text order. One instance per document; not thread-safe.
 */
final class SpeakerResolver {

  /** How many sentences back a pronoun or description looks for an earlier speaker. */
  private static final int SPEAKER_WINDOW = 4;

  /** Nouns that name a source without naming who it is. */
  static final Set<String> SOURCE_NOUNS =
      Set.of(
          "official", "source", "spokesperson", "spokesman", "spokeswoman", "aide", "adviser", "advisor", "person", "people", "insider",
          "diplomat", "officer", "analyst", "expert", "staffer", "employee", "member", "lawmaker", "representative", "strategist", "operative",
          "investigator", "agent", "witness", "resident", "observer", "participant", "associate", "ally", "friend", "confidant", "executive",
          "worker", "veteran", "lawyer", "attorney", "legislator", "senator", "congressman", "leader", "activist", "supporter", "critic",
          "voter", "economist", "scientist", "researcher", "historian", "doctor", "officials", "sources", "spokespeople", "aides", "advisers",
          "advisors", "insiders", "diplomats", "officers", "analysts", "experts", "staffers", "employees", "members", "lawmakers",
          "representatives", "strategists", "operatives", "investigators", "agents", "witnesses", "residents", "observers", "participants",
          "associates", "allies", "friends", "executives", "workers", "veterans", "lawyers", "attorneys", "legislators", "leaders", "activists",
          "supporters", "critics", "voters", "economists", "scientists", "researchers", "historians", "doctors", "police", "authorities");

  /** Sources that speak for an organisation, so are linked to it when it is named. */
  private static final Set<String> SPOKES_NOUNS =
      Set.of("spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative", "representatives", "office", "press", "statement");

  /** Heads of descriptions that name an organisation ("the network", "the agency"). */
  private static final Set<String> ORGANIZATION_NOUNS =
      Set.of(
          "agency", "network", "channel", "tv-channel", "newspaper", "paper", "publication", "outlet", "company", "firm", "group", "organization",
          "organisation", "embassy", "ministry", "department", "administration", "government", "campaign", "committee", "office", "bureau",
          "service", "council", "commission", "court", "board", "party", "team", "union", "institute", "center", "centre", "fund", "bank", "league",
          "club", "association", "foundation", "university", "school", "website", "site", "magazine", "broadcaster", "station", "kremlin",
          "white", "house", "pentagon", "cabinet", "parliament", "congress", "senate", "army", "military", "police", "report", "study", "survey",
          "poll", "statement", "post", "times", "journal");

  private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "two", "three", "several", "some", "multiple", "many", "other", "another", "few", "various", "numerous", "dozens");

  /** Honorifics, which are no description: "Mr. McKinley" is described by nothing. */
  private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "prof", "prof.");

  private record Remembered(Speaker speaker, EntityType type, boolean plural, int sentence, String head) {}

  private final TokenView tv;
  private final List<Entity> entities;
  /** Mention start offset to the mention and its entity. */
  private final TreeMap<Integer, Entity> entityAt = new TreeMap<>();
  private final TreeMap<Integer, Mention> mentionAt = new TreeMap<>();
  private final List<Remembered> history = new ArrayList<>();

  SpeakerResolver(TokenView tv, List<Entity> entities) {
    this.tv = tv;
    this.entities = entities;
    for (Entity entity : entities) {
      for (Mention mention : entity.mentions()) {
        entityAt.put(mention.span().start(), entity);
        mentionAt.put(mention.span().start(), mention);
      }
    }
  }

  /**
   * The speaker the phrase [from, to) of tokens names, remembered for later references.
   *
   * @param aside an appositive or relative clause set off after the phrase, as a description, or {@code null}
   */
  Speaker resolve(int from, int to, String aside) {
    Speaker speaker = interpret(from, to, aside);
    if (speaker != null) {
      int head = Phrases.head(tv, from, to);
      Entity entity = speaker.entity() == null ? null : byId(speaker.entity());
      EntityType type = entity != null ? entity.type() : guessType(head);
      history.add(new Remembered(speaker, type, isPlural(head), tv.sentence[from], tv.lower[head]));
    }
    return speaker;
  }

  /** Remembers a speaker credited without a phrase of its own (a quote continued from an earlier one). */
  void remember(Speaker speaker, int token) {
    Entity entity = speaker.entity() == null ? null : byId(speaker.entity());
    history.add(new Remembered(speaker, entity == null ? null : entity.type(), false, tv.sentence[token], ""));
  }

  private Speaker interpret(int from, int to, String aside) {
    Span span = tv.span(from, to);
    int head = Phrases.head(tv, from, to);
    String phrase = stripArticle(tv.text(from, to));
    if (tv.isPronoun(head) && to - from == 1) {
      return pronoun(head, span);
    }
    Mention headMention = mentionCovering(head);
    Mention anyMention = firstMention(from, to);
    if (headMention != null) {
      Entity entity = entityAt.get(headMention.span().start());
      String description = descriptionAround(from, to, headMention, aside);
      return new Speaker(entity.name(), entity.id(), false, description, span);
    }
    String headWord = tv.lower[head];
    boolean possessive = hasPossessive(from, to);
    if (SOURCE_NOUNS.contains(headWord) && !possessive && !isDefinite(from)) {
      Entity speaksFor = SPOKES_NOUNS.contains(headWord) && anyMention != null ? entityAt.get(anyMention.span().start()) : null;
      return new Speaker(phrase, speaksFor == null ? null : speaksFor.id(), true, joined(phrase, aside), span);
    }
    if (possessive && (anyMention != null || possessor(from, to) != null)) {
      Entity owner = anyMention != null ? entityAt.get(anyMention.span().start()) : possessor(from, to);
      return new Speaker(phrase, owner.id(), SOURCE_NOUNS.contains(headWord) && !SPOKES_NOUNS.contains(headWord), joined(phrase, aside), span);
    }
    if (isDefinite(from) || tv.pos[from].equals("PRP$")) {
      Speaker earlier = definiteDescription(head, span, phrase);
      if (earlier != null) {
        return earlier;
      }
      boolean anonymous = SOURCE_NOUNS.contains(headWord) && anyMention == null;
      return new Speaker(phrase, null, anonymous, joined(phrase, aside), span);
    }
    if (tv.isProperNoun(head)) {
      Entity named = byName(phrase);
      return new Speaker(named == null ? phrase : named.name(), named == null ? null : named.id(), false, aside, span);
    }
    if (anyMention != null && SOURCE_NOUNS.contains(headWord)) {
      return new Speaker(phrase, null, true, joined(phrase, aside), span);
    }
    boolean anonymous = SOURCE_NOUNS.contains(headWord) || INDEFINITE.contains(tv.lower[from]);
    return new Speaker(phrase, null, anonymous, joined(phrase, aside), span);
  }

  private Speaker pronoun(int token, Span span) {
    String word = tv.lower[token];
    int sentence = tv.sentence[token];
    switch (word) {
      case "he", "she", "him", "her" -> {
        Remembered recent = recentSpeaker(sentence, r -> r.type == EntityType.PERSON || r.type == null && !r.plural && r.speaker.entity() == null && isPersonHead(r.head));
        if (recent != null) {
          return refer(recent.speaker, span, tv.word[token]);
        }
        Entity person = recentEntity(tv.start[token], EntityType.PERSON);
        return person == null ? new Speaker(tv.word[token], null, false, null, span) : new Speaker(person.name(), person.id(), false, tv.word[token], span);
      }
      case "it", "they", "them" -> {
        boolean plural = !word.equals("it");
        Remembered recent = recentSpeaker(sentence, r -> r.type == EntityType.ORGANIZATION || r.type == EntityType.LOCATION || plural && r.plural);
        if (recent != null) {
          return refer(recent.speaker, span, tv.word[token]);
        }
        Entity organization = recentEntity(tv.start[token], EntityType.ORGANIZATION);
        return organization == null || plural
            ? new Speaker(tv.word[token], null, false, null, span)
            : new Speaker(organization.name(), organization.id(), false, tv.word[token], span);
      }
      default -> {
        return new Speaker(tv.word[token], null, false, null, span);
      }
    }
  }

  private static Speaker refer(Speaker earlier, Span span, String phrase) {
    String description = earlier.anonymous() ? earlier.description() : phrase;
    return new Speaker(earlier.name(), earlier.entity(), earlier.anonymous(), description, span);
  }

  /** "the agency", "the president", "the source": an entity or earlier speaker the description fits. */
  private Speaker definiteDescription(int head, Span span, String phrase) {
    String headWord = tv.lower[head];
    int sentence = tv.sentence[head];
    Remembered described = recentSpeaker(sentence, r -> r.head.equals(headWord) || r.speaker.description() != null
        && containsWord(r.speaker.description(), headWord));
    if (described != null) {
      return refer(described.speaker, span, phrase);
    }
    Entity best = null;
    int bestAt = -1;
    for (Entity entity : entities) {
      for (Mention mention : entity.mentions()) {
        int at = mention.span().start();
        if (at >= span.start() || at <= bestAt) {
          continue;
        }
        if (containsWord(entity.name(), headWord) || entity.type() == EntityType.PERSON && titledAs(mention, headWord)) {
          best = entity;
          bestAt = at;
        }
      }
    }
    if (best != null && headWord.length() > 2) {
      return new Speaker(best.name(), best.id(), false, phrase, span);
    }
    if (ORGANIZATION_NOUNS.contains(headWord)) {
      Remembered organization = recentSpeaker(sentence, r -> r.type == EntityType.ORGANIZATION && r.speaker.entity() != null);
      if (organization != null) {
        return refer(organization.speaker, span, phrase);
      }
    }
    return null;
  }

  /** True if the word before the mention is the title ("President Donald Trump" for "president"). */
  private boolean titledAs(Mention mention, String title) {
    int at = mention.span().start();
    String before = tv.text.substring(Math.max(0, at - 40), at).strip();
    int space = before.lastIndexOf(' ');
    String word = (space < 0 ? before : before.substring(space + 1)).toLowerCase(Locale.ROOT);
    if (word.equals(title)) {
      return true;
    }
    String first = mention.text().split("\\s+")[0].toLowerCase(Locale.ROOT).replace(".", "");
    return first.equals(title);
  }

  private Remembered recentSpeaker(int sentence, java.util.function.Predicate<Remembered> fits) {
    for (int i = history.size() - 1; i >= 0; i--) {
      Remembered r = history.get(i);
      if (sentence - r.sentence > SPEAKER_WINDOW) {
        break;
      }
      if (fits.test(r)) {
        return r;
      }
    }
    return null;
  }

  /** The entity of the given type mentioned last before {@code offset}, outside quotes. */
  private Entity recentEntity(int offset, EntityType type) {
    for (Integer at = entityAt.lowerKey(offset); at != null; at = entityAt.lowerKey(at)) {
      Entity entity = entityAt.get(at);
      if (entity.type() == type && !insideRegion(at)) {
        return entity;
      }
      if (offset - at > 3000) {
        break;
      }
    }
    return null;
  }

  private boolean insideRegion(int offset) {
    for (QuotedRegion region : tv.regions) {
      if (region.outer().start() <= offset && offset < region.outer().end()) {
        return true;
      }
      if (region.outer().start() > offset) {
        break;
      }
    }
    return false;
  }

  private Mention mentionCovering(int token) {
    var entry = mentionAt.floorEntry(tv.start[token]);
    return entry != null && entry.getValue().span().end() >= tv.end[token] ? entry.getValue() : null;
  }

  private Mention firstMention(int from, int to) {
    var entry = mentionAt.ceilingEntry(tv.start[from]);
    return entry != null && entry.getValue().span().end() <= tv.end[to - 1] ? entry.getValue() : null;
  }

  /** The phrase around the head mention, without articles and punctuation: "CIA Director" for "CIA Director Mike Pompeo". */
  private String descriptionAround(int from, int to, Mention mention, String aside) {
    int phraseStart = tv.start[from];
    int phraseEnd = tv.end[to - 1];
    String before = tv.text.substring(phraseStart, Math.max(phraseStart, Math.min(phraseEnd, mention.span().start()))).strip();
    String after = tv.text.substring(Math.min(phraseEnd, Math.max(phraseStart, mention.span().end())), phraseEnd).strip();
    String description = stripArticle((before + " " + after).strip());
    while (description.endsWith(",") || description.endsWith("'s")) {
      description = description.substring(0, description.length() - (description.endsWith(",") ? 1 : 2)).strip();
    }
    if (description.isEmpty() || !description.chars().anyMatch(Character::isLetter) || HONORIFICS.contains(description.toLowerCase(Locale.ROOT))) {
      description = null;
    }
    return description == null ? aside : aside == null ? description : description + ", " + aside;
  }

  private Entity byId(String id) {
    for (Entity entity : entities) {
      if (entity.id().equals(id)) {
        return entity;
      }
    }
    return null;
  }

  /** The entity named before a possessive ending in the phrase, when the recogniser missed it there: "Coats' office". */
  private Entity possessor(int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (tv.pos[i].equals("POS")) {
        return byName(tv.text(from, i));
      }
    }
    return null;
  }

  /** The entity with this name or alias, or the one person whose last name it is. */
  private Entity byName(String phrase) {
    String key = Names.key(Names.clean(phrase));
    if (key.isEmpty()) {
      return null;
    }
    Entity byLastName = null;
    for (Entity entity : entities) {
      if (Names.key(entity.name()).equals(key) || entity.aliases().stream().anyMatch(a -> Names.key(a).equals(key))) {
        return entity;
      }
      if (entity.type() == EntityType.PERSON && !key.contains(" ") && Names.key(entity.name()).endsWith(" " + key)) {
        byLastName = entity;
      }
    }
    return byLastName;
  }

  private EntityType guessType(int head) {
    String word = tv.lower[head];
    if (ORGANIZATION_NOUNS.contains(word)) {
      return EntityType.ORGANIZATION;
    }
    return isPersonHead(word) ? EntityType.PERSON : null;
  }

  private static boolean isPersonHead(String word) {
    return SOURCE_NOUNS.contains(word) && !word.endsWith("s") || Set.of("president", "minister", "director", "secretary", "chief", "head",
        "governor", "mayor", "candidate", "nominee", "chairman", "chairwoman", "judge", "ambassador", "general", "man", "woman").contains(word);
  }

  private boolean isPlural(int head) {
    return tv.pos[head].equals("NNS") || tv.pos[head].equals("NNPS") || tv.lower[head].equals("they") || tv.lower[head].equals("police");
  }

  private boolean isDefinite(int from) {
    String first = tv.lower[from];
    return first.equals("the") || first.equals("this") || first.equals("that") || first.equals("these") || first.equals("those");
  }

  private boolean hasPossessive(int from, int to) {
    for (int i = from; i < to; i++) {
      if (tv.pos[i].equals("POS")) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsWord(String text, String word) {
    for (String part : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
      if (part.equals(word)) {
        return true;
      }
    }
    return false;
  }

  static String stripArticle(String phrase) {
    String p = phrase.strip();
    if (p.regionMatches(true, 0, "the ", 0, 4) && p.length() > 4) {
      return p.substring(4);
    }
    return p;
  }

  private static String joined(String phrase, String aside) {
    return aside == null ? phrase : phrase + ", " + aside;
  }
}
