package dev.dossier.nlp.quotes;

import dev.dossier.core.Doc;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Reads a verb as a possible learned attribution cue and names what the {@link CueClassifier}
 * weighs about it: the cue and the shape of its complement ("call for" + object), its tag, tense,
 * modal and aspect, the verb that governs it as an infinitive, what kind of phrase its subject is
 * (a name, a pronoun, a common noun, none), what stands before the subject and between it and the
 * verb, what its complement opens with and how long it runs, where it stands in the sentence and
 * the article, whether the sentence ends with a stop, and quotation marks and verbs of saying
 * around it. The quote stage and the model's derivation ({@code dossier eval cues}) read verbs through
 * this one class, so the weights learned on annotated news apply to exactly what the stage sees.
 *
 * <p>Features are names of lemmas, tags and shapes only, never text of the corpus. Stateless
 * apart from the token view; not thread-safe.
 */
public final class CueFeatures {

  /** Modals kept by name: they mark a wish, a prediction or a possibility. */
  private static final Set<String> MODALS = Set.of("will", "would", "could", "can", "may", "might", "should", "must");

  private final TokenView tv;
  private final AttributionFinder finder;
  private final CueReader cues;
  private final VerbGroups verbs;

  CueFeatures(TokenView tv, AttributionFinder finder) {
    this.tv = tv;
    this.finder = finder;
    this.cues = new CueReader(tv, finder);
    this.verbs = new VerbGroups(tv);
  }

  /**
   * Every verb of the document the learned cues decide on, in text order, with its features: what
   * the model's derivation learns from. A governing verb is taken for a cue when it is one of the
   * hand-written verbs of saying, thinking or showing. Reads the token and sentence layers only.
   *
   * @throws IllegalStateException if the document has no token or sentence layer
   */
  public static List<CueOccurrence> occurrences(Doc doc) {
    TokenView tv = new TokenView(doc, QuoteMarks.find(doc.text()));
    AttributionFinder finder = new AttributionFinder(tv);
    CueFeatures reader = new CueFeatures(tv, finder);
    List<CueOccurrence> found = new ArrayList<>();
    for (int s = 0; s < tv.sentences.size(); s++) {
      int from = tv.sentenceStart(s);
      int to = Math.min(tv.sentenceEnd(s), tv.size);
      for (int i = from; i < to; i++) {
        LearnedCue cue = reader.read(i, from, to, governor -> finder.cueAt(governor) > 0);
        if (cue != null) {
          found.add(new CueOccurrence(reader.cues.key(i, cue.cueEnd()), cue.complement(), tv.span(i, i + 1), tv.span(i, cue.cueEnd()), cue.features()));
        }
      }
    }
    return found;
  }

  /**
   * The verb at {@code verb} of the sentence {@code [from, to)} read as a learned cue, or null if it
   * cannot be one whatever its weight: no main verb outside quotation marks, negated ("does not
   * discuss": a quote has no polarity), without a subject of its own to be the speaker, an
   * infinitive whose governing verb already reports it ({@code isCue}: "agreed to discuss"), with
   * nothing after it, a verb of thought with only an object ("Analysts expect growth"), or a
   * quotation after it (the direct quote's to attribute). A passive is read with its agent as the
   * speaker ("was rejected by the voters") or, raising its subject into an infinitive ("is expected
   * to"), with no speaker; either way its subject is the content ({@link Complement#PASSIVE}).
   */
  LearnedCue read(int verb, int from, int to, IntPredicate isCue) {
    if (!cues.isCandidate(verb)) {
      return null;
    }
    if (Phrases.isPassive(tv, verb, from)) {
      return passive(verb, from, to);
    }
    int governor = finder.infinitiveGovernor(verb, from);
    if (governor < 0 && !verbs.hasOwnSubject(verb, from) || verbs.isNegated(verb, from) || governor >= 0 && isCue.test(governor)) {
      return null;
    }
    int cueEnd = cues.cueEnd(verb);
    Complement complement = cues.complement(cueEnd);
    if (complement == Complement.NONE || complement == Complement.OBJECT && Cues.kind(tv.lemma[verb]) == Cues.Kind.THOUGHT) {
      return null;
    }
    Attribution attribution = governor >= 0 ? finder.subjectOfInfinitive(governor, verb, cueEnd, from, to) : finder.subjectOf(verb, cueEnd, from, to);
    if (attribution == null) {
      return null;
    }
    int k = cueEnd;
    while (k < to && tv.isAdverb(k) && !tv.inQuote(k)) {
      k++;
    }
    if (k >= to || tv.inQuote(k)) {
      return null;
    }
    return new LearnedCue(verb, cueEnd, complement, attribution, k, -1, -1, features(verb, cueEnd, complement, attribution, governor, k, from, to));
  }

