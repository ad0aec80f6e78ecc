package dev.dossier.engine;

import dev.dossier.core.Article;
import dev.dossier.core.DateMention;
import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityLinks;
import dev.dossier.core.Layers;
import dev.dossier.core.ReuseKind;
import dev.dossier.core.ReusedPassage;
import dev.dossier.core.Quote;
import dev.dossier.core.Speaker;
import dev.dossier.engine.quality.AttributionConflict;
import dev.dossier.engine.quality.ConflictingAttributions;
import dev.dossier.engine.quality.Quality;
import dev.dossier.engine.quality.UnattributedClaims;
import dev.dossier.engine.quality.SentenceOrder;
import dev.dossier.engine.reuse.TermReader;
import dev.dossier.engine.reuse.TextReuse;
import dev.dossier.engine.reuse.Thesaurus;
import dev.dossier.engine.reuse.UnitAligner;
import dev.dossier.engine.reuse.UnitSplitter;
import dev.dossier.engine.story.StoryClustering;
import dev.dossier.engine.story.StoryFeatures;
import dev.dossier.store.AttributionTables;
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
 * (changed) first leaves its reuse groups, its story and its attribution conflicts, then is added
 * afresh.
 *
 * <p>Immutable and thread-safe; the tables it is given are not.
 */
public final class Recycler {

  /** Recorded with the quality rows it writes; bump when its output for the same input may change. */
  public static final String PRODUCER = "recycling@2";

  /** What needs the thesaurus, made on first use: reading an article's findings mostly does not. */
  private record Parts(TextReuse reuse, TermReader reader, SentenceOrder order, ConflictingAttributions attributions) {}

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
          UnitAligner aligner = new UnitAligner(words);
          current = new Parts(new TextReuse(new UnitSplitter(reader), aligner), reader, new SentenceOrder(reader), new ConflictingAttributions(reader, aligner));
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
      add(tables, doc.article(), doc.has(Layers.ENTITIES) ? EntityLinks.resolved(doc) : List.of(), doc.has(Layers.DATES) ? doc.get(Layers.DATES) : List.of(),
          resolvedQuotes(doc));
    }
  }

  /**
   * A document's quotes with their speakers' entity ids translated to the resolved ids, as the
   * store keeps them; {@code null} if it has no quotes layer.
   */
  public static List<Quote> resolvedQuotes(Doc doc) {
    if (!doc.has(Layers.QUOTES)) {
      return null;
    }
    List<Quote> quotes = new ArrayList<>();
    for (Quote quote : doc.get(Layers.QUOTES)) {
      Speaker speaker = quote.speaker();
      if (speaker != null && speaker.entity() != null) {
        String resolved = EntityLinks.resolvedId(doc, speaker.entity()).orElse(null);
        speaker = new Speaker(speaker.name(), resolved, speaker.anonymous(), speaker.description(), speaker.span());
        quote = new Quote(quote.span(), quote.parts(), quote.text(), quote.kind(), speaker, quote.cue(), quote.cueText(), quote.addressee());
      }
      quotes.add(quote);
    }
    return quotes;
  }

  /** {@link #add(RecyclingTables, Article, List, List, List)} without a quotes layer: no attribution signals. */
  public StoryClustering.Placement add(RecyclingTables tables, Article article, List<Entity> entities, List<DateMention> dates) throws SQLException {
    return add(tables, article, entities, dates, null);
  }

  /**
   * Adds one article: indexes its units for reuse, places it in a story and records the quality
   * signals that depend on it alone, and its quotations' conflicting attributions with everything
   * stored.
   *
   * @param quotes its quotes layer with resolved speaker ids ({@link #resolvedQuotes}), or {@code
   *     null} if it has none: quotations are then found by quote marks and the attribution signals
   *     are not measured
   * @return where it was placed
   */
  public StoryClustering.Placement add(RecyclingTables tables, Article article, List<Entity> entities, List<DateMention> dates, List<Quote> quotes)
      throws SQLException {
    String id = article.id();
    StoryTables storyTables = tables.stories();
    TextReuse reuse = parts().reuse();
    ConflictingAttributions attributions = parts().attributions();
    if (storyTables.membership(id).isPresent() || !tables.reuse().unitsOf(id).isEmpty()) {
      reuse.remove(tables.reuse(), id);
      stories.remove(storyTables, id);
      attributions.remove(tables.attributions(), id);
    }
    reuse.add(tables.reuse(), id, article.text(), article.published(), quotes);
    List<String> copiedFrom = substantialSources(reuse.passages(tables.reuse(), id, article.text(), quotes), article.text().length());
    StoryFeatures features = StoryFeatures.of(parts().reader(), article.text(), article.published(), entities, dates);
    StoryClustering.Placement placement = stories.place(storyTables, id, features, copiedFrom);
    SentenceOrder.Score score = parts().order().score(article.text(), entities);
    storyTables.putQuality(id, score.sentences(), score.incoherence(), PRODUCER);
    if (quotes != null) {
      attributions.add(tables.attributions(), id, article.text(), article.published(), quotes);
      UnattributedClaims.Claims claims = UnattributedClaims.find(article.text(), article.title(), entities, quotes);
      tables.attributions().putClaims(id, claims.claims(), claims.unattributed());
    }
    return placement;
  }

  /**
   * Records only the attribution signals of an article already recycled without them (stored
   * before the step computed them): its quotations' conflicts with everything stored, and its
   * claims. Does nothing without a quotes layer.
   */
  public void addAttributions(RecyclingTables tables, Article article, List<Entity> entities, List<Quote> quotes) throws SQLException {
    if (quotes == null) {
      return;
    }
    ConflictingAttributions attributions = parts().attributions();
    attributions.remove(tables.attributions(), article.id());
    attributions.add(tables.attributions(), article.id(), article.text(), article.published(), quotes);
    UnattributedClaims.Claims claims = UnattributedClaims.find(article.text(), article.title(), entities, quotes);
    tables.attributions().putClaims(article.id(), claims.claims(), claims.unattributed());
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

  /** What the step knows of an article read without its quotes layer: no attribution signals. */
  public Recycling read(RecyclingTables tables, Article article) throws SQLException {
    return read(tables, article, null);
  }

  /** What the step knows of an analysed document. */
  public Recycling read(RecyclingTables tables, Doc doc) throws SQLException {
    return read(tables, doc.article(), doc.has(Layers.QUOTES) ? doc.get(Layers.QUOTES) : null);
  }

  /**
   * What the step knows of a stored or added article.
   *
   * @param quotes its quotes layer, as it was added with, or {@code null} if it has none
   */
  public Recycling read(RecyclingTables tables, Article article, List<Quote> quotes) throws SQLException {
    List<ReusedPassage> passages =
        tables.reuse().reusedUnits(article.id()).isEmpty() ? List.of() : parts().reuse().passages(tables.reuse(), article.id(), article.text(), quotes);
    String story = tables.stories().membership(article.id()).map(m -> Recycling.storyId(m.storyId())).orElse(null);
    SentenceOrder.Score score =
        tables.stories().quality(article.id()).map(row -> new SentenceOrder.Score(row.sentences(), row.incoherence())).orElse(null);
    if (quotes == null) {
      return new Recycling(passages, story, Quality.of(article, passages, score));
    }
    List<AttributionConflict> conflicts = ConflictingAttributions.read(tables.attributions(), article.id(), article.text());
    AttributionTables.Claims claims = tables.attributions().claims(article.id());
    return new Recycling(passages, story, Quality.of(article, passages, score, conflicts, claims.claims(), claims.unattributed()));
  }
}
