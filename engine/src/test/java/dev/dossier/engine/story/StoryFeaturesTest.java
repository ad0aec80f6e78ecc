package dev.dossier.engine.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.DateMention;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityType;
import dev.dossier.core.Mention;
import dev.dossier.core.Span;
import dev.dossier.engine.reuse.TermReader;
import dev.dossier.engine.reuse.Thesaurus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryFeaturesTest {

  private static final TermReader READER = new TermReader(Thesaurus.wordNet());

  private static final String QUAKE =
      "Magnitude 7.4 earthquake off Fukushima kills 4\n"
          + "A magnitude 7.4 earthquake struck off the coast of Fukushima in northeastern Japan late on Wednesday, killing 4 people and injuring 225."
          + " The Japan Meteorological Agency warned of a tsunami along the coast. Trains were halted across the region."
          + " The quake cut power to 2.2 million homes.";

  /** A date the dates layer found in {@code text}, where {@code covered} first stands. */
  private static DateMention date(String text, String covered, String value) {
    int at = text.indexOf(covered);
    return new DateMention(new Span(at, at + covered.length()), covered, value);
  }

  @Test
  void of_undatedTextNamingYears_yearIsTheLatestNamed() {
    String text = QUAKE + " It was the strongest quake there since March 2021, and the region still recalls the tsunami of 2011.";
    List<DateMention> dates = List.of(date(text, "Wednesday", "XXXX-WXX-3"), date(text, "March 2021", "2021-03"), date(text, "2011", "2011"));

    StoryFeatures features = StoryFeatures.of(READER, text, null, List.of(), dates);

    assertThat(features.date()).isNull();
    assertThat(features.year()).isEqualTo(2021);
  }

  @Test
  void of_published_yearIsThePublicationYear() {
    String text = QUAKE + " The region still recalls the tsunami of 2011.";

    StoryFeatures features = StoryFeatures.of(READER, text, LocalDate.of(2022, 3, 17), List.of(), List.of(date(text, "2011", "2011")));

    assertThat(features.year()).isEqualTo(2022);
  }

  @Test
  void of_noDates_noYear() {
    assertThat(StoryFeatures.of(READER, QUAKE, null, List.of(), List.of()).year()).isNull();
  }

  @Test
  void of_figuresInTheText_areWordsAndFiguresBoth() {
    StoryFeatures features = StoryFeatures.of(READER, QUAKE, null, List.of(), List.of());

    assertThat(features.features()).containsKeys("n:7.4", "n:4", "n:225", "n:2.2", "w:7.4", "w:earthquake");
    assertThat(features.features().keySet().stream().filter(f -> f.startsWith("n:"))).containsExactlyInAnyOrder("n:7.4", "n:4", "n:225", "n:2.2");
  }

  @Test
  void of_figureInTheLead_weighsMoreThanOneInTheBody() {
    StoryFeatures features = StoryFeatures.of(READER, QUAKE, null, List.of(), List.of());

    assertThat(features.features().get("n:7.4")).isGreaterThan(features.features().get("n:2.2"));
  }

  @Test
  void isNumber_termWithADigit_isAFigure() {
    assertThat(StoryFeatures.isNumber("6.1")).isTrue();
    assertThat(StoryFeatures.isNumber("4,340")).isTrue();
    assertThat(StoryFeatures.isNumber("earthquake")).isFalse();
  }

  private static final String FIGHT =
      "Tyson Fury stops Dillian Whyte to keep the WBC heavyweight title\n"
          + "Tyson Fury kept the WBC heavyweight title by stopping Dillian Whyte with an uppercut at Wembley Stadium on Saturday."
          + " Fury knocked Whyte down once before the fight was stopped. The promoter Frank Warren said a crowd of 94,000 had watched."
          + " Fury said he would retire. Whyte said he had been caught by a good shot.";

  private static Entity entity(String id, String name, EntityType type) {
    List<Mention> mentions = new ArrayList<>();
    for (int at = FIGHT.indexOf(name); at >= 0; at = FIGHT.indexOf(name, at + 1)) {
      mentions.add(new Mention(new Span(at, at + name.length()), name, type));
    }
    return new Entity(id, name, type, List.of(), mentions);
  }

  @Test
  void of_peopleAndOrganisationsOfTheLead_pairUpAsMainActors() {
    List<Entity> entities =
        List.of(entity("person:tyson-fury", "Fury", EntityType.PERSON), entity("person:dillian-whyte", "Whyte", EntityType.PERSON),
            entity("organization:wbc", "WBC", EntityType.ORGANIZATION), entity("location:wembley-stadium", "Wembley Stadium", EntityType.LOCATION),
            entity("person:frank-warren", "Frank Warren", EntityType.PERSON));

    StoryFeatures features = StoryFeatures.of(READER, FIGHT, null, entities, List.of());

    // Frank Warren is named only after the lead, and a place is not an actor.
    assertThat(features.features().keySet().stream().filter(f -> f.startsWith("p:")))
        .containsExactlyInAnyOrder("p:organization:wbc|person:dillian-whyte", "p:organization:wbc|person:tyson-fury", "p:person:dillian-whyte|person:tyson-fury");
  }
}