  /**
   * A passive verb with its agent ("The proposal was rejected by 64 percent of the voters", "The
   * meeting was first reported by Politico") read as a learned cue: the agent is the speaker and
   * the subject is what was said, done or judged. Null without a "by" phrase right after the verb,
   * without a subject phrase before it, when negated ("was not endorsed by"), or for a verb whose
   * subject would be the addressee ("was asked by", "was told by").
   */
  private LearnedCue passive(int verb, int from, int to) {
    int by = verb + 1;
    while (by < to && tv.isAdverb(by) && !tv.inQuote(by)) {
      by++;
    }
    if (by + 2 < to && tv.lower[by].equals("to") && tv.pos[by + 1].equals("VB") && !tv.inQuote(by) && !verbs.isNegated(verb, from)) {
      return raised(verb, by, from, to);
    }
    if (by + 1 >= to || !tv.lower[by].equals("by") || tv.inQuote(by + 1) || verbs.isNegated(verb, from) || Cues.isAddressed(tv.lemma[verb])) {
      // "Sanders was asked by the host": the subject of a passive verb of address is whom it was said to, not what.
      return null;
    }
    int agentEnd = Phrases.nounPhraseAfter(tv, by + 1, to);
    if (agentEnd <= by + 1) {
      return null;
    }
    Attribution subject = finder.speakerBefore(verb, from);
    if (subject == null || tv.isPronoun(Phrases.head(tv, subject.speakerFrom(), subject.speakerTo())) && !tv.lower[subject.speakerFrom()].equals("it")) {
      // A personal pronoun patient ("he was backed by") is a person, not a proposition or act: left to the plain cues.
      return null;
    }
    Attribution attribution = new Attribution(by + 1, agentEnd, null, verb, verb + 1, -1, -1, agentEnd);
    return new LearnedCue(verb, verb + 1, Complement.PASSIVE, attribution, subject.speakerFrom(), subject.speakerTo(), -1,
        passiveFeatures(verb, attribution, subject, from, to));
  }

  /**
   * A passive verb that raises its subject into an infinitive ("Trump is expected to unveil his
   * ad", "The sale is said to expand …"): what is expected or said is the subject with the
   * infinitive, and nobody in the sentence says it. Null without a subject phrase before the verb.
   */
  private LearnedCue raised(int verb, int infinitive, int from, int to) {
    Attribution subject = finder.speakerBefore(verb, from);
    if (subject == null) {
      return null;
    }
    Attribution attribution = new Attribution(verb, verb, null, verb, verb + 1, -1, -1, infinitive);
    List<String> f = passiveFeatures(verb, attribution, subject, from, to);
    f.add("raised");
    f.add("cue+raised=" + tv.lemma[verb]);
    return new LearnedCue(verb, verb + 1, Complement.PASSIVE, attribution, subject.speakerFrom(), subject.speakerTo(), infinitive, f);
  }

  private List<String> passiveFeatures(int verb, Attribution agent, Attribution patient, int from, int to) {
    List<String> f = new ArrayList<>();
    String shape = Complement.PASSIVE.label();
    Cues.Kind kind = Cues.kind(tv.lemma[verb]);
    String subject = subjectKind(agent);
    f.add("bias");
    f.add("cue=" + tv.lemma[verb]);
    f.add("cue+shape=" + tv.lemma[verb] + "|" + shape);
    f.add("shape=" + shape);
    f.add("kind+shape=" + (kind == null ? "learned" : kind.name().toLowerCase(Locale.ROOT)) + "|" + shape);
    f.add("subject+shape=" + subject + "|" + shape);
    f.add("cue+subject=" + tv.lemma[verb] + "|" + subject);
    if (agent.speakerTo() > agent.speakerFrom()) {
      int head = Phrases.head(tv, agent.speakerFrom(), agent.speakerTo());
      if (tv.isNoun(head) && !tv.isProperNoun(head)) {
        f.add("subject-head=" + tv.lemma[head]);
      }
    }
    int patientHead = Phrases.head(tv, patient.speakerFrom(), patient.speakerTo());
    f.add("object=" + (tv.isProperNoun(patientHead) ? "name" : tv.isPronoun(patientHead) ? "pronoun" : tv.pos[patientHead].equals("NNS") ? "nouns" : "noun") + "|" + shape);
    if (tv.isNoun(patientHead) && !tv.isProperNoun(patientHead)) {
      f.add("object-head=" + tv.lemma[patientHead]);
    }
    auxiliaries(verb, from, f);
    int after = Math.max(agent.speakerTo(), agent.end());
    f.add("after-agent=" + (after >= to ? "end" : tv.isPunctuation(after) ? tv.word[after] : tv.pos[after].startsWith("VB") ? "VB" : tv.pos[after].equals("IN") || tv.pos[after].equals("TO") ? tv.lower[after] : tv.pos[after]));
    if (tv.sentence[verb] == 0) {
      f.add("first-sentence");
    }
    if (hasQuote(from, to)) {
      f.add("quote-in-sentence");
    }
    if (speechBefore(verb, from)) {
      f.add("inside-speech+shape=" + shape);
    }
    return f;
  }

