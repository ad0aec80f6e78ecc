package dev.dossier.engine;

import dev.dossier.core.Article;
import dev.dossier.core.DateMention;
import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityLinks;
import dev.dossier.core.Layers;
import dev.dossier.core.ReuseKind;
import dev.dossier.core.ReusedPassage;
import dev.dossier.engine.quality.Quality;
import dev.dossier.engine.quality.SentenceOrder;
import dev.dossier.engine.reuse.TermReader;
import dev.dossier.engine.reuse.TextReuse;
import dev.dossier.engine.reuse.Thesaurus;
import dev.dossier.engine.reuse.UnitAligner;
import dev.dossier.engine.reuse.UnitSplitter;
import dev.dossier.engine.story.StoryClustering;
import dev.dossier.engine.story.StoryFeatures;
import dev.dossier.store.RecyclingTables;
import dev.dossier.store.StoryTables;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The engine's cross-document step for what is recycled: text reuse ({@link TextReuse}), stories
 * ({@link StoryClustering}) and content quality ({@link Quality}), run on the articles of each
 * committed batch, in order, against everything stored before them.
 *
 * <p>It keeps its state in its own tables ({@link RecyclingTables}): the store's for ingest, an
 * in-memory database for {@code analyze}, so both run the same code. An article seen again
 * (changed) first leaves its reuse groups and its story, then is added afresh.
 *
 * <p>Immutable and thread-safe; the tables it is given are not.
 */
public final class Recycler {

  /** Recorded with the quality rows it writes; bump when its output for the same input may change. */
  public static final String PRODUCER = "recycling@1";

  /** What needs the thesaurus, made on first use: reading an article's findings mostly does not. */
  private record Parts(TextReuse reuse, TermReader reader, SentenceOrder order) {}

  private final Supplier<Thesaurus> thesaurus;
  private final StoryClustering stories;
  private volatile Parts parts;

  /**
   * @param thesaurus called once, on first use, for the thesaurus text reuse and the story step
   *     read words with
   */
  public Recycler(Supplier<Thesaurus> thesaurus, StoryClustering stories) {
    this.thesaurus = thesaurus;
    this.stories = stories;
  }

  /** Over WordNet 3.1 with the standard story settings. */
  public static Recycler standard() {
    return withStories(StoryClustering.standard());
  }

  /** Over WordNet 3.1 with the given story clustering. */
  public static Recycler withStories(StoryClustering stories) {
    return new Recycler(Thesaurus::wordNet, stories);
  }

  private Parts parts() {
    Parts current = parts;
    if (current == null) {
      synchronized (this) {
        current = parts;
        if (current == null) {
          Thesaurus words = thesaurus.get();
          TermReader reader = new TermReader(words);
          current = new Parts(new TextReuse(new UnitSplitter(reader), new UnitAligner(words)), reader, new SentenceOrder(reader));
          parts = current;
        }
      }
    }
    return current;
  }

  /** Adds the documents, in order. */
  public void add(RecyclingTables tables, List<Doc> docs) throws SQLException {
    for (Doc doc : docs) {
      // Resolved entities, so that stories see one actor under one id across articles.
      add(tables, doc.article(), doc.has(Layers.ENTITIES) ? EntityLinks.resolved(doc) : List.of(), doc.has(Layers.DATES) ? doc.get(Layers.DATES) : List.of());
    }
  }

  /**
   * Adds one article: indexes its units for reuse, places it in a story and records the quality
   * signals that depend on it alone.
   *
   * @return where it was placed
   */
  public StoryClustering.Placement add(RecyclingTables tables, Article article, List<Entity> entities, List<DateMention> dates) throws SQLException {
    String id = article.id();
    StoryTables storyTables = tables.stories();
    TextReuse reuse = parts().reuse();
    if (storyTables.membership(id).isPresent() || !tables.reuse().unitsOf(id).isEmpty()) {
      reuse.remove(tables.reuse(), id);
      stories.remove(storyTables, id);
    }
    reuse.add(tables.reuse(), id, article.text(), article.published());
    List<String> copiedFrom = substantialSources(reuse.passages(tables.reuse(), id, article.text()), article.text().length());
    StoryFeatures features = StoryFeatures.of(parts().reader(), article.text(), article.published(), entities, dates);
    StoryClustering.Placement placement = stories.place(storyTables, id, features, copiedFrom);
    SentenceOrder.Score score = parts().order().score(article.text(), entities);
    storyTables.putQuality(id, score.sentences(), score.incoherence(), PRODUCER);
    return placement;
  }

  /** The sources a text copies at least {@link StoryClustering#COPY_SHARE} of its characters from. */
  private static List<String> substantialSources(List<ReusedPassage> passages, int length) {
    Map<String, Integer> chars = new LinkedHashMap<>();
    for (ReusedPassage passage : passages) {
      if (passage.kind() == ReuseKind.COPIED) {
        chars.merge(passage.sourceArticle(), passage.span().length(), Integer::sum);
      }
    }
    List<String> sources = new ArrayList<>();
    chars.forEach((source, count) -> {
      if (length > 0 && count >= StoryClustering.COPY_SHARE * length) {
        sources.add(source);
      }
    });
    return sources;
  }

  /** What the step knows of a stored or added article. */
  public Recycling read(RecyclingTables tables, Article article) throws SQLException {
    List<ReusedPassage> passages =
        tables.reuse().reusedUnits(article.id()).isEmpty() ? List.of() : parts().reuse().passages(tables.reuse(), article.id(), article.text());
    String story = tables.stories().membership(article.id()).map(m -> Recycling.storyId(m.storyId())).orElse(null);
    SentenceOrder.Score score =
        tables.stories().quality(article.id()).map(row -> new SentenceOrder.Score(row.sentences(), row.incoherence())).orElse(null);
    return new Recycling(passages, story, Quality.of(article, passages, score));
  }
}
