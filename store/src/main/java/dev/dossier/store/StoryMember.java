package dev.dossier.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article of a story.
 *
 * @param articleId its id
 * @param title its title, possibly empty
 * @param published its publication date, or {@code null}
 * @param source its outlet, or {@code null}
 * @param similarity how close it was to the story when it joined (1 for the article that opened it)
 */
public record StoryMember(String articleId, String title, LocalDate published, String source, double similarity) {

  public StoryMember {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(title, "title");
  }
}
