package dev.dossier.engine;

import dev.dossier.core.Article;
import dev.dossier.core.ReuseKind;
import dev.dossier.core.ReusedPassage;
import dev.dossier.store.StoryMember;
import dev.dossier.store.StorySummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A story as {@code dossier story} shows it.
 *
 * @param summary its id, dates, size and opening article
 * @param members its articles in publication order (undated last): the first is its first
 *     publisher
 * @param copies who copied whom: for each article of the story, each earlier article it copies
 *     prose from, in the story or outside it
 */
public record StoryReport(StorySummary summary, List<StoryMember> members, List<Copy> copies) {

  /**
   * One article copying from another.
   *
   * @param copier the article that copies
   * @param source the earliest known publisher of what it copies
   * @param passages how many copied passages
   * @param share the share of the copier's text copied from the source, from 0 to 1
   * @param sourceInStory whether the source belongs to the same story
   */
  public record Copy(String copier, String source, int passages, double share, boolean sourceInStory) {}

  public StoryReport {
    Objects.requireNonNull(summary, "summary");
    members = List.copyOf(members);
    copies = List.copyOf(copies);
  }

  /** The copy links of one member from its reused passages. */
  static List<Copy> copies(Article article, List<ReusedPassage> passages, List<StoryMember> members) {
    Map<String, int[]> bySource = new LinkedHashMap<>();
    for (ReusedPassage passage : passages) {
      if (passage.kind() == ReuseKind.COPIED) {
        int[] counts = bySource.computeIfAbsent(passage.sourceArticle(), k -> new int[2]);
        counts[0]++;
        counts[1] += passage.span().length();
      }
    }
    List<Copy> copies = new ArrayList<>();
    int length = Math.max(1, article.text().length());
    bySource.forEach(
        (source, counts) ->
            copies.add(new Copy(article.id(), source, counts[0], (double) counts[1] / length, members.stream().anyMatch(m -> m.articleId().equals(source)))));
    return copies;
  }
}
