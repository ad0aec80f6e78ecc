package dev.dossier.nlp.quotes;

import java.util.Set;

/**
 * Stances and appearances that no verb of saying reports, for {@link ReportedSpeech}: "be" with an
 * adjective of belief or feeling and a clause ("Democrats are concerned that …"), "be" with an
 * adjective of stance and a preposition ("has been critical of Mr. Trump", "was upfront about her
 * distaste"), and "seem" or "appear" with no source ("It appears that …", "The GRU appears to have
 * …"). The contents end as {@link ContentBounds} says, through the reader's own trimming
 * ({@link Contents}). Stateless apart from the token view; not thread-safe.
 */
final class StancePredicates {

  /** Makes a candidate of a content: {@link ReportedSpeech}'s trimming, ending and word count. */
  @FunctionalInterface
  interface Contents {
    Candidate make(int from, int to, Attribution attribution, int minWords);
  }

  private final TokenView tv;
  private final AttributionFinder finder;
  private final ContentBounds bounds;
  private final VerbGroups verbs;
  private final Contents contents;

  StancePredicates(TokenView tv, AttributionFinder finder, ContentBounds bounds, VerbGroups verbs, Contents contents) {
    this.tv = tv;
    this.finder = finder;
    this.bounds = bounds;
    this.verbs = verbs;
    this.contents = contents;
  }

  /** Adjectives of belief and feeling that report a clause after "be": "is convinced that", "are concerned that". */
  private static final Set<String> ATTITUDES = Set.of(
      "concerned", "worried", "confident", "convinced", "sure", "certain", "hopeful", "optimistic", "pessimistic", "skeptical", "sceptical",
      "adamant", "aware", "afraid", "fearful", "glad", "happy", "proud", "sorry", "angry", "upset", "disappointed", "pleased", "satisfied",
      "determined", "insistent", "positive", "doubtful", "frustrated", "furious", "surprised", "shocked", "thankful", "grateful", "alarmed");

  /** Adjectives of stance that report what they are about after "be" and a preposition: "has been critical of Mr. Trump". */
  private static final Set<String> STANCES = Set.of(
      "critical", "supportive", "wary", "fond", "enamored", "dismissive", "suspicious", "contemptuous", "tolerant", "respectful", "scornful",
      "clear", "upfront", "open", "vocal", "outspoken", "candid", "frank", "blunt", "shy", "quiet", "silent", "vague", "firm", "passionate",
      "enthusiastic", "excited", "nervous", "anxious", "uneasy", "unhappy", "comfortable", "uncomfortable", "impressed", "unimpressed",
      "thrilled", "divided", "split", "opposed", "committed", "receptive", "hostile", "sympathetic", "resistant", "bullish", "bearish", "upbeat",
      "measured", "lukewarm", "eager", "keen", "intrigued", "interested", "obsessed", "consumed", "fixated", "assured", "serious", "honest",
      "mindful", "cautious", "defensive", "apologetic", "unapologetic", "ambivalent", "agnostic", "dubious", "leery", "tough", "soft", "harsh");

  /** Adjectives of stance that mean something else before "to": "open to question", "critical to success". */
  private static final Set<String> NOT_STANCES_TO = Set.of("open", "critical", "clear", "comfortable", "serious", "honest", "soft", "tough", "harsh");

  /** Prepositions after an adjective of stance that open what the stance is about. */
  private static final Set<String> STANCE_PREPOSITIONS = Set.of("about", "of", "with", "on", "over", "to", "toward", "towards", "in");

  /**
   * True if the adjective at {@code j} and the preposition after it take a stance towards what
   * follows: "is critical of", "was upfront about", "were divided over", "is opposed to" and a
   * noun phrase or gerund (not "to" and a verb: "is eager to run" is a wish with no object).
   */
  private boolean isStanceTowards(int j, int to) {
    if (j + 2 >= to || tv.inQuote(j + 1) || !tv.pos[j].startsWith("JJ") && !tv.pos[j].equals("VBN") && !tv.pos[j].equals("VBD")) {
      return false;
    }
    String adjective = tv.lower[j];
    String preposition = tv.lower[j + 1];
    if (!(ATTITUDES.contains(adjective) || STANCES.contains(adjective)) || !STANCE_PREPOSITIONS.contains(preposition)) {
      return false;
    }
    if (preposition.equals("in") && !adjective.equals("interested") || preposition.equals("to") && NOT_STANCES_TO.contains(adjective)) {
      // "were split in the caucuses", "is open to interpretation", "is critical to winning": no stance towards the phrase.
      return false;
    }
    return !tv.pos[j + 2].equals("VB") && (Phrases.nounPhraseAfter(tv, j + 2, to) > j + 2 || tv.pos[j + 2].equals("VBG") || tv.inQuote(j + 2)
        || tv.lower[j + 2].equals("whether") || tv.lower[j + 2].equals("how") || tv.lower[j + 2].equals("what"));
  }

