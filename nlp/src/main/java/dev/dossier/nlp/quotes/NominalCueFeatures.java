package dev.dossier.nlp.quotes;

import dev.dossier.core.Doc;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a common noun as a possible nominal attribution cue and names what the {@link
 * NominalCueClassifier} weighs about it. A noun is a candidate when it heads a noun phrase and
 * governs a content right after it: a "that" clause ("the claim that …"), a to-infinitive ("his
 * call to ban …") or a preposition with its object ("criticism of X", "support for X"). Its source
 * is a possessor ("Trump's claim", "his call") or else the subject of the verb whose object the
 * phrase is ("X voiced support for …", "X issued a statement that …"), or none.
 *
 * <p>The features are names of lemmas, tags and shapes only, never text of the corpus: the noun,
 * its ending, the complement's shape and preposition, the determiner, the kind of source, the
 * governing verb or preposition, and quotation marks and verbs of saying around it. The quote stage
 * and the model's derivation ({@code dossier eval nominal-cues}) read nouns through this one class,
 * so the weights learned on annotated news apply to exactly what the stage sees. Stateless apart
 * from the token view; not thread-safe.
 */
public final class NominalCueFeatures {

  /** Prepositions that join a noun of speech, thought or stance to what it is about. */
  private static final Set<String> PREPOSITIONS = Set.of("of", "for", "against", "about", "on", "over", "toward", "towards", "with", "to", "from");

  /** Possessive determiners, whose person is the source: "his call to …". */
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my", "your");

  /** The longest noun phrase before the head noun read as part of the cue, in tokens. */
  private static final int MAX_PHRASE = 6;

  /** How far back before the noun phrase the verb of its clause may stand, in tokens. */
  private static final int MAX_REACH = 8;

  private final TokenView tv;
  private final AttributionFinder finder;
  private final ContentBounds bounds;

  NominalCueFeatures(TokenView tv, AttributionFinder finder, ContentBounds bounds) {
    this.tv = tv;
    this.finder = finder;
    this.bounds = bounds;
  }

  /**
   * Every noun of the document the nominal cue model decides on, in text order, with its features:
   * what the model's derivation learns from. Reads the token and sentence layers only.
   *
   * @throws IllegalStateException if the document has no token or sentence layer
   */
  public static List<NominalCueOccurrence> occurrences(Doc doc) {
    TokenView tv = new TokenView(doc, QuoteMarks.find(doc.text()));
    AttributionFinder finder = new AttributionFinder(tv);
    NominalCueFeatures reader = new NominalCueFeatures(tv, finder, new ContentBounds(tv, finder));
    List<NominalCueOccurrence> found = new ArrayList<>();
    for (int s = 0; s < tv.sentences.size(); s++) {
      int from = tv.sentenceStart(s);
      int to = Math.min(tv.sentenceEnd(s), tv.size);
      for (int i = from; i < to; i++) {
        NominalCue cue = reader.read(i, from, to);
        if (cue != null) {
          found.add(new NominalCueOccurrence(tv.lemma[i], cue.complement(), tv.span(i, i + 1), cue.features()));
        }
      }
    }
    return found;
  }

  /**
   * The noun at {@code noun} of the sentence {@code [from, to)} read as a nominal cue, or null if
   * it cannot be one: no common noun outside quotation marks, not the head of its phrase (a noun
   * follows it), or nothing it governs right after it.
   */
  NominalCue read(int noun, int from, int to) {
    if (!(tv.pos[noun].equals("NN") || tv.pos[noun].equals("NNS")) || tv.inQuote(noun) || noun + 2 >= to) {
      return null;
    }
    int next = noun + 1;
    Complement complement;
    int content;
    String joint;
    if (tv.lower[next].equals("that") && !tv.inQuote(next) && finder.startsClause(next + 1, to)) {
      complement = Complement.CLAUSE;
      content = next;
      joint = "that:" + tv.pos[next];
    } else if (tv.lower[next].equals("to") && tv.pos[next + 1].equals("VB")) {
      complement = Complement.INFINITIVE;
      content = next;
      joint = "to";
    } else if (PREPOSITIONS.contains(tv.lower[next]) && (tv.pos[next].equals("IN") || tv.pos[next].equals("TO"))
        && (Phrases.nounPhraseAfter(tv, next + 1, to) > next + 1 || tv.pos[next + 1].equals("VBG") || tv.inQuote(next + 1))) {
      complement = Complement.OBJECT;
      content = next + 1;
      joint = tv.lower[next];
    } else {
      return null;
    }
    int phraseFrom = phraseStart(noun, from);
    int cueFrom = phraseFrom;
    int speakerFrom = -1;
    int speakerTo = -1;
    String source = "none";
    if (POSSESSIVES.contains(tv.lower[phraseFrom])) {
      speakerFrom = phraseFrom;
      speakerTo = phraseFrom + 1;
      cueFrom = phraseFrom + 1;
      source = "possessive:" + tv.lower[phraseFrom];
    } else {
      int possessive = possessiveMark(phraseFrom, noun);
      if (possessive > from) {
        int owner = Phrases.nounPhraseBefore(tv, possessive, Math.max(from, phraseFrom - Phrases.MAX_SPEAKER));
        if (owner < possessive) {
          speakerFrom = owner;
          speakerTo = possessive;
          cueFrom = possessive + 1;
          phraseFrom = Math.min(phraseFrom, owner);
          source = "owner:" + kindOf(Phrases.head(tv, owner, possessive));
        }
      }
    }
    int before = phraseFrom - 1;
    while (before >= from && tv.isAdverb(before) && !tv.inQuote(before)) {
      before--;
    }
    int governor = before >= from && tv.isVerb(before) && !tv.pos[before].equals("MD") && !tv.inQuote(before) ? before : -1;
    boolean throughPreposition = false;
    if (governor < 0 && before > from && tv.pos[before].equals("IN") && !tv.lower[before].equals("of") && tv.isVerb(before - 1) && !tv.pos[before - 1].equals("MD")
        && !tv.inQuote(before - 1)) {
      // "responded with a suggestion that …", "came out in support of …": the verb before the preposition.
      governor = before - 1;
      throughPreposition = true;
    }
    if (speakerFrom < 0 && governor >= 0 && !tv.lemma[governor].equals("be") && !Phrases.isPassive(tv, governor, from)) {
      Attribution subject = finder.subjectOf(governor, governor + 1, from, to);
      if (subject != null && subject.speakerTo() > subject.speakerFrom() && subject.speakerTo() <= governor) {
        speakerFrom = subject.speakerFrom();
        speakerTo = subject.speakerTo();
        source = "subject:" + kindOf(Phrases.head(tv, speakerFrom, speakerTo));
      }
    }
    if (speakerFrom < 0 && governor < 0) {
      int verb = clauseVerb(before, Math.max(from, phraseFrom - MAX_REACH));
      Attribution subject = verb < 0 ? null : finder.subjectOf(verb, verb + 1, from, to);
      if (subject != null && subject.speakerTo() > subject.speakerFrom() && subject.speakerTo() <= verb) {
        // "Trump stirred controversy with an assertion that …", "Trump backed away from a suggestion that …".
        speakerFrom = subject.speakerFrom();
        speakerTo = subject.speakerTo();
        source = "clause:" + kindOf(Phrases.head(tv, speakerFrom, speakerTo));
      }
    }
    int cueTo = complement == Complement.OBJECT ? content : noun + 1;
    Attribution attribution = speakerFrom >= 0
        ? new Attribution(speakerFrom, speakerTo, null, cueFrom, cueTo, -1, -1, cueTo)
        : new Attribution(cueFrom, cueFrom, null, cueFrom, cueTo, -1, -1, cueTo);
    List<String> f = features(noun, phraseFrom, cueFrom, complement, joint, source, governor, before, content, from, to);
    if (throughPreposition) {
      f.add("governor-preposition=" + tv.lower[before]);
    }
    if (noun > from && Character.isUpperCase(tv.word[noun].charAt(0))) {
      // A capitalized common noun inside a sentence: a headline in title case, whose tags are least to be trusted.
      f.add("capitalized");
    }
    return new NominalCue(noun, complement, attribution, content, f);
  }

  /**
   * The nearest main verb before {@code from} (inclusive) and no further back than {@code floor},
   * across the preposition and the other words of its object ("stirred controversy with"), but not
   * across a comma, a quotation or another clause's opener; -1 if none.
   */
  private int clauseVerb(int from, int floor) {
    for (int k = from; k >= floor; k--) {
      if (tv.inQuote(k) || tv.isComma(k) || tv.pos[k].startsWith("W") || tv.lower[k].equals("that") || tv.word[k].equals(":")) {
        return -1;
      }
      if (tv.isVerb(k)) {
        return tv.pos[k].equals("MD") || tv.lemma[k].equals("be") || Phrases.isPassive(tv, k, floor) ? -1 : k;
      }
    }
    return -1;
  }

  /** The first token of the noun phrase the noun heads: determiners, possessives, adjectives and nouns before it. */
  private int phraseStart(int noun, int from) {
    int k = noun;
    while (k > from && noun - k < MAX_PHRASE && !tv.inQuote(k - 1)) {
      String pos = tv.pos[k - 1];
      if (pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("PRP$") || pos.equals("CD") || pos.equals("POS")
          || pos.equals("HYPH") || pos.equals("VBN") || pos.equals("RBS") || pos.equals("RBR")) {
        k--;
        if (pos.equals("DT") || pos.equals("PRP$")) {
          break;
        }
        continue;
      }
      break;
    }
    return k;
  }

  /** The last possessive mark ("'s") between the phrase's start and its noun, or -1. */
  private int possessiveMark(int phraseFrom, int noun) {
    for (int k = noun - 1; k >= phraseFrom; k--) {
      if (tv.pos[k].equals("POS")) {
        return k;
      }
    }
    return -1;
  }

  private String kindOf(int head) {
    if (tv.isProperNoun(head)) {
      return "name";
    }
    if (tv.isPronoun(head)) {
      return "pronoun";
    }
    return tv.isNoun(head) ? "noun" : "other";
  }

  private List<String> features(int noun, int phraseFrom, int cueFrom, Complement complement, String joint, String source, int governor, int before,
      int content, int from, int to) {
    List<String> f = new ArrayList<>();
    String lemma = tv.lemma[noun];
    String shape = complement.label();
    String sourceKind = source.contains(":") && !source.startsWith("possessive") ? source : source.startsWith("possessive") ? "possessive" : source;
    f.add("bias");
    f.add("noun=" + lemma);
    f.add("noun+shape=" + lemma + "|" + shape);
    f.add("noun+joint=" + lemma + "|" + joint);
    f.add("shape=" + shape);
    f.add("joint=" + joint);
    f.add("tag=" + tv.pos[noun]);
    f.add("ending+shape=" + ending(lemma) + "|" + shape);
    f.add("source=" + source);
    f.add("source-kind+shape=" + sourceKind + "|" + shape);
    f.add("noun+source=" + lemma + "|" + sourceKind);
    String determiner = tv.pos[cueFrom].equals("DT") ? tv.lower[cueFrom] : cueFrom > phraseFrom || tv.pos[cueFrom].equals("PRP$") ? "possessive" : "none";
    f.add("determiner=" + determiner);
    f.add("noun+determiner=" + lemma + "|" + determiner);
    if (noun - cueFrom > (tv.pos[cueFrom].equals("DT") ? 1 : 0)) {
      f.add("modified");
    }
    if (governor >= 0) {
      f.add("governor=" + tv.lemma[governor]);
      f.add("governor+noun=" + tv.lemma[governor] + "|" + lemma);
      f.add("governor+shape=" + tv.lemma[governor] + "|" + shape);
    } else {
      String b = before < from ? "start" : tv.pos[before].equals("IN") || tv.pos[before].equals("TO") ? tv.lower[before] : tv.isPunctuation(before) ? tv.word[before] : tv.pos[before];
      f.add("before=" + b);
      f.add("before+shape=" + b + "|" + shape);
    }
    int length = 0;
    int end = bounds.contentEnd(content, to, complement);
    for (int k = content; k < end; k++) {
      length += tv.isPunctuation(k) ? 0 : 1;
    }
    f.add("length+shape=" + (length <= 3 ? "1-3" : length <= 8 ? "4-8" : length <= 16 ? "9-16" : "17+") + "|" + shape);
    String opens = tv.isProperNoun(content) ? "name" : tv.isPronoun(content) || tv.pos[content].equals("PRP$") ? "pronoun"
        : tv.pos[content].equals("DT") || tv.pos[content].equals("IN") || tv.pos[content].equals("TO") ? tv.lower[content] : tv.pos[content];
    f.add("opens+shape=" + opens + "|" + shape);
    if (content < to && tv.inQuote(content)) {
      f.add("quoted-content");
    }
    for (int k = from; k < to; k++) {
      if (tv.inQuote(k)) {
        f.add("quote-in-sentence");
        break;
      }
    }
    for (int k = from; k < phraseFrom; k++) {
      if (!tv.inQuote(k) && finder.cueAt(k) > 0 && finder.kind(k) == Cues.Kind.SPEECH) {
        f.add("speech-before");
        break;
      }
    }
    if (tv.sentence[noun] == 0) {
      f.add("first-sentence");
    }
    return f;
  }

  /** The last three letters of a lemma, which name its derivation ("-ion", "-ent", "-ism") for nouns the model has not seen. */
  private static String ending(String lemma) {
    return lemma.length() <= 3 ? lemma : lemma.substring(lemma.length() - 3).toLowerCase(Locale.ROOT);
  }
}
