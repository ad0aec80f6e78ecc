package dev.dossier.nlp.quotes;

import dev.dossier.core.Doc;
import dev.dossier.core.QuoteKind;
import dev.dossier.core.Span;
import dev.dossier.core.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names what the {@link KeepModel} weighs about an attribution the quote stage would emit: its
 * kind, how the stage reached it (a verb of the hand-written list, a learned cue and how sure the
 * cue model was, "according to", a colon label, a citing source, a question, a support verb's
 * noun, a noun {@link NominalCues} took for a cue, a quote credited by its context), the cue's lemma and tag, what kind of phrase the speaker
 * is, how long the content runs and how much of it stands in quotation marks, where it stands in
 * the article (headline, lead, body), whether the cue stands before, inside or after it and in the
 * same sentence, how many sentences it spans, whether the content is a clause or only a noun phrase
 * (with the cue's lemma), and what kind of entity the speaker is. The stage and the keep model's derivation
 * ({@code dossier eval keep}) read attributions through this one class, so the weights learned on
 * annotated news apply to exactly what the stage emits.
 *
 * <p>Features are names of lemmas, tags and shapes only, never text of the corpus. One document's
 * token view; not thread-safe.
 */
public final class KeepFeatures {

  private final TokenView tv;
  private final AttributionFinder finder;
  private final CueFeatures cues;
  private final CueClassifier cueModel;

  /** How much the writer speaks in the first person outside quotation marks, in bands: an opinion piece or a report. */
  private final String voice;

  KeepFeatures(TokenView tv, AttributionFinder finder, CueClassifier cueModel) {
    this.tv = tv;
    this.finder = finder;
    this.cues = new CueFeatures(tv, finder);
    this.cueModel = cueModel;
    int first = 0;
    int words = 0;
    for (int k = 0; k < tv.size; k++) {
      if (!tv.inQuote(k) && !tv.isPunctuation(k)) {
        words++;
        // By tag as well as word: "US" the country is no "us".
        first += tv.pos[k].startsWith("PRP") && FIRST_PERSON.contains(tv.lower[k]) ? 1 : 0;
      }
    }
    double rate = words == 0 ? 0 : 1000.0 * first / words;
    this.voice = rate < 2 ? "report" : rate < 8 ? "some-first-person" : "first-person";
  }

  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our");

  /**
   * Adds to each quote how its content stands to the others the stage emits: inside another's,
   * holding another's, crossing one, the same content as one (a second source for it), or apart.
   * Partial quotes inside another quote are part of it and left out of the comparison.
   */
  static List<ReviewedQuote> withOverlaps(List<ReviewedQuote> reviewed) {
    List<ReviewedQuote> out = new ArrayList<>(reviewed.size());
    for (ReviewedQuote r : reviewed) {
      Span span = r.quote().span();
      List<String> features = new ArrayList<>(r.features());
      String relation = "apart";
      for (ReviewedQuote other : reviewed) {
        Span o = other.quote().span();
        if (other == r || other.nestedIn(reviewed) || r.nestedIn(reviewed) || !o.overlaps(span)) {
          continue;
        }
        relation = o.equals(span) ? "same" : o.contains(span) ? "inside" : span.contains(o) ? "holds" : "crosses";
        features.add("overlap+other=" + relation + "|" + other.quote().kind().label());
        break;
      }
      features.add("overlap=" + relation);
      out.add(new ReviewedQuote(r.quote(), features));
    }
    return out;
  }

  /**
   * Every attribution the quote stage would emit for the document before its keep model decides,
   * in the stage's order, each with its features: what the keep model's derivation learns from.
   * The document must hold the layers the stage reads (tokens, sentences, entities).
   *
   * @throws IllegalStateException if a layer the quote stage reads is missing
   */
  public static List<ReviewedQuote> reviewed(Doc doc) {
    return reviewed(doc, QuoteModels.standard());
  }

  /**
   * As {@link #reviewed(Doc)}, with the stage deciding cues by the given models' verb-cue and
   * nominal-cue models instead of the bundled ones.
   *
   * @throws IllegalStateException if a layer the quote stage reads is missing
   */
  public static List<ReviewedQuote> reviewed(Doc doc, QuoteModels models) {
    return new QuoteStage(models).review(doc);
  }

  /**
   * The features of one attribution: the candidate as the stage built it, the attribution it is
   * credited by (its own or the one whose speaker it shares; {@code null} for none), and the
   * speaker it resolved to.
   */
  List<String> of(Candidate candidate, Attribution attribution, Speaker speaker) {
    List<String> features = new ArrayList<>();
    features.add("bias");
    String kind = candidate.kind.label();
    features.add("kind=" + kind);
    String via = via(candidate, attribution);
    features.add("via=" + via);
    features.add("kind+via=" + kind + "|" + via);
    if (attribution != null && attribution.cueTo() > attribution.cueFrom()) {
      int cue = attribution.cueFrom();
      features.add("cue=" + tv.lemma[cue]);
      features.add("cue+kind=" + tv.lemma[cue] + "|" + kind);
      features.add("cue-tag=" + tv.pos[cue]);
      features.add("cue+tag=" + tv.lemma[cue] + "|" + tv.pos[cue]);
      features.add("via+tag=" + via + "|" + tv.pos[cue]);
      if (via.equals("learned")) {
        features.add("cue-model=" + cueModelBucket(cue));
      }
      features.add("cue-at=" + cuePosition(candidate, attribution));
      features.add(sameSentence(candidate, cue) ? "cue-same-sentence" : "cue-other-sentence");
      if (attribution.hasAddressee()) {
        features.add("addressee");
      }
    }
    String speakerKind = speakerKind(speaker);
    features.add("speaker=" + speakerKind);
    if (speaker != null && speaker.entity() != null && speaker.entity().indexOf(':') > 0) {
      features.add("speaker-entity=" + speaker.entity().substring(0, speaker.entity().indexOf(':')));
    }
    String shape = hasVerb(candidate) ? "clause" : "phrase";
    features.add("content-shape=" + shape);
    if (attribution != null && attribution.cueTo() > attribution.cueFrom()) {
      features.add("cue+shape=" + tv.lemma[attribution.cueFrom()] + "|" + shape);
    }
    features.add("kind+speaker=" + kind + "|" + speakerKind);
    int words = words(candidate);
    String length = lengthBucket(words);
    features.add("length=" + length);
    features.add("kind+length=" + kind + "|" + length);
    features.add("quoted=" + quotedShare(candidate));
    features.add("parts=" + Math.min(candidate.parts.size(), 3));
    features.add("sentences=" + Math.min(sentences(candidate), 3));
    features.add("place=" + place(candidate.firstToken));
    int first = tv.tokenAt(candidate.start());
    if (first >= 0) {
      features.add("opens=" + opening(first));
    }
    int last = tv.tokenAt(candidate.end() - 1);
    if (last >= 0) {
      // What follows the content: a colon opens what was really said ("called them on it:"), a stop ends the sentence.
      int next = last + 1;
      while (next < tv.size && tv.inQuote(next) && tv.isPunctuation(next)) {
        next++;
      }
      features.add("followed-by=" + (next >= tv.size ? "end" : tv.paragraph[next] != tv.paragraph[last] ? "paragraph-end"
          : tv.isPunctuation(next) ? tv.word[next] : tv.sentence[next] != tv.sentence[last] ? "sentence-end" : "word"));
      features.add("ends-with=" + (tv.isPunctuation(last) ? tv.word[last] : "word"));
    }
    features.add("voice=" + voice);
    features.add("kind+voice=" + kind + "|" + voice);
    if (holdsListedCue(candidate)) {
      features.add("content-holds-cue");
    }
    return features;
  }

  /** How the stage reached the attribution, from the shape of its cue. */
  private String via(Candidate candidate, Attribution attribution) {
    if (attribution == null) {
      return "context";
    }
    if (candidate.sharesSpeakerWith != null) {
      return "shared";
    }
    if (candidate.nominal) {
      return "nominal";
    }
    int cue = attribution.cueFrom();
    if (attribution.cueTo() <= cue) {
      return "none";
    }
    if (tv.word[cue].equals(":")) {
      return "colon-label";
    }
    if (finder.isAccordingTo(cue)) {
      return "according-to";
    }
    if (tv.lower[cue].equals("citing") && finder.cueAt(cue) < 0) {
      return "citing";
    }
    if (attribution.speakerFrom() == attribution.speakerTo() && tv.lemma[cue].equals("ask")) {
      return "question";
    }
    if (attribution.speakerFrom() == attribution.speakerTo() && attribution.speakerFrom() == cue) {
      return "appearance";
    }
    if (tv.lemma[cue].equals("be")) {
      return "be-predicate";
    }
    if (attribution.cueTo() - cue > 1 && tv.isNoun(attribution.cueTo() - 1)) {
      return "support-verb";
    }
    if (candidate.kind == QuoteKind.PARTIAL) {
      return "clause";
    }
    Cues.Kind listed = finder.cueAt(cue) >= 0 ? Cues.kind(tv.lemma[cue]) : null;
    if (listed != null) {
      return "listed-" + listed.name().toLowerCase(Locale.ROOT);
    }
    return "learned";
  }

  /** The cue model's probability for a learned cue, in bands: how sure the cue model was. */
  private String cueModelBucket(int cue) {
    int s = tv.sentence[cue];
    if (s < 0) {
      return "unread";
    }
    LearnedCue read = cues.read(cue, tv.sentenceStart(s), Math.min(tv.sentenceEnd(s), tv.size), governor -> finder.cueAt(governor) > 0);
    if (read == null) {
      return "unread";
    }
    double p = cueModel.probability(read.features());
    return p < 0.55 ? "<0.55" : p < 0.7 ? "<0.7" : p < 0.85 ? "<0.85" : ">=0.85";
  }

  private String cuePosition(Candidate candidate, Attribution attribution) {
    int at = tv.start[attribution.cueFrom()];
    if (at < candidate.start()) {
      return "before";
    }
    return at >= candidate.end() ? "after" : "inside";
  }

  private boolean sameSentence(Candidate candidate, int cue) {
    int first = tv.tokenAt(candidate.start());
    return first >= 0 && tv.sentence[first] == tv.sentence[cue];
  }

  private String speakerKind(Speaker speaker) {
    if (speaker == null) {
      return "none";
    }
    if (speaker.anonymous()) {
      return "anonymous";
    }
    int first = tv.tokenAt(speaker.span().start());
    if (first >= 0 && tv.end[first] >= speaker.span().end() && tv.isPronoun(first)) {
      String pronoun = tv.lower[first];
      return pronoun.equals("i") || pronoun.equals("we") ? "pronoun-first" : pronoun.equals("you") ? "pronoun-second" : "pronoun";
    }
    if (speaker.entity() != null) {
      return "entity";
    }
    for (int k = Math.max(first, 0); k < tv.size && tv.start[k] < speaker.span().end(); k++) {
      if (tv.isProperNoun(k)) {
        return "name";
      }
    }
    return "noun";
  }

  /** True if a verb of saying outside quotation marks stands in the content: it may run on into another attribution. */
  private boolean holdsListedCue(Candidate candidate) {
    for (Span part : candidate.parts) {
      for (int k = Math.max(tv.tokenAt(part.start()), 0); k < tv.size && tv.start[k] < part.end(); k++) {
        if (!tv.inQuote(k) && tv.start[k] >= part.start() && finder.cueAt(k) >= 0 && finder.kind(k) == Cues.Kind.SPEECH) {
          return true;
        }
      }
    }
    return false;
  }

  /** True if a verb stands in the content: what was said is a clause, not a noun phrase ("endorsed him", "released a statement"). */
  private boolean hasVerb(Candidate candidate) {
    for (Span part : candidate.parts) {
      for (int k = Math.max(tv.tokenAt(part.start()), 0); k < tv.size && tv.start[k] < part.end(); k++) {
        if (tv.start[k] >= part.start() && (tv.pos[k].startsWith("VB") || tv.pos[k].equals("MD"))) {
          return true;
        }
      }
    }
    return false;
  }

  private int words(Candidate candidate) {
    int words = 0;
    for (Span part : candidate.parts) {
      for (int k = Math.max(tv.tokenAt(part.start()), 0); k < tv.size && tv.start[k] < part.end(); k++) {
        if (!tv.isPunctuation(k)) {
          words++;
        }
      }
    }
    return words;
  }

  private static String lengthBucket(int words) {
    return words <= 2 ? "1-2" : words <= 5 ? "3-5" : words <= 10 ? "6-10" : words <= 20 ? "11-20" : words <= 40 ? "21-40" : "41+";
  }

  /** The share of the content's words that stand in quotation marks, in bands. */
  private String quotedShare(Candidate candidate) {
    int words = 0;
    int quoted = 0;
    for (Span part : candidate.parts) {
      for (int k = Math.max(tv.tokenAt(part.start()), 0); k < tv.size && tv.start[k] < part.end(); k++) {
        if (!tv.isPunctuation(k)) {
          words++;
          quoted += tv.inQuote(k) ? 1 : 0;
        }
      }
    }
    if (quoted == 0) {
      return "none";
    }
    return quoted == words ? "all" : quoted * 2 >= words ? "most" : "some";
  }

  private int sentences(Candidate candidate) {
    int first = tv.tokenAt(candidate.start());
    int last = tv.tokenAt(candidate.end() - 1);
    if (first < 0 || last < 0) {
      return 1;
    }
    return Math.max(1, tv.sentence[last] - tv.sentence[first] + 1);
  }

  /** The headline (the first paragraph), the lead (the second) or the body. */
  private String place(int token) {
    if (token < 0 || token >= tv.size) {
      return "body";
    }
    int paragraph = tv.paragraph[token] - tv.paragraph[0];
    return paragraph == 0 ? "headline" : paragraph == 1 ? "lead" : "body";
  }

  /** What the content opens with: a subordinator by name, otherwise its tag. */
  private String opening(int token) {
    String lower = tv.lower[token];
    if (lower.equals("that") || lower.equals("to") || lower.equals("whether") || lower.equals("if") || lower.equals("i") || lower.equals("we")) {
      return lower;
    }
    return tv.pos[token];
  }
}
