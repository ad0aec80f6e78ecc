package dev.dossier.engine.story;

import dev.dossier.store.StoryTables;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Incremental story clustering: each arriving article joins the story it is closest to, or opens
 * a new one. No story is ever reclustered, so a story's id is stable from the moment it opens, and
 * the work per article does not grow with the store.
 *
 * <h2>How an article is placed</h2>
 *
 * <ol>
 *   <li>Its {@link StoryFeatures} become a TF-IDF vector over the store's feature frequencies so
 *       far, cut to its {@link #WORD_FEATURES} strongest words, {@link #ENTITY_FEATURES}
 *       strongest entities, {@link #NUMBER_FEATURES} strongest figures and {@link #PAIR_FEATURES}
 *       pairs of main actors, each part normalised.
 *   <li>Candidate stories are the {@link #STORIES_PER_FEATURE} most recently active stories that
 *       have each of its {@link #SEED_FEATURES} strongest features among their own; the {@link
 *       #CANDIDATES} that share most of those features are scored, with the stories of the
 *       articles it copies from.
 *   <li>Its similarity to a candidate blends its cosine with the story's centroid and its mean
 *       cosine with the story's {@link #MEMBERS_COMPARED} latest articles (the centroid keeps a
 *       long story's core, the latest articles its drift); each cosine blends the word, entity,
 *       figure and pair cosines by {@link Settings#entityShare()}, {@link
 *       Settings#numberShare()} and {@link Settings#pairShare()}.
 *       Time between the article and the story's dates damps it ({@link #timeFactor}), and so
 *       does a year more than {@link #ERA_YEARS} from the year of every one of those latest
 *       articles that has one ({@link #ERA_FACTOR}; the year is the date's, or, for an undated
 *       article, the latest its text names, see {@link StoryFeatures#year()}). Copying
 *       substantially from an article of the story ({@link #COPY_SHARE}) places it there whatever
 *       the words say.
 *   <li>It joins the most similar story at {@link Settings#threshold()} or above, adding its vector
 *       to the centroid; otherwise it opens a story of its own.
 * </ol>
 *
 * <p>Thread-safe; the tables it is given are not.
 */
public final class StoryClustering {

  /**
   * The words an article's vector keeps, its strongest by TF-IDF. Measured on ECB+ dev over 20
   * arrival orders, 50 → 80: +0.005 B-cubed F1; 100 and more gain less, 40 loses. Likely why (not
   * checked word by word): the words a later report of the same event shares with an earlier one
   * are often said once, further on, and fell below the strongest 50 of one of them.
   */
  static final int WORD_FEATURES = 80;
  static final int ENTITY_FEATURES = 25;
  static final int NUMBER_FEATURES = 15;

  /** The pairs of main actors an article's vector keeps: every pair of its {@link StoryFeatures#PAIR_ENTITIES}. */
  static final int PAIR_FEATURES = StoryFeatures.PAIR_ENTITIES * (StoryFeatures.PAIR_ENTITIES - 1) / 2;
  static final int CENTROID_SIZE = 150;
  static final int SEED_FEATURES = 12;
  static final int STORIES_PER_FEATURE = 20;
  static final int MEMBERS_COMPARED = 10;

  /** How many candidate stories, those sharing most of the seed features first, are scored. */
  static final int CANDIDATES = 25;

  /** An article that copies this share of its text from a story's article belongs to that story. */
  public static final double COPY_SHARE = 0.3;

  /** Days around a story's dates within which time does not count against an article. */
  static final int SAME_TIME_DAYS = 30;

  /** Days over which the time factor falls by a factor e beyond {@link #SAME_TIME_DAYS}. */
  static final double TIME_DECAY_DAYS = 180;

  /** Years within which an article's year agrees with a member's. */
  static final int ERA_YEARS = 2;

  /**
   * The factor on the similarity of an article whose year agrees with none of the years of a
   * story's latest members. Gentle, since a year read from the text may be one it looks back to.
   */
  static final double ERA_FACTOR = 0.75;

  /** The prefix of the year an article's stored vector carries beside its features. */
  private static final String YEAR = "y:";

  private static final String ARTICLES = "articles";
  private static final String SEQ = "story_seq";

  /**
   * What the clustering uses.
   *
   * @param entities whether entity features count (the words-only baseline leaves them out)
   * @param time whether time between article and story counts
   * @param threshold the least similarity at which an article joins a story
   * @param entityShare the weight of the entity cosine
   * @param numberShare the weight of the cosine over the figures ({@code n:} features)
   * @param pairShare the weight of the cosine over the pairs of main actors ({@code p:} features);
   *     the word cosine has the rest
   * @param centroidShare the weight of the centroid cosine against the mean cosine with the
   *     latest members
   */
  public record Settings(boolean entities, boolean time, double threshold, double entityShare, double numberShare, double pairShare, double centroidShare) {

    /** Entities, words, figures, pairs of main actors and time, as ingest uses them. */
    public static Settings standard() {
      return new Settings(true, true, 0.2, 0.2, 0.2, 0.1, 0.5);
    }

    /** The topic-words baseline: words alone, at a threshold. */
    public static Settings wordsOnly(double threshold) {
      return new Settings(false, false, threshold, 0, 0, 0, 0.5);
    }
  }

  /** The parts of a vector, each normalised on its own and compared on its own. */
  enum Part {
    WORDS,
    ENTITIES,
    NUMBERS,
    PAIRS,
    /** Not a feature: the year an article's stored vector carries, never compared as a cosine. */
    YEAR;

    static Part of(String feature) {
      return feature.startsWith("e:") ? ENTITIES
          : feature.startsWith("n:") ? NUMBERS
          : feature.startsWith("p:") ? PAIRS
          : feature.startsWith(StoryClustering.YEAR) ? YEAR
          : WORDS;
    }
  }

  /**
   * Where an article was placed.
   *
   * @param storyId its story
   * @param opened true if it opened the story
   * @param similarity its similarity to the story when it joined (1 when it opened it)
   */
  public record Placement(long storyId, boolean opened, double similarity) {}

  private final Settings settings;

  public StoryClustering(Settings settings) {
    this.settings = settings;
  }

  public static StoryClustering standard() {
    return new StoryClustering(Settings.standard());
  }

  public Settings settings() {
    return settings;
  }

  /**
   * Places an article in a story.
   *
   * @param copiedFrom the articles it copies at least {@link #COPY_SHARE} of its text from
   */
  public Placement place(StoryTables tables, String articleId, StoryFeatures features, Collection<String> copiedFrom) throws SQLException {
    Map<String, Double> raw = new HashMap<>(features.features());
    if (!settings.entities() || settings.pairShare() == 0) {
      raw.keySet().removeIf(feature -> Part.of(feature) == Part.PAIRS);
    }
    if (!settings.entities()) {
      raw.keySet().removeIf(feature -> Part.of(feature) == Part.ENTITIES);
    }
    if (settings.numberShare() == 0) {
      raw.keySet().removeIf(feature -> Part.of(feature) == Part.NUMBERS);
    }
    long articles = tables.counter(ARTICLES);
    Map<String, Integer> df = tables.documentFrequencies(raw.keySet());
    Map<String, Double> vector = new HashMap<>();
    raw.forEach((feature, weight) -> vector.put(feature, weight * (Math.log((articles + 1.0) / (df.getOrDefault(feature, 0) + 1.0)) + 1)));
    Map<String, Double> kept = new LinkedHashMap<>(strongest(part(vector, Part.WORDS), WORD_FEATURES));
    kept.putAll(strongest(part(vector, Part.ENTITIES), ENTITY_FEATURES));
    kept.putAll(strongest(part(vector, Part.NUMBERS), NUMBER_FEATURES));
    kept.putAll(strongest(part(vector, Part.PAIRS), PAIR_FEATURES));
    kept = normaliseParts(kept);
    tables.addDocumentFrequencies(raw.keySet(), 1);
    tables.setCounter(ARTICLES, articles + 1);
    long seq = tables.counter(SEQ) + 1;
    tables.setCounter(SEQ, seq);

    Set<Long> copiedStories = new LinkedHashSet<>();
    for (String source : copiedFrom) {
      tables.membership(source).ifPresent(m -> copiedStories.add(m.storyId()));
    }
    Map<Long, Integer> shared = new HashMap<>();
    for (String feature : strongest(kept, SEED_FEATURES).keySet()) {
      for (long story : tables.recentStoriesWith(feature, STORIES_PER_FEATURE)) {
        shared.merge(story, 1, Integer::sum);
      }
    }
    Set<Long> candidates = new LinkedHashSet<>(copiedStories);
    shared.entrySet().stream()
        .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.<Long, Integer>comparingByKey().reversed()))
        .limit(CANDIDATES)
        .forEach(e -> candidates.add(e.getKey()));
    Integer year = settings.time() ? features.year() : null;
    long bestStory = -1;
    double best = -1;
    for (long story : candidates) {
      double similarity = copiedStories.contains(story) ? 1 : similarity(tables, story, kept, features.date(), year);
      if (similarity > best || (similarity == best && story < bestStory)) {
        best = similarity;
        bestStory = story;
      }
    }
    String date = features.date() == null ? null : features.date().toString();
    Placement placement;
    Map<String, Double> centroid;
    if (bestStory >= 0 && best >= settings.threshold()) {
      centroid = new HashMap<>(tables.storyTerms(bestStory));
      kept.forEach((feature, weight) -> centroid.merge(feature, weight, Double::sum));
      tables.addMember(bestStory, articleId, date, best, seq);
      placement = new Placement(bestStory, false, best);
    } else {
      long story = tables.createStory(articleId, date, seq);
      centroid = new HashMap<>(kept);
      tables.addMember(story, articleId, date, 1, seq);
      placement = new Placement(story, true, 1);
    }
    tables.replaceStoryTerms(placement.storyId(), strongest(centroid, CENTROID_SIZE), seq);
    Map<String, Double> stored = new LinkedHashMap<>(kept);
    if (year != null) {
      stored.put(YEAR + year, 1.0);
    }
    tables.replaceArticleTerms(articleId, stored);
    return placement;
  }

  /** The year a stored article vector carries, or {@code null}. */
  private static Integer yearOf(Map<String, Double> stored) {
    for (String feature : stored.keySet()) {
      if (Part.of(feature) == Part.YEAR) {
        return Integer.valueOf(feature.substring(YEAR.length()));
      }
    }
    return null;
  }

  /**
   * Takes a changed article out of its story before it is placed again: its vector leaves the
   * centroid, and an emptied story is deleted. Feature frequencies lose its strongest features.
   */
  public void remove(StoryTables tables, String articleId) throws SQLException {
    Map<String, Double> vector = tables.articleTerms(articleId);
    long seq = tables.counter(SEQ) + 1;
    tables.setCounter(SEQ, seq);
    Optional<Long> story = tables.removeMember(articleId, seq);
    if (story.isPresent() && tables.storyDates(story.get()).isPresent()) {
      Map<String, Double> centroid = new HashMap<>(tables.storyTerms(story.get()));
      vector.forEach((feature, weight) -> centroid.computeIfPresent(feature, (k, w) -> w - weight > 1e-9 ? w - weight : null));
      tables.replaceStoryTerms(story.get(), centroid, seq);
    }
    vector.keySet().removeIf(feature -> Part.of(feature) == Part.YEAR);
    if (!vector.isEmpty()) {
      tables.addDocumentFrequencies(vector.keySet(), -1);
      tables.setCounter(ARTICLES, Math.max(0, tables.counter(ARTICLES) - 1));
    }
    tables.replaceArticleTerms(articleId, Map.of());
  }

  /**
   * @param year the article's year when time counts, or {@code null}
   */
  private double similarity(StoryTables tables, long story, Map<String, Double> vector, LocalDate date, Integer year) throws SQLException {
    double centroid = combined(vector, normaliseParts(tables.storyTerms(story)));
    double member = 0;
    boolean dated = false;
    boolean sameEra = false;
    List<String> members = tables.recentMembers(story, MEMBERS_COMPARED);
    for (String id : members) {
      Map<String, Double> terms = tables.articleTerms(id);
      member += combined(vector, terms) / members.size();
      Integer memberYear = year == null ? null : yearOf(terms);
      if (memberYear != null) {
        dated = true;
        sameEra |= Math.abs(memberYear - year) <= ERA_YEARS;
      }
    }
    double similarity = settings.centroidShare() * centroid + (1 - settings.centroidShare()) * member;
    if (dated && !sameEra) {
      similarity *= ERA_FACTOR;
    }
    if (settings.time() && date != null) {
      Optional<String[]> dates = tables.storyDates(story);
      if (dates.isPresent()) {
        similarity *= timeFactor(date, parse(dates.get()[0]), parse(dates.get()[1]));
      }
    }
    return similarity;
  }

  /**
   * 1 within {@link #SAME_TIME_DAYS} of the story's dates, then falling exponentially: about 0.85
   * a month further on, 0.37 six months further. A story with no dates does not damp. Gentle on
   * purpose: coverage of one event runs for weeks, and a dateline read from the text may name
   * another day than the one it was written.
   */
  static double timeFactor(LocalDate date, LocalDate first, LocalDate last) {
    if (first == null || last == null) {
      return 1;
    }
    long gap = date.isBefore(first) ? ChronoUnit.DAYS.between(date, first) : date.isAfter(last) ? ChronoUnit.DAYS.between(last, date) : 0;
    return gap <= SAME_TIME_DAYS ? 1 : Math.exp(-(gap - SAME_TIME_DAYS) / TIME_DECAY_DAYS);
  }

  private static LocalDate parse(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }

  static Map<String, Double> strongest(Map<String, Double> weights, int limit) {
    Map<String, Double> kept = new LinkedHashMap<>();
    weights.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .forEach(e -> kept.put(e.getKey(), e.getValue()));
    return kept;
  }

  private static Map<String, Double> part(Map<String, Double> vector, Part part) {
    Map<String, Double> kept = new HashMap<>();
    vector.forEach((feature, weight) -> {
      if (Part.of(feature) == part) {
        kept.put(feature, weight);
      }
    });
    return kept;
  }

  /**
   * The similarity of two vectors whose parts are each of unit length: the cosines of the parts
   * weighed by {@link Settings#entityShare()}, {@link Settings#numberShare()} and {@link
   * Settings#pairShare()}, the words having
   * the rest. A part one of the vectors lacks says nothing either way, so its weight goes to the
   * others in proportion.
   */
  double combined(Map<String, Double> a, Map<String, Double> b) {
    EnumSet<Part> inB = EnumSet.noneOf(Part.class);
    for (String feature : b.keySet()) {
      inB.add(Part.of(feature));
    }
    EnumSet<Part> inA = EnumSet.noneOf(Part.class);
    double[] dot = new double[Part.values().length];
    for (Map.Entry<String, Double> entry : a.entrySet()) {
      Part part = Part.of(entry.getKey());
      inA.add(part);
      Double other = b.get(entry.getKey());
      if (other != null) {
        dot[part.ordinal()] += entry.getValue() * other;
      }
    }
    double[] share = {1 - settings.entityShare() - settings.numberShare() - settings.pairShare(), settings.entityShare(), settings.numberShare(), settings.pairShare(), 0};
    double sum = 0;
    double total = 0;
    for (Part part : Part.values()) {
      if (part == Part.WORDS || (part != Part.YEAR && inA.contains(part) && inB.contains(part))) {
        sum += share[part.ordinal()] * dot[part.ordinal()];
        total += share[part.ordinal()];
      }
    }
    return total == 0 ? 0 : sum / total;
  }

  /** The vector with each of its parts scaled to unit length. */
  static Map<String, Double> normaliseParts(Map<String, Double> weights) {
    double[] squares = new double[Part.values().length];
    for (Map.Entry<String, Double> entry : weights.entrySet()) {
      squares[Part.of(entry.getKey()).ordinal()] += entry.getValue() * entry.getValue();
    }
    Map<String, Double> unit = new LinkedHashMap<>();
    weights.forEach((feature, weight) -> unit.put(feature, weight / Math.sqrt(squares[Part.of(feature).ordinal()])));
    return unit;
  }
}
