package dev.dossier.nlp;

import dev.dossier.core.Doc;
import dev.dossier.core.EntityType;
import dev.dossier.core.Layer;
import dev.dossier.core.Layers;
import dev.dossier.core.Mention;
import dev.dossier.core.Sentence;
import dev.dossier.core.Span;
import dev.dossier.core.Stage;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds named-entity mentions (PERSON, ORGANIZATION, LOCATION, MISC) sentence by sentence with
 * {@link EntityTagger}. A mention is a maximal run of tokens with one type. Types are then made
 * consistent across the article ({@link DocumentConsistency}) once a name's last word has decided
 * its type ({@link HeadNouns}); in a Title Case headline only names
 * the body confirms are kept ({@link Headlines}); and a name found once is found wherever it
 * recurs in the article ({@link NamePropagation}).
 *
 * <p>Reads {@link Layers#TOKENS} and {@link Layers#SENTENCES}; writes {@link Layers#MENTIONS}.
 * Thread-safe.
 */
public final class MentionStage implements Stage {

  private final EntityTagger tagger = new EntityTagger();

  @Override
  public String name() {
    return "mentions";
  }

  @Override
  public int version() {
    return 2;
  }

  @Override
  public Set<Layer<?>> reads() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES);
  }

  @Override
  public Set<Layer<?>> writes() {
    return Set.of(Layers.MENTIONS);
  }

  /** A full stop and a number after one word: "Doc. 195", "No. 17", "Vol. II". */
  private static final Pattern CITATION_NUMBER = Pattern.compile("\\. ?(?:\\d|[IVXLC]+\\b)");

  @Override
  public Doc process(Doc doc) {
    List<Mention> mentions = new ArrayList<>();
    for (Sentence sentence : doc.get(Layers.SENTENCES)) {
      List<CoreLabel> tokens = CoreLabels.of(doc, sentence);
      List<EntityType> types = tagger.label(tokens);
      int i = 0;
      while (i < types.size()) {
        EntityType type = types.get(i);
        if (type == null) {
          i++;
          continue;
        }
        int end = i + 1;
        while (end < types.size() && types.get(end) == type) {
          end++;
        }
        Span span = new Span(tokens.get(i).beginPosition(), tokens.get(end - 1).endPosition());
        if (!isCitationAbbreviation(doc.text(), span)) {
          mentions.add(new Mention(span, span.of(doc.text()), type));
        }
        i = end;
      }
    }
    List<Mention> consistent = DocumentConsistency.harmonise(HeadNouns.retype(Headlines.confirmed(doc, mentions)));
    return doc.with(Layers.MENTIONS, NamePropagation.propagate(doc, consistent), producer());
  }

  /**
   * A lone capitalised abbreviation followed by a number is a reference in a citation, not a name,
   * however often legal and official text repeats it. The sentence splitter often ends a sentence
   * at its full stop, so this looks at the text, not the sentence's tokens.
   */
  static boolean isCitationAbbreviation(String text, Span span) {
    // Citation abbreviations are short ("Doc", "No", "Vol", "Ex", "Art"); a name that ends a
    // sentence before a number ("met Putin. 25 people died") is longer.
    if (span.length() > 4 || span.of(text).indexOf(' ') >= 0) {
      return false;
    }
    return CITATION_NUMBER.matcher(text).region(span.end(), text.length()).lookingAt();
  }
}
