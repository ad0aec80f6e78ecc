package dev.dossier.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A story as listed: the articles the engine grouped as reporting one event or topic.
 *
 * @param id its stable id
 * @param firstArticle the id of the article that opened it
 * @param title the title of that article, possibly empty
 * @param firstPublished the earliest publication date among its articles, or {@code null}
 * @param lastPublished the latest, or {@code null}
 * @param articles how many articles it holds
 */
public record StorySummary(long id, String firstArticle, String title, LocalDate firstPublished, LocalDate lastPublished, int articles) {

  public StorySummary {
    Objects.requireNonNull(firstArticle, "firstArticle");
    Objects.requireNonNull(title, "title");
  }
}
