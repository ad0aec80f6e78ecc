package dev.dossier.engine.quality;

import dev.dossier.core.Article;
import dev.dossier.core.Removal;
import dev.dossier.core.ReuseKind;
import dev.dossier.core.ReusedPassage;
import dev.dossier.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How trustworthy a piece of copy looks: content-quality signals of one article.
 *
 * <p>The attribution signals ({@link ConflictingAttributions}, {@link UnattributedClaims}) need the
 * quotes layer; for an article analysed without it they are empty and {@code claims} is {@code
 * null}.
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
 * @param conflictingAttributions its quotations credited elsewhere, in this article or another, to
 *     a speaker who cannot be the one credited here, in text order
 * @param claims how many of its sentences make a claim ({@link UnattributedClaims}), or {@code
 *     null} if not measured (no quotes layer)
 * @param unattributedClaims those claims no attribution covers, in text order
 */
public record Quality(
    Map<String, Integer> removed,
    double reuseRatio,
    List<String> copiesFrom,
    int sharedQuotes,
    int spins,
    int sentences,
    Double sentenceOrderIncoherence,
    List<AttributionConflict> conflictingAttributions,
    Integer claims,
    List<Span> unattributedClaims) {

  public Quality {
    removed = java.util.Collections.unmodifiableMap(new TreeMap<>(removed));
    copiesFrom = List.copyOf(copiesFrom);
    conflictingAttributions = List.copyOf(conflictingAttributions);
    unattributedClaims = List.copyOf(unattributedClaims);
  }

  /** These signals without the conflicting attributions {@code stale} accepts; the rest unchanged. */
  public Quality withoutConflicts(java.util.function.Predicate<AttributionConflict> stale) {
    List<AttributionConflict> kept = conflictingAttributions.stream().filter(stale.negate()).toList();
    return kept.size() == conflictingAttributions.size()
        ? this
        : new Quality(removed, reuseRatio, copiesFrom, sharedQuotes, spins, sentences, sentenceOrderIncoherence, kept, claims, unattributedClaims);
  }

  /** The signals of an article from its removals, its reused passages and its order score, without attribution signals. */
  public static Quality of(Article article, List<ReusedPassage> passages, SentenceOrder.Score order) {
    return of(article, passages, order, List.of(), null, List.of());
  }

  /** The signals of an article from its removals, reused passages, order score and attribution signals. */
  public static Quality of(
      Article article, List<ReusedPassage> passages, SentenceOrder.Score order, List<AttributionConflict> conflicts, Integer claims, List<Span> unattributed) {
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
    return new Quality(
        removed, ratio, sources, quotes, spins, order == null ? 0 : order.sentences(), order == null ? null : order.incoherence(), conflicts, claims, unattributed);
  }
}
