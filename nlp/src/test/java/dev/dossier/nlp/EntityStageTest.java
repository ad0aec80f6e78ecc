package dev.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityType;
import dev.dossier.core.Layers;
import dev.dossier.core.Mention;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityStageTest {

  private static Optional<Entity> named(Doc doc, String name) {
    return doc.get(Layers.ENTITIES).stream().filter(e -> e.name().equals(name)).findFirst();
  }

  @Test
  void process_surnameAfterFullName_joinsThePerson() {
    Doc doc = Docs.analyse(
        "President Donald Trump has privately and repeatedly expressed opposition to the use of foreign intelligence. "
            + "CNN also reported that Trump may have leaked classified information to Russian officials.");

    Entity trump = named(doc, "Donald Trump").orElseThrow();
    assertThat(trump.id()).isEqualTo("person:donald-trump");
    assertThat(trump.type()).isEqualTo(EntityType.PERSON);
    assertThat(trump.aliases()).containsExactly("Trump");
    assertThat(trump.mentions()).extracting(Mention::text).containsExactly("Donald Trump", "Trump");
  }

  @Test
  void process_acronymAndExpansion_oneOrganisationNamedByExpansion() {
    Doc doc = Docs.analyse(
        "The CIA released a statement saying that it does not discuss the schedules of US intelligence leaders. "
            + "In a comment, a Central Intelligence Agency spokesperson said that CNN's narrative was false.");

    Entity cia = named(doc, "Central Intelligence Agency").orElseThrow();
    assertThat(cia.aliases()).containsExactly("CIA");
    assertThat(cia.mentions()).hasSize(2);
  }

  @Test
  void process_spunCountryNames_resolveToOneCountry() {
    Doc doc = Docs.analyse(
        "Pompeo warned in an interview with the BBC that Russian Federation was still a threat to American elections. "
            + "The sanctions were imposed on Russia, Iran, and North Korea. "
            + "Naryshkin was in Washington to meet with U.S. officials, and was banned from entering the United States. "
            + "Any interaction would have been conducted in accordance with USA law.");

    Entity russia = named(doc, "Russia").orElseThrow();
    assertThat(russia.id()).isEqualTo("location:russia");
    assertThat(russia.aliases()).containsExactly("Russian Federation");
    Entity us = named(doc, "United States").orElseThrow();
    assertThat(us.aliases()).contains("U.S.", "USA");
    assertThat(doc.get(Layers.ENTITIES)).extracting(Entity::name).doesNotContain("Russian Federation", "USA", "U.S.");
  }

  @Test
  void process_twoPeopleSharingASurname_shortMentionJoinsTheNearestBefore() {
    Doc doc = Docs.analyse(
        "Hillary Clinton will campaign in Ohio on Saturday. "
            + "Clinton said the economy was her first priority. "
            + "Former President Bill Clinton spoke at a rally in Philadelphia. "
            + "Clinton told the crowd that his wife would win the state.");

    Entity hillary = named(doc, "Hillary Clinton").orElseThrow();
    Entity bill = named(doc, "Bill Clinton").orElseThrow();
    assertThat(hillary.mentions()).hasSize(2);
    assertThat(bill.mentions()).hasSize(2);
    assertThat(hillary.mentions().get(1).span().start()).isLessThan(bill.mentions().get(0).span().start());
  }

  @Test
  void process_sameName_sameIdAcrossArticles() {
    Doc first = Docs.analyse("Naryshkin is among the senior Russian officials who had been sanctioned by the Obama administration.");
    Doc second = Docs.analyse("The publication could not establish whether Naryshkin took part in the meeting.");

    assertThat(named(first, "Naryshkin").orElseThrow().id()).isEqualTo(named(second, "Naryshkin").orElseThrow().id());
  }

  @Test
  void process_entities_orderedByFirstMentionWithEveryMentionOnce() {
    String text = "Russian Ambassador to the U.S. Anatoly Antonov confirmed that Naryshkin was in Washington. Antonov did not identify the US officials.";
    Doc doc = Docs.analyse(text);

    List<Entity> entities = doc.get(Layers.ENTITIES);
    List<Integer> starts = entities.stream().map(e -> e.mentions().get(0).span().start()).toList();
    assertThat(starts).isSorted();
    long grouped = entities.stream().mapToLong(e -> e.mentions().size()).sum();
    assertThat(grouped).isEqualTo(doc.get(Layers.MENTIONS).size());
  }
}
