package dev.dossier.engine.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.dossier.core.DateMention;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityType;
import dev.dossier.core.Mention;
import dev.dossier.core.Span;
import dev.dossier.engine.reuse.TermReader;
import dev.dossier.engine.reuse.Thesaurus;
import dev.dossier.store.RecyclingTables;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StoryClusteringTest {

  private static final TermReader READER = new TermReader(Thesaurus.wordNet());
  private static final StoryClustering STORIES = StoryClustering.standard();

  private static final String NARYSHKIN_1 =
      "Russian spy chief Naryshkin met U.S. officials in Washington\n"
          + "Russian foreign intelligence chief Sergei Naryshkin met CIA Director Mike Pompeo in Washington last week, the Russian embassy confirmed."
          + " Naryshkin has been under U.S. sanctions since 2014.";
  private static final String NARYSHKIN_2 =
      "Pompeo defends meeting with Russian spy chief Naryshkin\n"
          + "CIA Director Mike Pompeo defended his meeting in Washington with Russian intelligence chief Sergei Naryshkin, who is under U.S. sanctions."
          + " The Russian embassy said Naryshkin met U.S. officials.";
  private static final String SKRIPAL =
      "Nerve agent used against former spy Skripal in Salisbury\n"
          + "A nerve agent was used in an assassination attempt against former Russian military intelligence officer Sergei Skripal in Salisbury, England,"
          + " British police said. Skripal and his daughter are in hospital.";

  private RecyclingTables tables;

  @BeforeEach
  void open() {
    tables = RecyclingTables.inMemory();
  }

  @AfterEach
  void close() {
    tables.close();
  }

  /** Entities as the pipeline would name them, found by their names in the text. */
  private static List<Entity> entities(String text, Map<String, EntityType> names) {
    List<Entity> entities = new ArrayList<>();
    names.forEach((name, type) -> {
      List<Mention> mentions = new ArrayList<>();
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        mentions.add(new Mention(new Span(at, at + name.length()), name, type));
      }
      if (!mentions.isEmpty()) {
        entities.add(new Entity(type.name().toLowerCase() + ":" + name.toLowerCase().replace(' ', '-'), name, type, List.of(), mentions));
      }
    });
    return entities;
  }

  private static final Map<String, EntityType> NAMES =
      Map.of("Naryshkin", EntityType.PERSON, "Mike Pompeo", EntityType.PERSON, "Washington", EntityType.LOCATION, "CIA", EntityType.ORGANIZATION,
          "Skripal", EntityType.PERSON, "Salisbury", EntityType.LOCATION);

  private StoryClustering.Placement place(String id, String text, LocalDate date) throws SQLException {
    return STORIES.place(tables.stories(), id, StoryFeatures.of(READER, text, date, entities(text, NAMES), List.of()), List.of());
  }

  @Test
  void place_twoReportsOfOneMeeting_oneStory_otherEventAnother() throws SQLException {
    StoryClustering.Placement first = place("n1", NARYSHKIN_1, LocalDate.of(2018, 2, 1));
    StoryClustering.Placement skripal = place("s1", SKRIPAL, LocalDate.of(2018, 3, 5));
    StoryClustering.Placement second = place("n2", NARYSHKIN_2, LocalDate.of(2018, 2, 2));

    assertThat(first.opened()).isTrue();
    assertThat(skripal.opened()).isTrue();
    assertThat(second.opened()).isFalse();
    assertThat(second.storyId()).isEqualTo(first.storyId());
    assertThat(skripal.storyId()).isNotEqualTo(first.storyId());
  }

  @Test
  void place_laterArticles_neverChangeEarlierPlacements() throws SQLException {
    long story = place("n1", NARYSHKIN_1, LocalDate.of(2018, 2, 1)).storyId();
    place("s1", SKRIPAL, LocalDate.of(2018, 3, 5));
    place("n2", NARYSHKIN_2, LocalDate.of(2018, 2, 2));

    assertThat(tables.stories().membership("n1").orElseThrow().storyId()).isEqualTo(story);
    assertThat(tables.stories().members(story)).extracting(m -> m.articleId()).containsExactly("n1", "n2");
  }

  @Test
  void place_copiedSubstantially_joinsItsSourcesStory() throws SQLException {
    long story = place("n1", NARYSHKIN_1, LocalDate.of(2018, 2, 1)).storyId();

    StoryClustering.Placement copy =
        STORIES.place(tables.stories(), "farm", StoryFeatures.of(READER, SKRIPAL, LocalDate.of(2018, 2, 3), List.of(), List.of()), List.of("n1"));

    assertThat(copy.storyId()).isEqualTo(story);
  }

  @Test
  void remove_onlyArticle_storyDisappears() throws SQLException {
    long story = place("s1", SKRIPAL, LocalDate.of(2018, 3, 5)).storyId();

    STORIES.remove(tables.stories(), "s1");

    assertThat(tables.stories().story(story)).isEmpty();
    assertThat(tables.stories().membership("s1")).isEmpty();
  }

  // Two real earthquakes off Fukushima a year apart, told in much the same words: with no date
  // known, the figures (magnitude, toll, depth, homes cut off) are what tells them apart.
  private static final String QUAKE_2022_A =
      "Magnitude 7.4 earthquake off Fukushima kills 4, derails bullet train\n"
          + "A magnitude 7.4 earthquake struck off the coast of Fukushima in northeastern Japan late on Wednesday, killing 4 people and injuring 225,"
          + " the Japan Meteorological Agency said. The quake, at a depth of 57 km, cut power to 2.2 million homes in the Tokyo area and derailed"
          + " a bullet train. A tsunami advisory was lifted early on Thursday.";
  private static final String QUAKE_2022_B =
      "Death toll from magnitude 7.4 Fukushima earthquake rises to 4\n"
          + "Four people were killed and 225 injured when a magnitude 7.4 earthquake struck off Fukushima, the Japan Meteorological Agency said on"
          + " Thursday. The quake, 57 km deep, left 2.2 million homes without power and derailed a bullet train carrying 78 passengers.";
  private static final String QUAKE_2021 =
      "Magnitude 7.3 earthquake off Fukushima injures 150\n"
          + "A magnitude 7.3 earthquake struck off the coast of Fukushima in northeastern Japan late on Saturday, injuring 150 people,"
          + " the Japan Meteorological Agency said. The quake, at a depth of 55 km, cut power to 950,000 homes and a landslide blocked"
          + " a highway. No tsunami warning was issued.";

  private static final Map<String, EntityType> QUAKE_NAMES =
      Map.of("Fukushima", EntityType.LOCATION, "Japan", EntityType.LOCATION, "Japan Meteorological Agency", EntityType.ORGANIZATION);

  /** How close {@code text} comes to the story {@code first} opened, in a store of its own. */
  private static double similarityAfter(StoryClustering stories, String first, String text) throws SQLException {
    try (RecyclingTables own = RecyclingTables.inMemory()) {
      stories.place(own.stories(), "first", StoryFeatures.of(READER, first, null, entities(first, QUAKE_NAMES), List.of()), List.of());
      return stories.place(own.stories(), "next", StoryFeatures.of(READER, text, null, entities(text, QUAKE_NAMES), List.of()), List.of()).similarity();
    }
  }

  @Test
  void place_twoQuakesOfOnePlaceInTheSameWords_theFiguresWidenTheGapBetweenThem() throws SQLException {
    StoryClustering.Settings standard = StoryClustering.Settings.standard();
    StoryClustering withoutFigures =
        new StoryClustering(new StoryClustering.Settings(true, true, standard.threshold(), standard.entityShare(), 0, standard.pairShare(), standard.centroidShare()));

    double sameQuake = similarityAfter(STORIES, QUAKE_2022_A, QUAKE_2022_B);
    double otherQuake = similarityAfter(STORIES, QUAKE_2022_A, QUAKE_2021);
    double sameQuakeWithoutFigures = similarityAfter(withoutFigures, QUAKE_2022_A, QUAKE_2022_B);
    double otherQuakeWithoutFigures = similarityAfter(withoutFigures, QUAKE_2022_A, QUAKE_2021);

    assertThat(otherQuake).isLessThan(otherQuakeWithoutFigures);
    assertThat(sameQuake - otherQuake).isGreaterThan(sameQuakeWithoutFigures - otherQuakeWithoutFigures);
    assertThat(sameQuake).isGreaterThan(otherQuake);
  }

  @Test
  void place_reportOfSomeSixtyWords_storedVectorKeepsThemAll() throws SQLException {
    // A report of the day's quake that goes back over last year's: more words than the 50 a vector
    // kept before, whose words said once further on (a landslide, a highway) a follow-up may share.
    String text = QUAKE_2022_A + "\n" + QUAKE_2022_B.substring(QUAKE_2022_B.indexOf('\n') + 1) + "\nLast year: " + QUAKE_2021;
    StoryFeatures features = StoryFeatures.of(READER, text, null, entities(text, QUAKE_NAMES), List.of());
    Set<String> words = features.features().keySet().stream().filter(f -> f.startsWith("w:")).collect(Collectors.toSet());

    STORIES.place(tables.stories(), "long", features, List.of());

    Set<String> stored = tables.stories().articleTerms("long").keySet();
    assertThat(words).hasSizeGreaterThan(50).hasSizeLessThanOrEqualTo(StoryClustering.WORD_FEATURES);
    assertThat(stored).containsAll(words);
  }

  /**
   * An undated report whose dates layer read a month of {@code year} at its first "on": the words
   * stay the same whatever the year, so only the year differs.
   */
  private static StoryFeatures inYear(String text, int year) {
    int at = text.indexOf(" on ") + 1;
    return StoryFeatures.of(READER, text, null, entities(text, QUAKE_NAMES), List.of(new DateMention(new Span(at, at + 2), "on", year + "-03")));
  }

  private static double similarityInYears(int firstYear, int nextYear) throws SQLException {
    try (RecyclingTables own = RecyclingTables.inMemory()) {
      STORIES.place(own.stories(), "first", inYear(QUAKE_2022_A, firstYear), List.of());
      return STORIES.place(own.stories(), "next", inYear(QUAKE_2022_B, nextYear), List.of()).similarity();
    }
  }

  @Test
  void place_undatedReportsYearsApart_damped_aYearApartNot() throws SQLException {
    double sameYear = similarityInYears(2022, 2022);

    assertThat(similarityInYears(2021, 2022)).isCloseTo(sameYear, within(1e-9));
    assertThat(similarityInYears(2016, 2022)).isCloseTo(sameYear * StoryClustering.ERA_FACTOR, within(1e-9));
    assertThat(similarityAfter(STORIES, QUAKE_2022_A, QUAKE_2022_B)).isCloseTo(sameYear, within(1e-9));
  }

  @Test
  void combined_partOnlyOneSideHas_saysNothingEitherWay() {
    Map<String, Double> article = StoryClustering.normaliseParts(Map.of("w:quake", 1.0, "w:fukushima", 1.0, "e:location:japan", 1.0, "n:7.4", 1.0));
    Map<String, Double> story = StoryClustering.normaliseParts(Map.of("w:quake", 1.0, "w:tsunami", 1.0, "e:location:japan", 1.0));
    Map<String, Double> otherFigures = StoryClustering.normaliseParts(Map.of("w:quake", 1.0, "w:tsunami", 1.0, "e:location:japan", 1.0, "n:7.3", 1.0));

    double words = 0.5;
    double entities = 1;
    // Neither has pairs of main actors, so their weight goes to the others too.
    double withoutFigures = (0.5 * words + 0.2 * entities) / 0.7;
    assertThat(STORIES.combined(article, story)).isCloseTo(withoutFigures, within(1e-9));
    assertThat(STORIES.combined(article, otherFigures)).isCloseTo((0.5 * words + 0.2 * entities) / 0.9, within(1e-9));
  }

  @Test
  void timeFactor_monthsApart_damps() {
    LocalDate day = LocalDate.of(2018, 2, 1);

    assertThat(StoryClustering.timeFactor(day, day.minusDays(3), day.minusDays(1))).isEqualTo(1);
    assertThat(StoryClustering.timeFactor(day.plusDays(210), day, day)).isLessThan(0.5);
    assertThat(StoryClustering.timeFactor(day, null, null)).isEqualTo(1);
  }

  // Two real title fights of one champion a little over two years apart, told in much the same
  // words and with no figures to tell them apart: the challenger is what differs.
  private static final String FURY_WILDER_A =
      "Tyson Fury stops Deontay Wilder to take the WBC heavyweight title\n"
          + "Tyson Fury took the WBC heavyweight title from Deontay Wilder in Las Vegas on Saturday, his corner throwing in the towel as Fury"
          + " battered the American. Fury knocked Wilder down twice before the fight was stopped. Wilder had never lost as a professional.";
  private static final String FURY_WILDER_B =
      "Fury dethrones Wilder in Las Vegas rematch\n"
          + "Tyson Fury dominated Deontay Wilder in their rematch in Las Vegas, Wilder's corner throwing in the towel as Fury took the WBC"
          + " heavyweight title. Wilder was knocked down twice and bled from his ear.";
  private static final String FURY_WHYTE =
      "Tyson Fury stops Dillian Whyte to keep the WBC heavyweight title\n"
          + "Tyson Fury kept the WBC heavyweight title by stopping Dillian Whyte with an uppercut at Wembley Stadium on Saturday, the referee"
          + " waving the fight off as Whyte rose. Fury knocked Whyte down once before the fight was stopped.";

  private static final Map<String, EntityType> FIGHT_NAMES =
      Map.of("Fury", EntityType.PERSON, "Wilder", EntityType.PERSON, "Whyte", EntityType.PERSON, "WBC", EntityType.ORGANIZATION, "Las Vegas",
          EntityType.LOCATION, "Wembley Stadium", EntityType.LOCATION);

  private static double fightSimilarity(StoryClustering stories, String first, String text) throws SQLException {
    try (RecyclingTables own = RecyclingTables.inMemory()) {
      stories.place(own.stories(), "first", StoryFeatures.of(READER, first, null, entities(first, FIGHT_NAMES), List.of()), List.of());
      return stories.place(own.stories(), "next", StoryFeatures.of(READER, text, null, entities(text, FIGHT_NAMES), List.of()), List.of()).similarity();
    }
  }

  @Test
  void place_oneChampionAgainstTwoChallengers_thePairsOfMainActorsWidenTheGap() throws SQLException {
    StoryClustering.Settings standard = StoryClustering.Settings.standard();
    StoryClustering withoutPairs =
        new StoryClustering(new StoryClustering.Settings(true, true, standard.threshold(), standard.entityShare(), standard.numberShare(), 0, standard.centroidShare()));

    double sameFight = fightSimilarity(STORIES, FURY_WILDER_A, FURY_WILDER_B);
    double otherFight = fightSimilarity(STORIES, FURY_WILDER_A, FURY_WHYTE);
    double sameFightWithoutPairs = fightSimilarity(withoutPairs, FURY_WILDER_A, FURY_WILDER_B);
    double otherFightWithoutPairs = fightSimilarity(withoutPairs, FURY_WILDER_A, FURY_WHYTE);

    assertThat(otherFight).isLessThan(otherFightWithoutPairs);
    assertThat(sameFight - otherFight).isGreaterThan(sameFightWithoutPairs - otherFightWithoutPairs);
    assertThat(sameFight).isGreaterThan(otherFight);
  }
}