  private List<String> features(int verb, int cueEnd, Complement complement, Attribution attribution, int governor, int content, int from, int to) {
    List<String> f = new ArrayList<>();
    String key = cues.key(verb, cueEnd);
    String shape = complement.label();
    Cues.Kind kind = Cues.kind(tv.lemma[verb]);
    String subject = subjectKind(attribution);
    f.add("bias");
    f.add("cue=" + key);
    f.add("cue+shape=" + key + "|" + shape);
    f.add("shape=" + shape);
    f.add("lemma=" + tv.lemma[verb]);
    f.add("kind+shape=" + (kind == null ? "learned" : kind.name().toLowerCase(Locale.ROOT)) + "|" + shape);
    f.add("tag+shape=" + tv.pos[verb] + "|" + shape);
    f.add("subject=" + subject);
    f.add("subject+shape=" + subject + "|" + shape);
    f.add("cue+subject=" + key + "|" + subject);
    int head = attribution.speakerTo() > attribution.speakerFrom() ? Phrases.head(tv, attribution.speakerFrom(), attribution.speakerTo()) : -1;
    if (head >= 0 && tv.isNoun(head) && !tv.isProperNoun(head)) {
      f.add("subject-head=" + tv.lemma[head]);
    }
    if (attribution.aside() != null) {
      f.add("subject-aside");
    }
    if (governor >= 0) {
      f.add("governor=" + tv.lemma[governor]);
      f.add("governor-tag=" + tv.pos[governor]);
      if (verbs.isNegated(governor, from)) {
        // "did not want to", "never tried to": what the governing verb denies is no stance taken.
        f.add("governor-negated");
      }
    }
    subjectContext(verb, attribution, from, f);
    if (!endsWithStop(from, to)) {
      f.add("no-final-stop");
    }
    auxiliaries(verb, from, f);
    opening(content, to, complement, f);
    int length = contentLength(content, to);
    f.add("length+shape=" + (length <= 3 ? "1-3" : length <= 8 ? "4-8" : length <= 16 ? "9-16" : "17+") + "|" + shape);
    if (tv.sentence[verb] == 0) {
      f.add("first-sentence");
    }
    int before = verb - from;
    f.add("position=" + (before <= 2 ? "0-2" : before <= 6 ? "3-6" : before <= 12 ? "7-12" : "13+"));
    if (verb > from && tv.isComma(verb - 1)) {
      f.add("after-comma");
    }
    if (hasQuote(from, to)) {
      f.add("quote-in-sentence");
    }
    if (speechBefore(verb, from)) {
      f.add("inside-speech+shape=" + shape);
    }
    if (attribution.hasAddressee()) {
      f.add("addressee");
    }
    return f;
  }

  /**
   * What stands before the speaker and between the speaker and the verb. A preposition or
   * subordinator before it ("a poll of voters in the state found", "when she opposed", "if the
   * committee plans to") marks a subject that is the object of a preposition or a clause that only sets the
   * scene; a long gap marks a subject the reading took from too far back.
   */
  private void subjectContext(int verb, Attribution attribution, int from, List<String> f) {
    if (attribution.speakerTo() <= attribution.speakerFrom() || attribution.speakerFrom() >= verb) {
      return;
    }
    int b = attribution.speakerFrom() - 1;
    f.add("before-subject=" + (b < from ? "start" : tv.pos[b].equals("IN") || tv.pos[b].equals("WRB") || tv.pos[b].equals("TO") ? tv.lower[b]
        : tv.isPunctuation(b) ? tv.word[b] : tv.pos[b].startsWith("VB") ? "VB" : tv.pos[b]));
    if (attribution.speakerTo() <= verb) {
      int gap = verb - attribution.speakerTo();
      f.add("subject-gap=" + (gap == 0 ? "0" : gap <= 2 ? "1-2" : gap <= 5 ? "3-5" : "6+"));
    }
  }

