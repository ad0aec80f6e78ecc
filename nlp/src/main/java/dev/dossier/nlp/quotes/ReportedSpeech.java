package dev.dossier.nlp.quotes;

import dev.dossier.core.QuoteKind;
import dev.dossier.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds reported speech, sentence by sentence, from its cue: what a speaker said without
 * quotation marks, or with only a few quoted words.
 *
 * <pre>
 * Pompeo also said [he does not back away from hard issues].           content after the cue
 * [The decision was driven "in part" by concerns], CNN reported.      content before speaker and cue
 * According to the TV-channel, [the spy passed on information].        "according to", then content
 * [Agencies need waivers], according to a USA official.               content, then "according to"
 * CNN reported Monday, citing multiple officials.                     a second speaker for the same content
 * [The museum], Mr. Bush said, [celebrated his heroes].               content the attribution interrupts
 * Russia accused [the United States of meddling].                      a learned cue of stance or act
 * Democrats are concerned [that Russia will interfere].               "be" and an adjective of belief
 * Ms. Marcus has been critical of [Mr. Trump].                        "be", an adjective of stance and a preposition
 * Trump launched a pre-emptive attack against [Obama].                a support verb, its noun and a preposition
 * [The GRU] appears [to have exfiltrated the data].                   an appearance with no source
 * [Nor are tariffs likely to help], said David Autor, a professor.     inverted speaker with an appositive
 * Asked [whether he would run], Trump laughed.                       a question put by an unnamed asker
 * Most senators said [no].                                            a word for the whole answer
 * </pre>
 *
 * Verbs of thought and evidence count only with a clause after them ("believes that …"), and only
 * if the {@link CueClassifier} takes them for a cue where it can read them; any other verb but
 * the verbs of saying counts when the classifier takes it for a cue where it stands.
 * {@link ContentBounds} says where each content begins and ends; {@link StancePredicates} reads
 * stances and appearances, {@link SubjectlessCues} the cues with no subject before them.
 */
final class ReportedSpeech {

  /** The longest appositive after an inverted speaker, in tokens. */
  private static final int MAX_APPOSITIVE = 40;

  /** Subordinators the tagger tags as prepositions that can open what was said. */
  private static final Set<String> CLAUSE_PREPOSITIONS = Set.of("that", "if", "whether", "because", "although", "though", "while");

  private final TokenView tv;
  private final AttributionFinder finder;
  private final CueFeatures learnedCues;
  private final CueClassifier classifier;
  private final ContentBounds bounds;
  private final FrontedClauses fronted;
  private final VerbGroups verbs;
  private final StancePredicates stances;
  private final SubjectlessCues subjectless;

  ReportedSpeech(TokenView tv, AttributionFinder finder, CueClassifier classifier) {
    this.tv = tv;
    this.finder = finder;
    this.learnedCues = new CueFeatures(tv, finder);
    this.classifier = classifier;
    this.bounds = new ContentBounds(tv, finder);
    this.fronted = new FrontedClauses(tv, finder, bounds);
    this.verbs = new VerbGroups(tv);
    this.stances = new StancePredicates(tv, finder, bounds, verbs, this::candidate);
    this.subjectless = new SubjectlessCues(tv, finder, bounds, this::candidate);
  }

  List<Candidate> find(boolean[] usedCues) {
    List<Candidate> candidates = new ArrayList<>();
    for (int s = 0; s < tv.sentences.size(); s++) {
      int end = Math.min(tv.sentenceEnd(s), tv.size);
      for (int from = tv.sentenceStart(s), to; from < end; from = to) {
        // A headline without a full stop runs into the paragraph after it; reported speech stays within one
        // paragraph, unless a colon ends the paragraph to open the next ("Kahn wrote:").
        to = from;
        while (to < end && (tv.paragraph[to] == tv.paragraph[from] || tv.word[to - 1].equals(":"))) {
          to++;
        }
        findIn(from, to, usedCues, candidates);
      }
    }
    return candidates;
  }

