package dev.dossier.engine.story;

import static org.assertj.core.api.Assertions.assertThat;

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

  @Test
  void timeFactor_monthsApart_damps() {
    LocalDate day = LocalDate.of(2018, 2, 1);

    assertThat(StoryClustering.timeFactor(day, day.minusDays(3), day.minusDays(1))).isEqualTo(1);
    assertThat(StoryClustering.timeFactor(day.plusDays(210), day, day)).isLessThan(0.5);
    assertThat(StoryClustering.timeFactor(day, null, null)).isEqualTo(1);
  }
}
