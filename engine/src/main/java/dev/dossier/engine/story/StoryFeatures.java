package dev.dossier.engine.story;

import dev.dossier.core.DateMention;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityType;
import dev.dossier.core.Span;
import dev.dossier.engine.reuse.Term;
import dev.dossier.engine.reuse.TermReader;
import dev.dossier.engine.reuse.UnitSplitter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the story step knows of an article: its raw features and its time.
 *
 * <p>Features are the article's entities ({@code e:} and the entity id, weighted by type and by
 * how often the article mentions them) and its content words ({@code w:} and the term key, see
 * {@link TermReader}), and again, as {@code n:} and the term, those with a digit: the figures that
 * tell one event from another of its kind (a toll, a magnitude, a score). Words and mentions in the lead (the headline and the first sentences,
 * where news says who did what where) count {@link #LEAD_WEIGHT} times. Weights here are term frequencies; {@link
 * StoryClustering} turns them into TF-IDF vectors.
 *
 * <p>The article's main actors, the {@link #PAIR_ENTITIES} strongest people and organisations
 * its lead names, also make one {@code p:} feature per pair ({@code p:} and the two entity ids in
 * order, joined by {@code |}): who faces whom. Two events of one kind often share their main actor
 * and differ in the counterpart (one champion against two challengers, one team against two
 * opponents); a pair keeps them apart where the single entities mostly agree.
 *
 * <p>Its time is the publication date, or, for an undated article, the first full date its
 * opening lines give (a dateline), or {@code null}. Its year is that date's, or, with neither, the
 * latest year its dates name (news reports what is new, and looks back: "the 2004 tsunami" in a
 * report of today's quake), a coarse time that tells an event from its namesake years before.
 *
 * @param features raw weights by feature
 * @param date the article's time, or {@code null}
 * @param year the year it speaks from, or {@code null} if neither a date nor a year is known
 */
public record StoryFeatures(Map<String, Double> features, LocalDate date, Integer year) {

  /** Sentences, the headline first, that make the lead: who, what, where and when. */
  static final int LEAD_SENTENCES = 3;

  /** How many times a word or mention of the lead counts. */
  static final int LEAD_WEIGHT = 3;

  /** How many main actors of the lead make the pair features: three actors, three pairs. */
  static final int PAIR_ENTITIES = 3;

  /** The separator of the two entity ids of a pair feature. */
  static final String PAIR_SEPARATOR = "|";

  /** How far into the text a dateline may stand. */
  static final int DATELINE_REACH = 600;

  public StoryFeatures {
    features = Map.copyOf(features);
  }

  /** The features of an article from its cleaned text, its entities and its dates. */
  public static StoryFeatures of(TermReader reader, String text, LocalDate published, List<Entity> entities, List<DateMention> dates) {
    Map<String, Integer> counts = new HashMap<>();
    int leadEnd = leadEnd(text);
    for (Term term : reader.terms(text, new Span(0, text.length()))) {
      int weight = term.span().end() <= leadEnd ? LEAD_WEIGHT : 1;
      counts.merge("w:" + term.key(), weight, Integer::sum);
      if (isNumber(term.key())) {
        counts.merge("n:" + term.key(), weight, Integer::sum);
      }
    }
    Map<String, Double> features = new HashMap<>();
    counts.forEach((feature, count) -> features.put(feature, 1 + Math.log(count)));
    for (Entity entity : entities) {
      int mentions = 0;
      for (var mention : entity.mentions()) {
        mentions += mention.span().end() <= leadEnd ? LEAD_WEIGHT : 1;
      }
      features.merge("e:" + entity.id(), typeWeight(entity.type()) * (1 + Math.log(Math.max(1, mentions))), Double::sum);
    }
    List<String> actors = mainActors(entities, features, leadEnd);
    for (int i = 0; i < actors.size(); i++) {
      for (int j = i + 1; j < actors.size(); j++) {
        features.put("p:" + actors.get(i) + PAIR_SEPARATOR + actors.get(j), 1.0);
      }
    }
    LocalDate date = published != null ? published : dateline(dates);
    return new StoryFeatures(features, date, date != null ? Integer.valueOf(date.getYear()) : latestYear(dates));
  }

  /** The latest year any of the dates names ({@code 2013}, {@code 2013-05}, {@code 2013-05-02}), or {@code null}. */
  static Integer latestYear(List<DateMention> dates) {
    Integer latest = null;
    for (DateMention date : dates) {
      String value = date.value();
      boolean year = value.length() >= 4 && (value.length() == 4 || value.charAt(4) == '-');
      for (int i = 0; year && i < 4; i++) {
        year = Character.isDigit(value.charAt(i));
      }
      if (year) {
        int named = Integer.parseInt(value.substring(0, 4));
        latest = latest == null ? named : Math.max(latest, named);
      }
    }
    return latest;
  }

  /**
   * The ids of the people and organisations the lead names, the {@link #PAIR_ENTITIES} weighed
   * highest in {@code features}, in id order so that a pair reads the same in every article.
   */
  private static List<String> mainActors(List<Entity> entities, Map<String, Double> features, int leadEnd) {
    List<String> actors = new ArrayList<>();
    entities.stream()
        .filter(entity -> entity.type() == EntityType.PERSON || entity.type() == EntityType.ORGANIZATION)
        .filter(entity -> !entity.mentions().isEmpty() && entity.mentions().getFirst().span().end() <= leadEnd)
        .map(Entity::id)
        .distinct()
        .sorted(Comparator.comparingDouble((String id) -> -features.get("e:" + id)).thenComparing(Comparator.naturalOrder()))
        .limit(PAIR_ENTITIES)
        .forEach(actors::add);
    Collections.sort(actors);
    return actors;
  }

  /**
   * People, organisations and places say which event a story is about more than the words do;
   * miscellaneous names (nationalities, events) less so.
   */
  static double typeWeight(EntityType type) {
    return switch (type) {
      case PERSON, ORGANIZATION -> 2.0;
      case LOCATION -> 1.5;
      default -> 1.0;
    };
  }

  /** A term with a digit in it: a toll, a magnitude, a score, an age, an amount, a year. */
  static boolean isNumber(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (Character.isDigit(key.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int leadEnd(String text) {
    List<Span> sentences = UnitSplitter.sentences(text);
    return sentences.isEmpty() ? 0 : sentences.get(Math.min(LEAD_SENTENCES, sentences.size()) - 1).end();
  }

  private static LocalDate dateline(List<DateMention> dates) {
    for (DateMention date : dates) {
      if (date.span().start() > DATELINE_REACH) {
        break;
      }
      if (date.value().length() == 10) {
        try {
          return LocalDate.parse(date.value());
        } catch (DateTimeParseException e) {
          // Not a plain day (a week or a range): keep looking.
        }
      }
    }
    return null;
  }
}