  /** Subjects of "be" that only stand in for the clause after it: "it is certain that". */
  private static final Set<String> EXPLETIVES = Set.of("it", "this", "that", "there", "which");

  /**
   * A predicate of several words that reports a stance: "be" with an adjective of belief or feeling
   * and a clause ("Democrats are concerned that …", "she is confident the deal will hold"). Not
   * negated ("is not convinced"), and not with an expletive subject ("it is certain that").
   */
  Candidate predicate(int verb, int from, int to) {
    if (tv.inQuote(verb) || !tv.lemma[verb].equals("be") || verbs.isNegated(verb, from)) {
      return null;
    }
    int j = verb + 1;
    while (j < to && tv.isAdverb(j) && !tv.lower[j].equals("not") && !tv.lower[j].equals("n't")) {
      j++;
    }
    if (j + 1 >= to || tv.inQuote(j)) {
      return null;
    }
    boolean clause = ATTITUDES.contains(tv.lower[j]) && (tv.lower[j + 1].equals("that") || !tv.lower[j + 1].equals("to") && finder.startsClause(j + 1, to));
    boolean object = !clause && isStanceTowards(j, to);
    if (!clause && !object) {
      return null;
    }
    if (!verbs.hasOwnSubject(verb, from)) {
      return null;
    }
    Attribution subject = finder.subjectOf(verb, verb + 1, from, to);
    if (subject == null || subject.speakerTo() - subject.speakerFrom() == 1 && EXPLETIVES.contains(tv.lower[subject.speakerFrom()])) {
      return null;
    }
    int k = object ? j + 2 : j + 1;
    Attribution attribution = new Attribution(subject.speakerFrom(), subject.speakerTo(), subject.aside(), verb, k, -1, -1, k);
    Candidate candidate = object
        ? contents.make(k, bounds.contentEnd(k, to, Complement.OBJECT), attribution, 1)
        : contents.make(k, bounds.contentEnd(k, to, Complement.CLAUSE), attribution, 2);
    if (candidate != null) {
      candidate.stance = true;
    }
    return candidate;
  }

  /** Verbs of appearance, by which the writer reports how a thing looks with no one as its source. */
  private static final Set<String> APPEARANCES = Set.of("seem", "appear");

  /**
   * An appearance the writer reports without a source: "It appears, though, that the game wasn't
   * boring to everyone" (the clause), "Hizbollah seems unlikely to take on Israel again", "Much of
   * that spending appears to be from groups …" (the subject and its predicate, in two parts, as
   * PolNeAR marks them). Not negated ("does not seem"), and not with an object of its own ("appeared
   * on television", "appeared at a rally": a showing up, not a seeming).
   */
  Candidate seeming(int verb, int from, int to) {
    if (!APPEARANCES.contains(tv.lemma[verb]) || tv.inQuote(verb) || tv.pos[verb].equals("VBG") || !verbs.hasOwnSubject(verb, from)
        || verbs.isNegated(verb, from)) {
      return null;
    }
    int k = Phrases.skipAdverbials(tv, verb + 1, to);
    k = bounds.skipCommaSetAdverbial(k, to);
    if (k + 1 >= to || tv.inQuote(k)) {
      return null;
    }
    boolean infinitive = tv.lower[k].equals("to") && tv.pos[k + 1].equals("VB");
    boolean adjective = tv.pos[k].startsWith("JJ") && !tv.lower[k + 1].equals("that");
    Attribution subject = finder.subjectOf(verb, verb + 1, from, to);
    boolean expletive = subject != null && subject.speakerTo() - subject.speakerFrom() == 1 && tv.lower[subject.speakerFrom()].equals("it");
    Attribution attribution = new Attribution(verb, verb, null, verb, verb + 1, -1, -1, k);
    if (expletive && (tv.lower[k].equals("that") || finder.startsClause(k, to) && !infinitive && !adjective)) {
      Candidate clause = contents.make(tv.lower[k].equals("that") ? k + 1 : k, bounds.contentEnd(k, to, Complement.CLAUSE), attribution, 2);
      if (clause != null) {
        clause.stance = true;
      }
      return clause;
    }
    if (subject == null || expletive || !(infinitive || adjective) || subject.speakerFrom() > verb) {
      return null;
    }
    int subjectTo = verb;
    while (subjectTo > subject.speakerFrom()
        && (tv.isComma(subjectTo - 1) || tv.isAdverb(subjectTo - 1) || tv.pos[subjectTo - 1].equals("MD") || tv.lemma[subjectTo - 1].equals("do"))) {
      subjectTo--;
    }
    Candidate seen = contents.make(subject.speakerFrom(), subjectTo, attribution, 1);
    if (seen == null) {
      return null;
    }
    int end = bounds.contentEnd(k, to, Complement.INFINITIVE);
    if (end - k < 2) {
      return null;
    }
    seen.parts.add(tv.span(k, end));
    seen.stance = true;
    return seen;
  }
}
