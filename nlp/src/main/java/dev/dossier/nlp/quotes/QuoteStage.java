package dev.dossier.nlp.quotes;

import dev.dossier.core.Doc;
import dev.dossier.core.Layer;
import dev.dossier.core.Layers;
import dev.dossier.core.Quote;
import dev.dossier.core.QuoteKind;
import dev.dossier.core.Span;
import dev.dossier.core.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds who said what in an article: direct quotes, partial quotes and reported speech, each with
 * its speaker resolved to the article's entities, its cue and its addressee.
 *
 * <h2>How</h2>
 *
 * <p>News attributes speech in a small number of shapes, and the stage reads them on the tokens,
 * part-of-speech tags and lemmas the token stage already made, with three small logistic
 * regressions of its own (which verbs are cues, which nouns are cues, which attributions to keep),
 * so it costs a few percent of the pipeline:
 *
 * <ol>
 *   <li>{@link QuoteMarks} pairs quotation marks into quoted regions, paragraph by paragraph.
 *   <li>{@link DirectQuotes} reads the attribution next to each region ({@link AttributionFinder}:
 *       {@code "…," he said}, {@code said X}, {@code X told the BBC: "…"}), joins a quote its
 *       attribution splits, and calls a region partial when it is a few words in the writer's
 *       sentence.
 *   <li>{@link ReportedSpeech} finds the cues left ({@link Cues}: verbs of saying, thinking and
 *       showing; "according to"; "citing"; and the stances and acts of the {@link CueClassifier}
 *       learned from annotated news: "accused", "called for", "pledged to") and the content
 *       before or after them; then {@link NominalCues}, nouns a second learned model takes for cues
 *       ("the President's request to …", "support for …"); {@link ContentTails} cuts off a clause of
 *       the writer's that the dependency parse hangs on the cue after a content ("…, but he …").
 *   <li>A quoted paragraph with no attribution continues the quote before it; a partial quote
 *       takes the speaker of the reported speech it stands in.
 *   <li>{@link SpeakerResolver} turns each speaker phrase into a speaker: an entity, a pronoun or
 *       description resolved to an earlier speaker or entity, or an anonymous source.
 *   <li>{@link KeepModel}, learned from annotated news over what {@link KeepFeatures} names (how
 *       the attribution was reached, its cue, speaker, length, place and overlap with the others),
 *       leaves out the reported and partial attributions unlikely to be right: one dot product each.
 * </ol>
 *
 * <p>Reads {@link Layers#TOKENS}, {@link Layers#SENTENCES} and {@link Layers#ENTITIES}; writes
 * {@link Layers#QUOTES}, in text order. Stateless and thread-safe.
 */
public final class QuoteStage implements Stage {

  private static final Comparator<Candidate> ORDER =
      Comparator.comparingInt(Candidate::start).thenComparing(Comparator.comparingInt(Candidate::end).reversed());

  private final QuoteModels models;

  /** The stage with its bundled models. */
  public QuoteStage() {
    this(QuoteModels.standard());
  }

  /**
   * The stage deciding with the given models: for the evaluation, which runs it on an article with
   * cue models fitted without that article. Its name and version are the bundled stage's.
   */
  public QuoteStage(QuoteModels models) {
    this.models = models;
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public int version() {
    return 17;
  }

  @Override
  public Set<Layer<?>> reads() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ENTITIES);
  }

  @Override
  public Set<Layer<?>> writes() {
    return Set.of(Layers.QUOTES);
  }

  @Override
  public Doc process(Doc doc) {
    return doc.with(Layers.QUOTES, models.keep.kept(review(doc)), producer());
  }

  /** Every attribution the stage finds, in text order, with the features its {@link KeepModel} weighs, before the model decides. */
  List<ReviewedQuote> review(Doc doc) {
    TokenView tv = new TokenView(doc, QuoteMarks.find(doc.text()));
    AttributionFinder finder = new AttributionFinder(tv);
    boolean[] usedCues = new boolean[tv.size];
    List<Candidate> direct = new DirectQuotes(tv, finder).find(usedCues);
    direct.addAll(new TranscriptTurns(tv, doc.get(Layers.ENTITIES)).find());
    List<Candidate> reported = new ReportedSpeech(tv, finder, models.cues).find(usedCues);
    // Nouns as cues ("his call to ban …", "support for …"), after the verbs, so that a verb's reading comes first.
    reported.addAll(new NominalCues(tv, finder, models.nominalCues).find(usedCues, Stream.concat(direct.stream(), reported.stream()).toList()));
    // A clause set off after the content that the parse attaches to the cue is the writer's, not what was said.
    new ContentTails(tv).trim(reported);
    List<Candidate> all = new ArrayList<>(direct);
    for (Candidate candidate : reported) {
      if (direct.stream().noneMatch(d -> d.kind == QuoteKind.DIRECT && candidate.overlap(d.span()) * 2 > candidate.length())) {
        all.add(candidate);
      }
    }
    all.sort(ORDER);
    linkSpeakers(tv, all);
    all.addAll(quotedClauses(tv, finder, all));
    all.sort(ORDER);
    SpeakerResolver resolver = new SpeakerResolver(tv, doc.get(Layers.ENTITIES));
    KeepFeatures features = new KeepFeatures(tv, finder, models.cues);
    List<ReviewedQuote> quotes = new ArrayList<>(all.size());
    for (Candidate candidate : all) {
      Attribution attribution = candidate.attribution;
      if (candidate.sharesSpeakerWith == null && attribution != null && attribution.speakerTo() > attribution.speakerFrom()) {
        candidate.speaker = resolver.resolve(attribution.speakerFrom(), attribution.speakerTo(), attribution.aside());
      } else if (candidate.sharesSpeakerWith != null) {
        candidate.speaker = candidate.sharesSpeakerWith.speaker;
        attribution = candidate.sharesSpeakerWith.attribution;
        if (candidate.kind == QuoteKind.DIRECT) {
          // A continued quote is credited by its context, not by the earlier quote's cue.
          attribution = null;
        }
      }
      if (candidate.kind == QuoteKind.PARTIAL && (candidate.speaker == null || candidate.term)) {
        // Scare quotes and titles of works: quoted words nobody is said to have said, or that the writer names as a term.
        continue;
      }
      Span cue = attribution == null ? null : tv.span(attribution.cueFrom(), attribution.cueTo());
      String addressee = attribution == null || !attribution.hasAddressee()
          ? null
          : SpeakerResolver.stripArticle(tv.text(attribution.addresseeFrom(), attribution.addresseeTo()));
      Quote quote = Quote.of(doc.text(), candidate.parts, candidate.kind, candidate.speaker, cue, addressee);
      quotes.add(new ReviewedQuote(quote, features.of(candidate, attribution, candidate.speaker)));
    }
    quotes.sort(Comparator.comparing((ReviewedQuote r) -> r.quote().span()).thenComparing(r -> r.quote().kind()));
    return KeepFeatures.withOverlaps(quotes);
  }

  /**
   * Gives quotes without an attribution of their own the speaker of another: a partial quote that
   * of the reported speech it stands in, a quoted paragraph that of the quote before it (joining
   * it when both are in one paragraph).
   */
  private static void linkSpeakers(TokenView tv, List<Candidate> all) {
    for (int c = 0; c < all.size(); c++) {
      Candidate candidate = all.get(c);
      if (candidate.kind == QuoteKind.PARTIAL) {
        for (Candidate other : all) {
          // The innermost report holding the quoted words: "released a statement saying “…”" is the saying's.
          if (other != candidate && other.attribution != null && other.span().contains(candidate.span())
              && (candidate.sharesSpeakerWith == null || candidate.sharesSpeakerWith.span().contains(other.span()))) {
            candidate.sharesSpeakerWith = other;
          }
        }
        if (candidate.sharesSpeakerWith == null) {
          int sentence = tv.sentence[candidate.firstToken];
          for (Candidate other : all) {
            if (other != candidate && other.kind != QuoteKind.PARTIAL && other.attribution != null && tv.sentence[other.attribution.cueFrom()] == sentence) {
              candidate.sharesSpeakerWith = other;
              break;
            }
          }
        }
      } else if (candidate.continues) {
        Candidate previous = previousAttributed(all, c);
        int paragraph = tv.paragraph[candidate.firstToken];
        if (previous == null || paragraph - tv.paragraph[previous.firstToken] > 1 && paragraph - paragraphAt(tv, previous.end() - 1) > 1) {
          continue;
        }
        // A quoted paragraph after a quote, with no attribution of its own, goes on with it: one quote of several parts.
        if (previous.kind == QuoteKind.DIRECT && paragraph - paragraphAt(tv, previous.end() - 1) <= 1 && previous.end() <= candidate.start()) {
          previous.parts.addAll(candidate.parts);
          all.remove(c);
          c--;
        } else {
          candidate.sharesSpeakerWith = previous;
        }
      }
    }
  }

  /**
   * Reported speech around partial quotes that no other attribution covers: "Clinton described
   * him as “unhinged”" reports what Clinton said from the verb to the end of the quoted clause.
   */
  private static List<Candidate> quotedClauses(TokenView tv, AttributionFinder finder, List<Candidate> all) {
    List<Candidate> clauses = new ArrayList<>();
    Map<Integer, Candidate> byCue = new HashMap<>();
    for (Candidate candidate : all) {
      Attribution attribution = candidate.attribution;
      if (candidate.kind != QuoteKind.PARTIAL || candidate.sharesSpeakerWith != null || attribution == null) {
        continue;
      }
      int last = candidate.firstToken;
      while (last + 1 < tv.size && tv.region[last + 1] == tv.region[candidate.firstToken]) {
        last++;
      }
      int sentenceEnd = tv.sentenceEnd(tv.sentence[candidate.firstToken]);
      int end = finder.clauseEnd(last + 1, sentenceEnd);
      int from = attribution.cueTo();
      if (end - from < 2 || from >= candidate.firstToken) {
        continue;
      }
      Candidate clause = byCue.get(attribution.cueFrom());
      if (clause == null) {
        clause = new Candidate(new Span(tv.start[from], tv.end[end - 1]), QuoteKind.REPORTED, attribution, from);
        clauses.add(clause);
        byCue.put(attribution.cueFrom(), clause);
      } else if (tv.end[end - 1] > clause.end()) {
        clause.parts.set(0, new Span(clause.start(), tv.end[end - 1]));
      }
      candidate.sharesSpeakerWith = clause;
    }
    return clauses;
  }

  /** The paragraph of the token holding character {@code offset}. */
  private static int paragraphAt(TokenView tv, int offset) {
    return tv.paragraph[Math.max(tv.tokenAt(offset), 0)];
  }

  private static Candidate previousAttributed(List<Candidate> all, int index) {
    for (int p = index - 1; p >= 0; p--) {
      Candidate previous = all.get(p);
      if (previous.kind != QuoteKind.PARTIAL && !previous.stance && (previous.attribution != null || previous.sharesSpeakerWith != null)) {
        return previous;
      }
    }
    return null;
  }
}