  /** The reported speech in the tokens [from, to) of one sentence and paragraph. */
  private void findIn(int from, int to, boolean[] usedCues, List<Candidate> candidates) {
    Candidate previousInSentence = null;
    for (int i = from; i < to; i++) {
      if (usedCues[i] || tv.inQuote(i)) {
        continue;
      }
      int cueEnd = finder.cueAt(i);
      if (cueEnd < 0 && tv.lower[i].equals("citing") && previousInSentence != null) {
        Candidate cited = subjectless.cited(i, to, previousInSentence);
        if (cited != null) {
          candidates.add(cited);
        }
        continue;
      }
      Candidate candidate = null;
      if (cueEnd >= 0) {
        candidate = finder.isAccordingTo(i) ? subjectless.accordingTo(i, cueEnd, from, to) : verb(i, cueEnd, from, to);
      }
      if (candidate == null && cueEnd >= 0) {
        candidate = subjectless.question(i, from, to);
      }
      if (candidate == null && (previousInSentence == null || previousInSentence.end() <= tv.start[i])) {
        // Not inside what another cue reports ("Politico reported the GOP leaners seem enamored with Trump").
        candidate = stances.seeming(i, from, to);
      }
      if (candidate == null && !finder.isAccordingTo(i)) {
        candidate = learned(i, from, to);
      }
      if (candidate == null) {
        candidate = stances.predicate(i, from, to);
      }
      if (candidate != null) {
        for (int k = candidate.attribution.cueFrom(); k < candidate.attribution.cueTo(); k++) {
          usedCues[k] = true;
        }
        candidates.add(candidate);
        previousInSentence = candidate;
        i = Math.max(i, candidate.attribution.cueTo() - 1);
      }
    }
  }

  private Candidate verb(int cue, int cueEnd, int from, int to) {
    Attribution attribution = finder.subjectOf(cue, cueEnd, from, to);
    if (attribution == null) {
      // Inverted after the content: "…, said the official."
      // A partial quote may close on the comma: "They ''actually had chemistry,'' said Benjamin J. Rhodes".
      boolean quoteClosesOnComma = cue - 2 > from && tv.inQuote(cue - 1) && tv.inQuote(cue - 2) && tv.isComma(cue - 2) && !tv.inQuote(from);
      if (cue - 1 > from + 2 && (tv.isComma(cue - 1) || quoteClosesOnComma) && finder.kind(cue) == Cues.Kind.SPEECH) {
        int speakerTo = Phrases.nounPhraseAfter(tv, cueEnd, to);
        int contentEnd = quoteClosesOnComma ? cue - 2 : cue - 1;
        if (speakerTo > cueEnd && bounds.trailing(speakerTo, to)) {
          Attribution inverted = new Attribution(cueEnd, speakerTo, null, cue, cueEnd, -1, -1, speakerTo);
          return candidate(bounds.contentStart(from), contentEnd, inverted);
        }
        int asideTo = speakerTo > cueEnd ? appositiveToTheEnd(speakerTo, to) : -1;
        if (asideTo > 0) {
          // "…, said Michael O'Hanlon, a senior fellow at the Brookings Institution."
          Attribution inverted = new Attribution(cueEnd, speakerTo, tv.text(speakerTo + 1, asideTo), cue, cueEnd, -1, -1, to);
          return candidate(bounds.contentStart(from), contentEnd, inverted);
        }
      }
      return null;
    }
    int speakerFrom = attribution.speakerFrom();
    // A speaker after the cue (the main clause's subject after a fronted participle clause) has no content before it.
    int contentBefore = speakerFrom > cue ? -1 : bounds.endOfContentBefore(speakerFrom, from);
    if (contentBefore > 0 && finder.kind(cue) != Cues.Kind.THOUGHT) {
      if (bounds.trailing(attribution.end(), to)) {
        return candidate(bounds.contentStart(from), contentBefore, attribution);
      }
      int resumes = Phrases.skipAdverbials(tv, attribution.end(), to);
      if (resumes + 2 < to && tv.isComma(resumes) && !tv.inQuote(resumes + 1) && finder.kind(cue) == Cues.Kind.SPEECH) {
        // Content the attribution interrupts: "The museum, Mr. Bush said, celebrated his heroes."
        Candidate interrupted = candidate(bounds.contentStart(from), contentBefore, attribution);
        if (interrupted != null) {
          int end = bounds.contentEnd(resumes + 1, to);
          if (end - resumes > 2) {
            interrupted.parts.add(tv.span(resumes + 1, end));
          }
          return interrupted;
        }
      }
    }
    int trailingAs = trailingAsClause(attribution, cue, from, to);
    if (trailingAs > 0) {
      // "…, as Clinton supporters point out.": what they point out is the clause before the comma.
      return candidate(bounds.contentStart(from), trailingAs, attribution);
    }
    int asContent = finder.kind(cue) == Cues.Kind.THOUGHT ? -1 : fronted.afterAsClause(attribution, from, to);
    if (asContent > 0) {
      // "As Papadopoulos later stated to the FBI, Mifsud said …": the main clause is what was stated.
      return candidate(asContent, bounds.contentEnd(asContent, to), attribution);
    }
    int k = attribution.end();
    while (k < to && (tv.isComma(k) || tv.word[k].equals(":"))) {
      k++;
    }
    k = bounds.skipCommaSetAdverbial(k, to);
    Cues.Kind kind = finder.kind(cue);
    if (kind != Cues.Kind.SPEECH && !finder.startsClause(k, to) && !bounds.relativeSubject(attribution, k)) {
      return null;
    }
    if (kind != Cues.Kind.SPEECH && !learnedAgrees(cue, from, to)) {
      return null;
    }
    int end = bounds.contentEnd(k, to, finder.startsClause(k, to) || verbs.hasFiniteVerb(k, to) ? Complement.CLAUSE : Complement.OBJECT);
    int answer = k < to && ANSWERS.contains(tv.lower[k]) ? k : attribution.cueTo();
    if (kind == Cues.Kind.SPEECH && answer < to && ANSWERS.contains(tv.lower[answer]) && bounds.trailing(answer + 1, to)) {
      // "a majority of the senators said no": a word that stands for the whole answer ("said so", whose "so"
      // the attribution read as an adverb of the cue, included).
      return candidate(answer, answer + 1, attribution, 1);
    }
    // "said about 20 people applied": "about" before a number is a quantity, and the clause goes on.
    boolean quantity = k + 1 < to && tv.pos[k + 1].equals("CD");
    if (k < to && tv.pos[k].equals("IN") && !CLAUSE_PREPOSITIONS.contains(tv.lower[k]) && !fronted.frontedAdverbial(k, to) && !quantity) {
      // "responded by tearing into CNN": a preposition opens a circumstance, not what was said.
      return null;
    }
    if (end - k < 2 || tv.isVerb(k) && !tv.pos[k].equals("VBG") && kind == Cues.Kind.SPEECH && !tv.lower[k].equals("to") && !bounds.relativeSubject(attribution, k)) {
      return null;
    }
    if (k > attribution.end() && tv.word[k - 1].equals(":") && bounds.reachesEnd(end, to)) {
      // "He said: The tax would …. It would …": what a colon opens runs to the paragraph's end.
      end = bounds.paragraphEnd(k, to);
    }
    return candidate(k, end, attribution);
  }

