package dev.dossier.store;

import dev.dossier.core.EntityType;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the store knows about one entity across all articles.
 *
 * @param id stable id
 * @param name canonical name: the name most articles give it as theirs, ties going to the one
 *     most recently written
 * @param type entity type, as given with the canonical name
 * @param aliases every other name any stored article uses for it, sorted
 * @param articles how many stored articles mention it
 * @param mentions how many times it is mentioned in all of them
 * @param firstSeen earliest publication date among those articles, or {@code null} if none is dated
 * @param lastSeen latest publication date among those articles, or {@code null}
 * @param coMentioned the entities most often mentioned in the same articles, at most ten
 * @param recentArticles the newest articles mentioning it, at most ten, undated ones last
 */
public record EntityProfile(
    String id,
    String name,
    EntityType type,
    List<String> aliases,
    int articles,
    int mentions,
    LocalDate firstSeen,
    LocalDate lastSeen,
    List<CoMention> coMentioned,
    List<ArticleRef> recentArticles) {

  public EntityProfile {
    aliases = List.copyOf(aliases);
    coMentioned = List.copyOf(coMentioned);
    recentArticles = List.copyOf(recentArticles);
  }

  /**
   * An entity mentioned in the same articles.
   *
   * @param sharedArticles how many articles mention both
   */
  public record CoMention(String id, String name, EntityType type, int sharedArticles) {}

  /** A stored article, by id, title and publication date ({@code null} if unknown). */
  public record ArticleRef(String id, String title, LocalDate published) {}
}
