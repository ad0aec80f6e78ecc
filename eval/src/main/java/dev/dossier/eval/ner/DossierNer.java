package dev.dossier.eval.ner;

import dev.dossier.core.Article;
import dev.dossier.core.Doc;
import dev.dossier.core.EntityType;
import dev.dossier.core.Layers;
import dev.dossier.core.Mention;
import dev.dossier.core.Producer;
import dev.dossier.core.Sentence;
import dev.dossier.core.Span;
import dev.dossier.core.Token;
import dev.dossier.eval.conll.ConllDocument;
import dev.dossier.eval.conll.ConllSentence;
import dev.dossier.nlp.CoreNlp;
import dev.dossier.nlp.MentionStage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Dossier's mention stage, exactly as the product runs it, on the gold tokenisation.
 *
 * <p>Each CoNLL document becomes one {@link Doc} whose text is the gold tokens joined by single
 * spaces, one sentence per line, with the token and sentence layers built by hand from the gold
 * tokenisation (no part-of-speech tags: the CRF does not read them). {@link MentionStage} then
 * runs on it directly, including its repairs and the per-document type consistency, and each
 * mention's span is mapped back to gold token indexes. The stage is called directly because a
 * one-stage pipeline would be refused: nothing in it writes the token layer.
 */
final class DossierNer implements NerSystem {

  /** Recorded as the producer of the hand-built layers. */
  private static final Producer GOLD = new Producer("conll-gold-tokens", 1);

  private final MentionStage stage = new MentionStage();

  @Override
  public String name() {
    return "dossier";
  }

  @Override
  public String description() {
    return "Dossier MentionStage (CoNLL 4-class CRF + mention repair + per-document consistency) on gold tokens";
  }

  @Override
  public void load() {
    CoreNlp.entityClassifier();
  }

  @Override
  public List<List<String>> label(ConllDocument document) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>(document.tokenCount());
    List<Sentence> sentences = new ArrayList<>(document.sentences().size());
    for (ConllSentence sentence : document.sentences()) {
      if (text.length() > 0) {
        text.append('\n');
      }
      int first = tokens.size();
      int sentenceStart = text.length();
      for (String word : sentence.words()) {
        if (tokens.size() > first) {
          text.append(' ');
        }
        int start = text.length();
        text.append(word);
        tokens.add(new Token(new Span(start, text.length()), word, null, null));
      }
      sentences.add(new Sentence(new Span(sentenceStart, text.length()), first, tokens.size()));
    }
    String id = "conll-" + document.index();
    String origin = "CoNLL document " + document.index() + " (line " + document.line() + ")";
    Article article = new Article(id, null, "", null, null, text.toString(), List.of(), origin, id);
    Doc doc = Doc.of(article).with(Layers.TOKENS, tokens, GOLD).with(Layers.SENTENCES, sentences, GOLD);
    List<Mention> mentions = stage.process(doc).get(Layers.MENTIONS);
    return toLabels(document, tokens, mentions);
  }

  /** Each mention's type on the gold tokens it covers; a mention must start and end on token edges. */
  private static List<List<String>> toLabels(ConllDocument document, List<Token> tokens, List<Mention> mentions) {
    int[] starts = new int[tokens.size()];
    int[] ends = new int[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      starts[i] = tokens.get(i).span().start();
      ends[i] = tokens.get(i).span().end();
    }
    String[] flat = new String[tokens.size()];
    for (Mention mention : mentions) {
      int first = Arrays.binarySearch(starts, mention.span().start());
      int last = Arrays.binarySearch(ends, mention.span().end());
      if (first < 0 || last < first) {
        throw new IllegalStateException(
            "mention '" + mention.text() + "' " + mention.span() + " in CoNLL document " + document.index() + " does not align with the gold tokens");
      }
      Arrays.fill(flat, first, last + 1, conllType(mention.type()));
    }
    List<List<String>> labels = new ArrayList<>(document.sentences().size());
    int offset = 0;
    for (ConllSentence sentence : document.sentences()) {
      labels.add(Arrays.asList(Arrays.copyOfRange(flat, offset, offset + sentence.size())));
      offset += sentence.size();
    }
    return labels;
  }

  static String conllType(EntityType type) {
    return switch (type) {
      case PERSON -> "PER";
      case ORGANIZATION -> "ORG";
      case LOCATION -> "LOC";
      case MISC -> "MISC";
    };
  }
}