  /**
   * Where the content of a verb of saying in an "as" clause that closes its sentence ends: at the
   * comma before "as" ("Defeat won't derail his campaign, as some have speculated."; "…, as
   * Breitbart reported a few days later."). -1 if the cue is no verb of saying, its speaker does
   * not follow ", as", or anything but adverbials follows the cue.
   */
  private int trailingAsClause(Attribution attribution, int cue, int from, int to) {
    int as = attribution.speakerFrom() - 1;
    if (finder.kind(cue) != Cues.Kind.SPEECH || attribution.speakerFrom() > cue || as - 1 <= from + 1 || !tv.lower[as].equals("as")
        || !tv.isComma(as - 1) || tv.inQuote(as - 1)) {
      return -1;
    }
    return bounds.trailing(attribution.end(), to) ? as - 1 : -1;
  }

  /**
   * A verb the {@link CueClassifier} takes for a cue where it stands, with what follows it:
   * "Clinton wants to make tuition free", "Schiff called on Obama to retaliate", "Cruz has endorsed
   * Trump". The content runs from the complement to the end of the clause; the speaker is the
   * verb's subject.
   */
  private Candidate learned(int cue, int from, int to) {
    LearnedCue read = learnedCues.read(cue, from, to, governor -> isCue(governor, from, to));
    if (read == null || !classifier.accepts(read.features())) {
      return null;
    }
    Complement complement = read.complement();
    int k = read.content();
    Attribution attribution = read.attribution();
    int end = read.contentEnd() >= 0 ? read.contentEnd() : bounds.contentEnd(k, to, complement);
    if (complement == Complement.OBJECT && read.contentEnd() < 0 && read.cueEnd() == cue + 1) {
      int object = SupportVerbs.objectOfNominalCue(tv, cue, k, end);
      if (object > k) {
        // The noun and its preposition belong to the cue: "launched [a pre-emptive attack against]".
        attribution = new Attribution(attribution.speakerFrom(), attribution.speakerTo(), attribution.aside(), attribution.cueFrom(), object,
            attribution.addresseeFrom(), attribution.addresseeTo(), Math.max(attribution.end(), object));
        k = object;
      }
    }
    Candidate candidate = candidate(k, end, attribution, complement == Complement.OBJECT || complement == Complement.PASSIVE ? 1 : 2);
    if (candidate != null && read.moreContent() >= 0) {
      int more = read.moreContent();
      candidate.parts.add(tv.span(more, bounds.contentEnd(more, to, Complement.INFINITIVE)));
    }
    if (candidate != null) {
      candidate.stance = Cues.kind(tv.lemma[cue]) != Cues.Kind.SPEECH;
    }
    return candidate;
  }

