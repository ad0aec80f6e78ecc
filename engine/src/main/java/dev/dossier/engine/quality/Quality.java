package dev.dossier.engine.quality;

import dev.dossier.core.Article;
import dev.dossier.core.Removal;
import dev.dossier.core.ReuseKind;
import dev.dossier.core.ReusedPassage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How trustworthy a piece of copy looks: content-quality signals of one article.
 *
 * <p>Two signals the issue names need the quotes layer and are not here yet: conflicting
 * attributions (one quote credited to different speakers) and claims with no attribution. They
 * belong beside these as further components, and in {@code DocJson}'s {@code quality} object as
 * further fields.
 *
 * @param removed how many pieces cleaning removed, by reason ({@code link-spam}, {@code
 *     boilerplate}, ...), sorted by reason
 * @param reuseRatio the share of the cleaned text's characters in passages copied from earlier
 *     articles (shared quotes do not count), from 0 to 1
 * @param copiesFrom the articles it copies from, in the order their first passage appears
 * @param sharedQuotes how many quotations it shares with earlier articles
 * @param spins how many words of its copied passages stand where the source has a synonym
 * @param sentences how many body sentences the sentence-order measure compared
 * @param sentenceOrderIncoherence see {@link SentenceOrder}; {@code null} for short articles or if
 *     not measured
 */
public record Quality(
    Map<String, Integer> removed, double reuseRatio, List<String> copiesFrom, int sharedQuotes, int spins, int sentences, Double sentenceOrderIncoherence) {

  public Quality {
    removed = java.util.Collections.unmodifiableMap(new TreeMap<>(removed));
    copiesFrom = List.copyOf(copiesFrom);
  }

  /** The signals of an article from its removals, its reused passages and its order score. */
  public static Quality of(Article article, List<ReusedPassage> passages, SentenceOrder.Score order) {
    Map<String, Integer> removed = new TreeMap<>();
    for (Removal removal : article.removed()) {
      removed.merge(removal.reason(), 1, Integer::sum);
    }
    boolean[] copied = new boolean[article.text().length()];
    List<String> sources = new ArrayList<>();
    int quotes = 0;
    int spins = 0;
    for (ReusedPassage passage : passages) {
      if (passage.kind() == ReuseKind.SHARED_QUOTE) {
        quotes++;
        continue;
      }
      spins += passage.spins().size();
      if (!sources.contains(passage.sourceArticle())) {
        sources.add(passage.sourceArticle());
      }
      for (int i = passage.span().start(); i < Math.min(copied.length, passage.span().end()); i++) {
        copied[i] = true;
      }
    }
    int copiedChars = 0;
    for (boolean c : copied) {
      copiedChars += c ? 1 : 0;
    }
    double ratio = copied.length == 0 ? 0 : (double) copiedChars / copied.length;
    return new Quality(removed, ratio, sources, quotes, spins, order == null ? 0 : order.sentences(), order == null ? null : order.incoherence());
  }
}