  /** True if the sentence {@code [from, to)} ends with a full stop, a question or an exclamation mark, closing quotation marks aside: headlines and list items do not. */
  private boolean endsWithStop(int from, int to) {
    int last = to - 1;
    while (last > from && tv.inQuote(last) && tv.isQuoteMark(last)) {
      last--;
    }
    return tv.word[last].equals(".") || tv.word[last].equals("?") || tv.word[last].equals("!");
  }

  /** The kind of phrase the speaker would be: a name, a pronoun (by word), a common noun, a relative pronoun, none. */
  private String subjectKind(Attribution attribution) {
    if (attribution.speakerTo() <= attribution.speakerFrom()) {
      return "none";
    }
    int head = Phrases.head(tv, attribution.speakerFrom(), attribution.speakerTo());
    String pos = tv.pos[head];
    if (pos.startsWith("NNP")) {
      return "name";
    }
    if (pos.equals("PRP")) {
      return "pronoun:" + tv.lower[head];
    }
    if (pos.startsWith("W")) {
      return "relative";
    }
    if (pos.equals("NNS")) {
      return "nouns";
    }
    return pos.startsWith("NN") ? "noun" : "other";
  }

  /** Modal, perfect and progressive before the verb: "would support", "has endorsed", "is calling for". */
  private void auxiliaries(int verb, int from, List<String> f) {
    for (int k = verb - 1; k >= from && k >= verb - 4; k--) {
      if (tv.isAdverb(k) || tv.lower[k].equals("to")) {
        continue;
      }
      if (tv.pos[k].equals("MD")) {
        f.add("modal=" + (MODALS.contains(tv.lower[k]) ? tv.lower[k] : "other"));
      } else if (tv.lemma[k].equals("have") && tv.isVerb(k)) {
        f.add("perfect");
      } else if ((tv.lemma[k].equals("be") || verbs.isContractedIs(k)) && tv.pos[verb].equals("VBG")) {
        f.add("progressive");
      } else if (!tv.isVerb(k)) {
        return;
      }
    }
  }

  /** What the complement opens with: a clause opener by word, otherwise its tag, and for an object the kind of its head. */
  private void opening(int content, int to, Complement complement, List<String> f) {
    String first = tv.pos[content].startsWith("NN") || tv.pos[content].startsWith("VB") || tv.pos[content].startsWith("JJ") || tv.pos[content].equals("CD")
        ? tv.pos[content] : tv.lower[content];
    f.add("opens=" + first + "|" + complement.label());
    if (complement == Complement.OBJECT) {
      int end = Phrases.nounPhraseAfter(tv, content, to);
      if (end > content) {
        int head = Phrases.head(tv, content, end);
        f.add("object=" + (tv.isProperNoun(head) ? "name" : tv.isPronoun(head) ? "pronoun" : tv.pos[head].equals("NNS") ? "nouns" : "noun"));
        if (tv.isNoun(head) && !tv.isProperNoun(head)) {
          f.add("object-head=" + tv.lemma[head]);
        }
        if (end < to) {
          f.add("after-object=" + (tv.isPunctuation(end) ? tv.word[end] : tv.pos[end].startsWith("VB") ? "VB" : tv.pos[end].equals("IN") || tv.pos[end].equals("TO") ? tv.lower[end] : tv.pos[end]));
        }
      }
    }
  }

  /** Words of the content up to the sentence's end or a quotation mark. */
  private int contentLength(int content, int to) {
    int words = 0;
    for (int k = content; k < to && !tv.inQuote(k); k++) {
      if (!tv.isPunctuation(k)) {
        words++;
      }
    }
    return words;
  }

  private boolean hasQuote(int from, int to) {
    for (int k = from; k < to; k++) {
      if (tv.inQuote(k)) {
        return true;
      }
    }
    return false;
  }

  /** True if a verb of saying stands before the verb in its sentence: "said Clinton wants to …". */
  private boolean speechBefore(int verb, int from) {
    for (int k = from; k < verb; k++) {
      if (!tv.inQuote(k) && finder.cueAt(k) > 0 && finder.kind(k) == Cues.Kind.SPEECH) {
        return true;
      }
    }
    return false;
  }
}