  /** Words that stand for a whole answer or claim: "said yes", "said so". */
  private static final Set<String> ANSWERS = Set.of("yes", "no", "so");

  /**
   * The end of an appositive that follows an inverted speaker and closes the sentence ("said Rita
   * Katz, the director of SITE Intelligence Group, which tracks …"), before its final punctuation;
   * -1 if the words after the speaker are no appositive, or hold a clause of their own before any
   * relative pronoun ("said Smith, and Jones agreed").
   */
  private int appositiveToTheEnd(int speakerTo, int to) {
    if (speakerTo + 1 >= to || !tv.isComma(speakerTo)) {
      return -1;
    }
    int last = to;
    while (last > speakerTo + 1 && tv.isPunctuation(last - 1) && !tv.inQuote(last - 1)) {
      last--;
    }
    if (last - speakerTo - 1 > MAX_APPOSITIVE || !Phrases.isAside(tv, speakerTo + 1, last)) {
      return -1;
    }
    for (int k = speakerTo + 1; k < last; k++) {
      if (tv.inQuote(k) || tv.lower[k].equals("who") || tv.lower[k].equals("which") || tv.lower[k].equals("whose") || tv.pos[k].equals("WDT")) {
        break;
      }
      if (tv.isFiniteVerb(k) || tv.word[k].equals(";") || tv.word[k].equals(":")) {
        return -1;
      }
    }
    return last;
  }

  /**
   * True unless the {@link CueClassifier} reads the verb where it stands and rejects it: a verb of
   * thought or evidence with a clause is an attribution only as often as its use says ("Clinton
   * believes that …" is, "we all know how hard that is" and "I saw that the door was open"
   * mostly are not), which the model learned from the same annotations as the learned cues. A verb
   * the model cannot read (no subject of its own, negated) stays with the hand-written reading.
   */
  private boolean learnedAgrees(int cue, int from, int to) {
    LearnedCue read = learnedCues.read(cue, from, to, governor -> isCue(governor, from, to));
    return read == null || classifier.accepts(read.features());
  }

  /** True if the verb governing an infinitive is a cue by the hand-written list or the classifier: "agreed to discuss". */
  private boolean isCue(int verb, int from, int to) {
    if (finder.cueAt(verb) > 0) {
      return true;
    }
    LearnedCue read = learnedCues.read(verb, from, to, governor -> finder.cueAt(governor) > 0);
    return read != null && classifier.accepts(read.features());
  }

  private Candidate candidate(int from, int to, Attribution attribution) {
    return candidate(from, to, attribution, 2);
  }

  /**
   * True if the token is the opening mark of a quotation that begins after it, outside this
   * sentence: the splitter often leaves a typewriter mark ({@code ''}) at the end of the sentence
   * before ("He said he did not recall it. ''If they did …''"), and reported content that ran into
   * it would take the next quotation for its own.
   */
  private boolean opensQuoteAfter(int k) {
    return tv.inQuote(k) && (k == 0 || tv.region[k - 1] != tv.region[k]) && k + 1 < tv.size && tv.region[k + 1] == tv.region[k]
        && tv.sentence[k + 1] != tv.sentence[k];
  }

  /** The candidate of the content [from, to), trimmed and ended as every reported content is; null if it holds fewer than {@code minWords} words. */
  Candidate candidate(int from, int to, Attribution attribution, int minWords) {
    to = fronted.endOfFrontedClause(attribution.cueFrom(), from, to);
    while (to > from && (tv.isComma(to - 1) || tv.word[to - 1].equals("--") || opensQuoteAfter(to - 1))) {
      to--;
    }
    to = bounds.throughOpenQuote(to);
    int words = 0;
    for (int k = from; k < to; k++) {
      if (!tv.isPunctuation(k)) {
        words++;
      }
    }
    if (words < minWords) {
      return null;
    }
    Span part = new Span(tv.start[from], tv.end[to - 1]);
    return new Candidate(part, QuoteKind.REPORTED, attribution, from);
  }

}
